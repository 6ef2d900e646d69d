/**
 * npm run eval:support — does a sentence really state a claim? `judgePair` (the compare stage's
 * support judge) against the hand-labelled (claim, evidence) sentence pairs from NeuS/AllSides,
 * ECB+ and the bundled example (bench/data/support-pairs.jsonl; guideline and format in
 * bench/data/README-support.md). Per half (hashed from the story id): gold counts, precision /
 * recall / F1 of `supports` and `contradicts`, and the confusion matrix; then the same for each fresh
 * held-out round alone (pairs labelled later from held-out stories, marked `round`, never scored before
 * the date their round is named after, oldest first; a round that recorded the candidate search of each
 * pair also by search), and all fresh rounds together. Then ECB+ alignment: the
 * sentence pairs the real compare stage aligns within each gold event, against pairs sharing a gold
 * cross-document action chain, on even (dev) and odd (held-out) topics as the other ECB+ evals split.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../test/shared.ts';
import { annotatedSentences, goldPairs, predictedPairs } from './lib/ecb-alignment.ts';
import { type EcbDoc, loadEcbPlus } from './lib/ecbplus.ts';
import { loadSupportGroups } from './lib/support-data.ts';
import { judgeAll } from './lib/support-judge.ts';
import { bySearch, freshSections, LABELS, readPairs } from './lib/support-pairs.ts';
import { byGoldEvent, confusion, labelScores, type Prf, setScores } from './lib/support-score.ts';

const fmt = (x: number) => x.toFixed(3);
const line = (s = '') => process.stdout.write(`${s}\n`);
const scoreLine = (name: string, s: Prf) =>
  `  ${name.padEnd(21)} P ${fmt(s.precision)}  R ${fmt(s.recall)}  F1 ${fmt(s.f1)}  (${s.truePositives} of ${s.predicted} predicted, ${s.gold} gold)`;

const started = performance.now();
const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl'));
const groups = loadSupportGroups();
const present = new Set(groups.map((g) => g.dataset));
const usable = pairs.filter((p) => present.has(p.dataset));
if (usable.length < pairs.length)
  line(
    `eval:support: ${pairs.length - usable.length} pairs skipped, their dataset is not in ${sharedPath('datasets')} (set PARALLAX_SHARED)`,
  );

// 1. judgePair on the labelled pairs
const { judged, counts } = judgeAll(usable, groups);
line(
  `sentences located: ${counts.exact} exact, ${counts.folded} whitespace-folded, ${counts.missing} not found in the cleaned text, ${counts.unresolved} pointers unresolved; ${counts.otherBoundaries} land in a segmented sentence with other boundaries`,
);
// the gold event of each ECB+ document, to tell pairs within one event from pairs across look-alikes
const ecbPath = sharedPath('datasets', 'ecbplus', 'docs.jsonl');
const ecbDocs = existsSync(ecbPath) ? loadEcbPlus() : [];
const eventOf = new Map(ecbDocs.map((d) => [d.doc_id, d.event_cluster]));
const short = (l: string) => (l === 'planned-vs-happened' ? 'planned' : l);
/** Gold counts, P / R / F1 per verdict and the confusion matrix of one set of judged pairs. */
function section(title: string, rows: typeof judged) {
  const scored = rows.filter((j) => j.predicted !== null);
  line(`\n${title}: ${rows.length} pairs (${rows.length - scored.length} not judged: a sentence not found)`);
  line(`  gold: ${LABELS.map((l) => `${l} ${rows.filter((j) => j.pair.label === l).length}`).join(', ')}`);
  const matrix = confusion(scored.map((j) => ({ gold: j.pair.label, predicted: j.predicted as string })));
  line(scoreLine('supports', labelScores(matrix, 'supports')));
  line(scoreLine('contradicts', labelScores(matrix, 'contradicts')));
  line(scoreLine('planned-vs-happened', labelScores(matrix, 'planned-vs-happened')));
  for (const dataset of ['neus', 'ecbplus', 'example', 'polnear']) {
    const part = scored.filter((j) => j.pair.dataset === dataset);
    if (!part.length) continue;
    const m = confusion(part.map((j) => ({ gold: j.pair.label, predicted: j.predicted as string })));
    line(scoreLine(`  supports, ${dataset}`, labelScores(m, 'supports')));
  }
  // a round that recorded the search that proposed each pair: supports and contradicts by search
  for (const [search, part] of bySearch(scored, (j) => j.pair) ?? []) {
    const m = confusion(part.map((j) => ({ gold: j.pair.label, predicted: j.predicted as string })));
    line(`    search ${search}: ${part.length}`);
    line(scoreLine('    supports', labelScores(m, 'supports')));
    line(scoreLine('    contradicts', labelScores(m, 'contradicts')));
  }
  const split = byGoldEvent(
    scored.filter((j) => j.pair.dataset === 'ecbplus'),
    (j) => [j.pair.claim.doc, j.pair.evidence.doc] as const,
    eventOf,
  );
  for (const [where, part] of [
    ['within one gold event', split.sameEvent],
    ['across look-alike events', split.lookAlike],
  ] as const) {
    const m = confusion(part.map((j) => ({ gold: j.pair.label, predicted: j.predicted as string })));
    line(`    ECB+ pairs ${where}: ${part.length}`);
    line(scoreLine('    supports', labelScores(m, 'supports')));
    line(scoreLine('    contradicts', labelScores(m, 'contradicts')));
  }
  line(`  confusion (rows gold, columns judgePair):`);
  line(`    ${''.padEnd(9)}${LABELS.map((l) => short(l).padStart(13)).join('')}`);
  for (const gold of LABELS)
    line(
      `    ${short(gold).padEnd(9)}${LABELS.map((p) => String(matrix.get(gold)?.get(p) ?? 0).padStart(13)).join('')}`,
    );
}
for (const half of ['dev', 'heldout'] as const)
  section(
    `${half} half`,
    judged.filter((j) => j.pair.half === half),
  );
// each batch labelled fresh from held-out stories, alone: the half as a whole has been scored for weeks
// and, when there are two or more, all of them together
for (const [title, rows] of freshSections(judged, (j) => j.pair)) section(title, rows);
line(`judged in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// 2. ECB+ alignment of the compare stage within each gold event
if (ecbDocs.length) {
  const t0 = performance.now();
  const annotated = annotatedSentences();
  const events = Map.groupBy(ecbDocs, (d: EcbDoc) => d.event_cluster);
  const halves = {
    'dev (even topics)': [new Set<string>(), new Set<string>()],
    'held-out (odd topics)': [new Set<string>(), new Set<string>()],
  };
  for (const docs of events.values()) {
    const [predicted, gold] =
      (docs[0] as EcbDoc).topic % 2 === 0 ? halves['dev (even topics)'] : halves['held-out (odd topics)'];
    for (const key of predictedPairs(docs, annotated)) predicted?.add(key);
    for (const key of goldPairs(docs, annotated)) gold?.add(key);
  }
  line(
    `\nECB+ alignment: cross-document sentence pairs the compare stage aligns in one fact vs pairs sharing a gold action chain (annotated sentences only), ${events.size} events`,
  );
  for (const [half, [predicted, gold]] of Object.entries(halves))
    line(scoreLine(half, setScores(predicted as Set<string>, gold as Set<string>)));
  line(`aligned in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
