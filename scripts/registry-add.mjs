/**
 * `npm run registry:add`: records every document URL and clause id that the
 * content has and the registry lacks. Run it when publishing; from then on the
 * build refuses to let those URLs and ids disappear.
 */
import { withoutDrafts } from '../src/corpus/drafts.ts';
import { formatProblems, inspectCorpus } from '../src/corpus/index.ts';
import { addToRegistry, readRegistry, unregistered, writeRegistry } from '../src/registry/index.ts';

const { corpus, problems } = inspectCorpus();
const registry = readRegistry(corpus.dir, problems);
if (problems.length) {
  console.error(`${formatProblems(problems)}\n\nFix these before registering.`);
  process.exit(1);
}
const additions = unregistered(corpus, registry);
writeRegistry(corpus.dir, addToRegistry(registry, additions));
const n = additions.reduce((s, a) => s + a.clauses.length, 0);
const revs = (a) =>
  Object.entries(a.revisions ?? {})
    .map(([lang, ns]) => ns.map((r) => `${lang}/rev/${r}`).join(' '))
    .join(' ');
console.log(
  additions.length
    ? `Registered ${n} clause id(s) and earlier revisions in ${additions.length} record(s):\n${additions.map((a) => `  ${a.key}: ${[a.clauses.join(' '), revs(a)].filter(Boolean).join(' ')}`).join('\n')}`
    : 'Nothing new to register.',
);
const drafts = withoutDrafts(corpus).drafts;
if (drafts.length) console.log(`Not registered (drafts, never published): ${drafts.join(', ')}`);
