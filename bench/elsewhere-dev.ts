/**
 * npx node bench/elsewhere-dev.ts — on the development half of the labelled support pairs only: of the
 * pairs the summary's single-source points would still count as "told by no one else" (the judge,
 * either way round, calls them neither the same event nor a plan told as done, and no figure is told
 * alike), how many gold `supports` and how many gold `related` pairs a looser test "another article
 * tells this point at least in part" (`toldInPart`, src/stages/compare/in-part.ts) catches. The
 * supports caught are points dropped rightly, the related caught what the test costs (points dropped
 * that may be one source's alone); then how many more of each the test of a fact told in other words
 * (`toldInOtherWords`, src/stages/summarize/paraphrase.ts) catches. With `--show` the pairs caught, with
 * both sentences (`--show --words`: those the second test catches only); with `--cover X`
 * another least cover; with `--both` the other way round too (the point's sentence holding the other's:
 * measured 2026-12-04, +7 supports for +113 related, not taken). Never reads the held-out half.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { toldInPart } from '../src/stages/compare/in-part.ts';
import { IN_PART_MIN_COVER } from '../src/stages/compare/patterns.ts';
import { reportFrame } from '../src/stages/summarize/frame.ts';
import { toldInOtherWords } from '../src/stages/summarize/paraphrase.ts';
import {
  POINT_TOLD_REASONS,
  POINT_TOLD_VERDICTS,
  SAME_EVENT_REASONS,
} from '../src/stages/summarize/patterns.ts';
import { tellsSameFigure } from '../src/stages/summarize/same-figure.ts';
import { loadSupportGroups } from './lib/support-data.ts';
import { judgeAll, type PairDetail } from './lib/support-judge.ts';
import { readPairs } from './lib/support-pairs.ts';

const { values } = parseArgs({
  options: {
    show: { type: 'boolean' },
    words: { type: 'boolean' },
    cover: { type: 'string' },
    both: { type: 'boolean' },
  },
});
const line = (s = '') => process.stdout.write(`${s}\n`);
const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter(
  (p) => p.half === 'dev' && (p.label === 'supports' || p.label === 'related'),
);
const groups = loadSupportGroups();
const present = new Set(groups.map((g) => g.dataset));
const usable = pairs.filter((p) => present.has(p.dataset));
const forth = judgeAll(usable, groups, { detail: true }).details;
// the other way round: the evidence judged as the claim (toldElsewhere asks both)
const back = judgeAll(
  usable.map((p) => ({ ...p, claim: p.evidence, evidence: p.claim })),
  groups,
  { detail: true },
).details;
const same = (d: PairDetail | undefined): boolean =>
  d !== undefined &&
  (POINT_TOLD_VERDICTS.has(d.verdict) ||
    POINT_TOLD_REASONS.has(d.reason) ||
    SAME_EVENT_REASONS.has(d.reason));
const least = values.cover === undefined ? IN_PART_MIN_COVER : Number(values.cover);
const tally = new Map<string, { pairs: number; told: number; caught: number; words: number }>();
for (const p of usable) {
  const d = forth.get(p.id);
  const r = back.get(p.id);
  const [a, b] = d?.readings ?? [null, null];
  if (!d || !a || !b) continue;
  const t = tally.get(p.label) ?? { pairs: 0, told: 0, caught: 0, words: 0 };
  tally.set(p.label, t);
  t.pairs++;
  // what the single-source points take as told elsewhere now
  if (same(d) || same(r) || d.reason === 'planned vs happened' || tellsSameFigure(a, b)) {
    t.told++;
    continue;
  }
  // (as elsewhere.ts: the words of who reports the point left out)
  const inPart =
    toldInPart(a, b, d.idf, { least, skip: reportFrame(a).stems }) ||
    (values.both && toldInPart(b, a, d.idf, { least, skip: reportFrame(b).stems }));
  // what the test of a fact told in other words (paraphrase.ts) catches of the rest
  const words = !inPart && toldInOtherWords(a, b, d.idf);
  if (inPart) t.caught++;
  else if (words) t.words++;
  else continue;
  if (values.show && (words || !values.words)) {
    line(
      `\n[${p.id}] gold ${p.label}${words ? ' (in other words)' : ''}; judged ${d.verdict} (${d.reason}, cover ${d.cover.toFixed(2)})`,
    );
    line(`  A: ${d.claim}`);
    line(`  B: ${d.evidence}`);
  }
}
line(`dev pairs (claim = the point, evidence = another article's sentence), in-part cover ${least}:`);
for (const [label, t] of [...tally].sort()) {
  const left = t.pairs - t.told;
  line(
    `  gold ${label.padEnd(9)} ${t.pairs} pairs, ${t.told} told elsewhere now; of the ${left} left, ${t.caught} caught in part (${((100 * t.caught) / Math.max(left, 1)).toFixed(1)}%), ${t.words} more in other words`,
  );
}
