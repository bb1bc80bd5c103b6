// For the benchmark's pipeline comparison: check a content folder and write the snapshot the
// build hands to Astro, so each variant is compared on Astro's own work. Usage: <content> <folder>
import { writeSnapshot } from '../../src/corpus/index.ts';
import { inspectCorpusParallel } from '../../src/corpus/parallel.ts';

const [dir, file] = process.argv.slice(2);
const { corpus, problems } = await inspectCorpusParallel(dir, 2);
if (problems.length) throw new Error(`${problems.length} content problems in ${dir}`);
writeSnapshot(corpus, file);
