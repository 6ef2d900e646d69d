/**
 * npx node bench/omissions-dev.ts — on the development half of the labelled support pairs only: how
 * often the report's "does not mention" line is false. Each dev story is compared as the pipeline
 * does (an ECB+ topic in the documents its pairs name); for each pair whose claim sentence is
 * evidence of a fact of at least two sources, is the evidence's article listed as omitting that fact?
 * A gold `supports` pair so listed is a false omission (the article states the fact in that
 * sentence); a gold `related` pair so listed is most likely a true one (the article's sentence closest
 * to the fact was labelled as telling something else), the side a stricter absence test may lose.
 * With `--show` the listed pairs, with both sentences. Never reads the held-out half.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createContext, type Evidence } from '../src/model/index.ts';
import { compare } from '../src/stages/compare/index.ts';
import { extract } from '../src/stages/extract/index.ts';
import { loadSupportGroups } from './lib/support-data.ts';
import { storyOfPairs } from './lib/support-judge.ts';
import { evidenceOf, readPairs, type SupportPair, textOf } from './lib/support-pairs.ts';

const { values } = parseArgs({ options: { show: { type: 'boolean' } } });
const line = (s = '') => process.stdout.write(`${s}\n`);
const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter(
  (p) => p.half === 'dev' && (p.label === 'supports' || p.label === 'related'),
);
const groups = new Map(loadSupportGroups().map((g) => [`${g.dataset}/${g.story}`, g]));
const runExtract = extract();
const runCompare = compare();
const tally = new Map<string, { facts: number; absent: number; listed: number }>();
// distinct (fact, article) omission lines each label's pairs point at
const lines = new Map<string, Set<string>>();
let allLines = 0;
for (const [key, storyPairs] of Map.groupBy(pairs, (p) => `${p.dataset}/${p.story}`)) {
  const group = groups.get(key);
  if (!group) continue;
  const { docs, articleOf, input } = storyOfPairs(group, storyPairs);
  const { articles } = input;
  const ctx = createContext();
  const full = { ...input, ...runExtract(input, ctx) };
  const { facts, omissions } = runCompare(full, ctx);
  allLines += Object.values(omissions).reduce((n, o) => n + o.length, 0);
  const resolve = (pointer: SupportPair['claim']): Evidence | null => {
    const doc = docs.find((d) => d.docId === pointer.doc);
    const text = doc ? textOf(pointer, doc.raw) : null;
    const article = articleOf.get(pointer.doc);
    return text !== null && article ? evidenceOf(text, article).evidence : null;
  };
  const textAt = (e: Evidence) =>
    articles.find((a) => a.article.id === e.articleId)?.article.text.slice(e.span.start, e.span.end) ?? '';
  for (const p of storyPairs) {
    const claim = resolve(p.claim);
    const evidence = resolve(p.evidence);
    if (!claim || !evidence || claim.articleId === evidence.articleId) continue;
    // the facts of two or more sources the claim's sentence is evidence of
    const own = facts.filter(
      (f) =>
        f.sources.length >= 2 &&
        f.evidence.some(
          (e) =>
            e.articleId === claim.articleId && e.span.start < claim.span.end && claim.span.start < e.span.end,
        ),
    );
    const t = tally.get(p.label) ?? { facts: 0, absent: 0, listed: 0 };
    tally.set(p.label, t);
    for (const f of own) {
      t.facts++;
      if (f.coverage[evidence.articleId]?.mark === 'absent') t.absent++;
      if (!(omissions[evidence.articleId] ?? []).includes(f.id)) continue;
      t.listed++;
      const seen = lines.get(p.label) ?? new Set<string>();
      lines.set(p.label, seen);
      seen.add(`${key}/${f.id}/${evidence.articleId}`);
      if (values.show) {
        line(`\n[${p.id}] gold ${p.label}: ${evidence.articleId} listed as not mentioning ${f.id}`);
        line(`  fact: ${f.text}`);
        line(`  A: ${textAt(claim)}`);
        line(`  B: ${textAt(evidence)}`);
      }
    }
  }
}
line(
  `dev pairs whose claim is a fact's evidence (2+ sources); is the evidence's article listed as omitting it?`,
);
for (const [label, t] of [...tally].sort())
  line(
    `  gold ${label.padEnd(9)} ${t.facts} (pair, fact), ${t.absent} marked absent, ${t.listed} listed as omitted (${lines.get(label)?.size ?? 0} distinct lines)`,
  );
line(`  omission lines in these stories: ${allLines}`);
