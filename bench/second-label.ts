/**
 * npm run eval:support:second — a second, independent labelling of a blind sample of the support
 * pairs of the blind dev round and the fourth fresh held-out round (issue 10: is the held-out round's
 * lower supports precision its labels or its stories?).
 *
 * - `sample OUTDIR [--ratio R]`: per round, every pair the current judge calls supports and R times as
 *   many others (by hash); writes `OUTDIR/items.jsonl` (an opaque item id, both sentences and the text
 *   before each, shuffled, nothing else) and `OUTDIR/key.jsonl` (item → pair, round, first label,
 *   verdict), which the second labeller does not open. OUTDIR holds news text: keep it under /tmp.
 * - `score LABELS OUTDIR`: joins the labels (`{ item, label, reason }` per line) with the key, prints
 *   aggregates per round and writes `OUTDIR/second-labels.jsonl`, the labels as pair pointers.
 * - no step: the same figures from the committed `bench/data/support-second-labels.jsonl`, the key
 *   recomputed from `support-pairs.jsonl` and the current judge.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  contextBefore,
  type Hits,
  itemIdOf,
  roundFigures,
  type ScoredItem,
  sampleRound,
  shuffled,
} from './lib/second-label.ts';
import { loadSupportGroups, type SupportGroup } from './lib/support-data.ts';
import { judgeAll } from './lib/support-judge.ts';
import { LABELS, readPairs, type SentencePointer, type SupportPair, textOf } from './lib/support-pairs.ts';

const ROUNDS = ['dev-support-2026-12-06', 'heldout-2026-12-06'] as const;
const COMMITTED = join(import.meta.dirname, 'data', 'support-second-labels.jsonl');
const BEFORE_CHARS = 420;
const LEAD_CHARS = 240;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { ratio: { type: 'string' } },
});
const line = (s = '') => process.stdout.write(`${s}\n`);
const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const writeJsonl = (path: string, rows: readonly unknown[]) =>
  writeFileSync(path, rows.map((r) => `${JSON.stringify(r)}\n`).join(''));

/** One key row: never printed one by one. */
interface KeyRow {
  readonly item: string;
  readonly pair: string;
  readonly round: string;
  readonly first: string;
  readonly judge: string | null;
}

/** The two rounds' pairs judged by the current judge, with the documents they point into. */
function judgedRounds(): { keys: KeyRow[]; pairs: Map<string, SupportPair>; groups: SupportGroup[] } {
  const pairs = readPairs(join(import.meta.dirname, 'data', 'support-pairs.jsonl')).filter((p) =>
    (ROUNDS as readonly string[]).includes(p.round ?? ''),
  );
  const groups = loadSupportGroups();
  const { judged } = judgeAll(pairs, groups);
  const keys = judged.map((j) => ({
    item: itemIdOf(j.pair.id),
    pair: j.pair.id,
    round: j.pair.round as string,
    first: j.pair.label,
    judge: j.predicted,
  }));
  return { keys, pairs: new Map(pairs.map((p) => [p.id, p])), groups };
}

/** A sentence as the labeller sees it: itself, the text before it, and its article's lead. */
function shown(pointer: SentencePointer, group: SupportGroup | undefined) {
  const raw = group?.docs.find((d) => d.docId === pointer.doc)?.raw;
  const text = raw === undefined ? null : textOf(pointer, raw);
  if (raw === undefined || text === null) return null;
  const start = raw.slice(pointer.start, pointer.end) === text ? pointer.start : raw.indexOf(text);
  const before = contextBefore(raw, start, BEFORE_CHARS);
  const lead = start > BEFORE_CHARS ? contextBefore(raw.slice(0, LEAD_CHARS), LEAD_CHARS, LEAD_CHARS) : '';
  return { text, before, ...(lead ? { lead } : {}) };
}

function sample(outDir: string, ratio: number): void {
  const { keys, pairs, groups } = judgedRounds();
  const groupOf = new Map(groups.map((g) => [`${g.dataset}/${g.story}`, g]));
  const items = [];
  const kept: KeyRow[] = [];
  for (const round of ROUNDS) {
    const inRound = keys.filter((k) => k.round === round);
    const picked = sampleRound(
      inRound.map((k) => ({ ...k, pairId: k.pair })),
      ratio,
    );
    let unresolved = 0;
    for (const key of picked) {
      const pair = pairs.get(key.pair) as SupportPair;
      const group = groupOf.get(`${pair.dataset}/${pair.story}`);
      const claim = shown(pair.claim, group);
      const candidate = shown(pair.evidence, group);
      if (!claim || !candidate) {
        unresolved++;
        continue;
      }
      items.push({ item: key.item, claim, candidate });
      kept.push({ item: key.item, pair: key.pair, round: key.round, first: key.first, judge: key.judge });
    }
    line(
      `${round}: ${inRound.length} pairs (${inRound.filter((k) => k.judge === null).length} unresolved by the judge), ${picked.length} sampled, ${unresolved} of them left out (a sentence not found)`,
    );
  }
  mkdirSync(outDir, { recursive: true });
  writeJsonl(join(outDir, 'items.jsonl'), shuffled(items));
  writeJsonl(join(outDir, 'key.jsonl'), shuffled(kept));
  line(`second-label sample: ${items.length} items written to ${outDir}/items.jsonl (key beside it)`);
}

const fmt = (x: number) => x.toFixed(3);
const hits = (h: Hits) => `${h.of ? fmt(h.right / h.of) : '-'} (${h.right} of ${h.of})`;

/** Print the figures of each round from joined rows. */
function report(rows: readonly (ScoredItem & { readonly round: string })[]): void {
  for (const round of ROUNDS) {
    const f = roundFigures(rows.filter((r) => r.round === round));
    line(`${round}: ${f.n} pairs labelled twice (${f.underFirst.of} the judge calls supports)`);
    line(
      `  agreement, four labels: ${fmt(f.fourLabels.share)}, kappa ${fmt(f.fourLabels.kappa)}; supports or not: ${fmt(f.supportsOrNot.share)}, kappa ${fmt(f.supportsOrNot.kappa)}`,
    );
    line(
      `  judge's supports precision: first labels ${hits(f.underFirst)}; second labels ${hits(f.underSecond)}; where both agree ${hits(f.bothAgree)}`,
    );
    line(`  judge's supports by first / second label: ${f.cells.map(([c, n]) => `${c} ${n}`).join(', ')}`);
  }
}

/** Labels as written by the labeller. */
interface LabelRow {
  readonly item: string;
  readonly label: string;
  readonly reason: string;
}

function checkLabel(label: string, where: string): void {
  if (!(LABELS as readonly string[]).includes(label)) throw new Error(`${where}: unknown label ${label}`);
}

function score(labelsPath: string, outDir: string): void {
  const keys = new Map(readJsonl<KeyRow>(join(outDir, 'key.jsonl')).map((k) => [k.item, k]));
  const labels = readJsonl<LabelRow>(labelsPath);
  const missing = [...keys.keys()].filter((item) => !labels.some((l) => l.item === item));
  if (missing.length) throw new Error(`${missing.length} items have no label yet`);
  for (const l of labels) checkLabel(l.label, l.item);
  const joined = labels.map((l) => ({ ...(keys.get(l.item) as KeyRow), second: l.label, reason: l.reason }));
  report(joined);
  const pointers = joined
    .map((j) => ({ pair: j.pair, label: j.second, reason: j.reason }))
    .sort((a, b) => a.pair.localeCompare(b.pair));
  writeJsonl(join(outDir, 'second-labels.jsonl'), pointers);
}

function rescore(): void {
  const labels = readJsonl<{ pair: string; label: string; reason: string }>(COMMITTED);
  const keys = new Map(judgedRounds().keys.map((k) => [k.pair, k]));
  const joined = labels.map((l) => {
    const key = keys.get(l.pair);
    if (!key) throw new Error(`pair ${l.pair} is not in the rounds ${ROUNDS.join(', ')}`);
    checkLabel(l.label, l.pair);
    return { ...key, second: l.label };
  });
  report(joined);
}

const [step, ...rest] = positionals;
if (step === 'sample' && rest[0]) sample(rest[0], Number(values.ratio ?? 1));
else if (step === 'score' && rest[0] && rest[1]) score(rest[0], rest[1]);
else if (step === undefined) rescore();
else {
  line('usage: second-label.ts [sample OUTDIR [--ratio R] | score LABELS OUTDIR]');
  process.exitCode = 1;
}
