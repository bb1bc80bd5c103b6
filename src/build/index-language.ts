/**
 * One language's search index, in a process of its own (see buildSearchIndex in
 * search-index.ts): the pages under <scratch>/<lang>/ into <output>. Prints the
 * number of pages indexed; any error ends the process with a message.
 * Usage: index-language.ts <scratch> <lang> <output>
 */
import * as pagefind from 'pagefind';

const [scratch = '', lang = '', outputPath = ''] = process.argv.slice(2);
const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: scratch, glob: `${lang}/**/*.html` });
if (added.errors.length) throw new Error(added.errors.join('; '));
const written = await index.writeFiles({ outputPath });
if (written.errors.length) throw new Error(written.errors.join('; '));
await pagefind.close();
console.log(JSON.stringify({ pages: added.page_count }));
