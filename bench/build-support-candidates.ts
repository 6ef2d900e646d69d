/**
 * Builder of candidate (claim, evidence) sentence pairs for the labelled support set
 * (bench/data/support-pairs.jsonl, guideline in bench/data/README-support.md). Reads ../shared and
 * the bundled example, segments each document with Parallax's segmenter, and for each claim sentence
 * proposes the most similar sentences of the other documents of its story (bench/lib/support-candidates.ts:
 * TF-IDF cosine, independent of the compare stage), flagging hard cases: other numbers, other dates,
 * future vs past, negation. Writes the candidates WITH their text to a temp folder for
 * labelling, never into the repository:
 *   npx node bench/build-support-candidates.ts [/tmp/support-label] [--half dev] [--exclude PAIRS.jsonl]
 *     [--dataset polnear]
 * `--dataset` keeps only the stories of one dataset (neus, ecbplus, example, polnear); `--half` keeps
 * only the stories of one half (the other half's sentences are never read into the output);
 * `--exclude` leaves out every pair of two sentences already paired in a pairs file (by the hashes of
 * their texts, so syndicated copies of a labelled pair are left out too). Besides the pool,
 * a deterministic pick and three hard-case searches, it writes `similar.jsonl`: the most similar pairs.
 * Then `bench/finish-support-pairs.ts` turns the labelled candidates into pointer records.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Candidate, candidateRecord, candidatesOf } from './lib/support-candidates.ts';
import { halfOf, loadSupportGroups, shortHash } from './lib/support-data.ts';
import { hardReason, hardReason2 } from './lib/support-hard.ts';
import { hardKind } from './lib/support-hard-kinds.ts';
import { readPairs } from './lib/support-pairs.ts';

const { values: args, positionals } = parseArgs({
  options: { half: { type: 'string' }, exclude: { type: 'string' }, dataset: { type: 'string' } },
  allowPositionals: true,
});
const OUT = positionals[0] ?? '/tmp/support-label';
if (args.half !== undefined && args.half !== 'dev' && args.half !== 'heldout')
  throw new Error(`--half must be dev or heldout, not ${args.half}`);
/** Key of an unordered pair of two sentence texts, by their short hashes. */
const textPairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
const excluded = new Set(
  args.exclude ? readPairs(args.exclude).map((p) => textPairKey(p.claim.sha1, p.evidence.sha1)) : [],
);
/** Whether a candidate pairs two sentence texts not paired in the excluded file. */
const fresh = (c: Candidate) =>
  !excluded.has(textPairKey(shortHash(c.claim.text), shortHash(c.evidence.text)));

/** The story's candidate pairs (see lib/support-candidates.ts) not paired in the excluded file. */
const freshCandidates = (...args: Parameters<typeof candidatesOf>) => candidatesOf(...args).filter(fresh);

const pool: Candidate[] = [];
const widePool: Candidate[] = [];
const hardPool: Candidate[] = [];
for (const group of loadSupportGroups().filter(
  (g) =>
    (args.half === undefined || halfOf(g.story) === args.half) &&
    (args.dataset === undefined || g.dataset === args.dataset),
)) {
  // hard cases searched on purpose: every document of the story (for ECB+, of one gold event)
  const stories =
    group.dataset === 'ecbplus'
      ? [...Map.groupBy(group.docs, (d) => d.event as string).values()]
      : [group.docs];
  for (const docs of stories) {
    hardPool.push(...freshCandidates(group, docs, 6, false));
    widePool.push(...freshCandidates(group, docs, Number(process.env.WIDE_PER_CLAIM ?? 25), false));
  }
  if (group.dataset === 'ecbplus') {
    // a few documents of each event of the topic, so look-alike events meet
    const byEvent = Map.groupBy(group.docs, (d) => d.event as string);
    const docs = [...byEvent.values()].flatMap((ds) => ds.slice(0, 4));
    pool.push(...freshCandidates(group, docs, 2));
  } else pool.push(...freshCandidates(group, group.docs, 2));
}

// one candidate per unordered sentence pair; then per dataset a deterministic pick (by hash), half of
// it from flagged hard cases, the rest from the others
const seen = new Set<string>();
const unique = pool.filter((c) => {
  const a = `${c.claim.doc.docId}:${c.claim.start}`;
  const b = `${c.evidence.doc.docId}:${c.evidence.start}`;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
});
const QUOTA: Record<string, number> = { neus: 210, ecbplus: 170, example: 90, polnear: 150 };
const order = (c: Candidate) =>
  shortHash(`${c.claim.doc.docId}:${c.claim.start}:${c.evidence.doc.docId}:${c.evidence.start}`);
const hard = (c: Candidate) => c.flags.some((f) => f !== 'quote');
const selected: Candidate[] = [];
for (const [dataset, quota] of Object.entries(QUOTA)) {
  const mine = unique.filter((c) => c.dataset === dataset).sort((a, b) => (order(a) < order(b) ? -1 : 1));
  const flagged = mine.filter(hard).slice(0, Math.ceil(quota / 2));
  const rest = mine.filter((c) => !flagged.includes(c)).slice(0, quota - flagged.length);
  selected.push(...flagged, ...rest);
}

mkdirSync(OUT, { recursive: true });
writeFileSync(
  join(OUT, 'pool.jsonl'),
  `${pool.map((c, n) => JSON.stringify(candidateRecord(c, n))).join('\n')}\n`,
);
// hard cases not already selected, at most three per story and reason, most similar first
const taken = new Set(
  selected.map((c) => `${c.claim.doc.docId}:${c.claim.start}|${c.evidence.doc.docId}:${c.evidence.start}`),
);
// one search's cases, most similar first unless sorted already, at most `cap` per story and reason
// (`kinds`: the whole reason; else its part before ':'), none paired already
function pick(from: Candidate[], reasonOf: (c: Candidate) => string | null, cap: number, kinds = false) {
  const perStory = new Map<string, number>();
  const out: (Candidate & { reason: string })[] = [];
  for (const c of from) {
    const reason = reasonOf(c);
    const a = `${c.claim.doc.docId}:${c.claim.start}`;
    const b = `${c.evidence.doc.docId}:${c.evidence.start}`;
    if (!reason || taken.has(`${a}|${b}`) || taken.has(`${b}|${a}`)) continue;
    const key = `${c.story}/${kinds ? reason : reason.split(':')[0]}`;
    if ((perStory.get(key) ?? 0) >= cap) continue;
    perStory.set(key, (perStory.get(key) ?? 0) + 1);
    taken.add(`${a}|${b}`);
    out.push({ ...c, reason });
  }
  return out;
}
const writeHard = (file: string, cases: (Candidate & { reason: string })[], first: number) =>
  writeFileSync(
    join(OUT, file),
    `${cases.map((c, n) => JSON.stringify({ ...candidateRecord(c, first + n), reason: c.reason })).join('\n')}\n`,
  );
const hard2 = pick(
  hardPool.sort((x, y) => y.cos - x.cos),
  hardReason,
  3,
);
writeHard('hard.jsonl', hard2, 1000);
// at most WIDE_CAP per story and reason (the last labelling round searched with 12), among the
// WIDE_PER_CLAIM most similar sentences of each claim (25; a second fresh round searched with 400)
const hard3 = pick(
  widePool.sort((x, y) => y.cos - x.cos),
  hardReason2,
  Number(process.env.WIDE_CAP ?? 4),
);
writeHard('hard-wide.jsonl', hard3, 2000);
// kinds of contradiction the searches above hardly find (opposite wordings, another place, a toll
// with two values, another year), at most KINDS_CAP per story and kind (a contradictions round used 30)
const hard4 = pick(widePool, hardKind, Number(process.env.KINDS_CAP ?? 6), true);
writeHard('hard-kinds.jsonl', hard4, 3000);
// paraphrases and near-copies, where supports are (picked last, so no hard case changes): pairs of
// similarity SIM_MIN to 0.9, most similar first (widePool is sorted above), at most SIM_CAP per story
const similar = widePool.filter((c) => c.cos >= Number(process.env.SIM_MIN ?? 0.35) && c.cos <= 0.9);
const sims = pick(similar, () => 'similar', Number(process.env.SIM_CAP ?? 8));
writeHard('similar.jsonl', sims, 4000);
writeFileSync(
  join(OUT, 'selected.jsonl'),
  `${selected.map((c, n) => JSON.stringify(candidateRecord(c, n))).join('\n')}\n`,
);
const count = (pick: (c: Candidate) => boolean) => pool.filter(pick).length;
const perDataset = Object.keys(QUOTA)
  .map((d) => `${d} ${count((c) => c.dataset === d)}`)
  .join(', ');
process.stdout.write(
  `${pool.length} candidates (${perDataset}); flags: ${['num', 'date', 'tense', 'neg', 'quote'].map((f) => `${f} ${count((c) => c.flags.includes(f))}`).join(', ')} -> ${OUT}/pool.jsonl; ${selected.length} selected -> ${OUT}/selected.jsonl; ${hard2.length} hard cases -> ${OUT}/hard.jsonl; ${hard3.length} wider -> ${OUT}/hard-wide.jsonl; ${hard4.length} of other kinds -> ${OUT}/hard-kinds.jsonl; ${sims.length} similar -> ${OUT}/similar.jsonl\n`,
);
