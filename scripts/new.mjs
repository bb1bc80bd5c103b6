/**
 * `npm run new -- <edition>/<slug> --kind <kind> [--lang <code>]` or `npm run new -- <edition>`:
 * starts a document or an edition's record as a draft, in the content folder (FORUM_CONTENT_DIR).
 * See src/editor/new.ts and docs/content.md.
 */
import { config } from '../src/config.ts';
import { displayPath } from '../src/corpus/paths.ts';
import { nextSteps, parseNewArgs, USAGE, writeScaffold } from '../src/editor/new.ts';

const req = parseNewArgs(process.argv.slice(2));
if (req === 'help') {
  console.log(USAGE);
  process.exit(0);
}
const result = 'error' in req ? req : writeScaffold(config.contentDir, req, displayPath);
if ('error' in result) {
  console.error(`npm run new: ${result.error}`);
  process.exit(1);
}
console.log(`Wrote a draft:\n${result.written.map((f) => `  ${displayPath(f)}`).join('\n')}\n`);
console.log(nextSteps(req, config.contentDir, displayPath));
