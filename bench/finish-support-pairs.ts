/**
 * Turn labelled candidates (the builder's records with a `label` added by hand, kept outside the
 * repository because they hold news text) into bench/data/support-pairs.jsonl: pointers and hashes
 * only, except for our own example, whose sentences keep their text.
 *   npx node bench/finish-support-pairs.ts /tmp/support-label/labelled-final.jsonl
 *   npx node bench/finish-support-pairs.ts --append --half dev /tmp/support-label/labelled-round2.jsonl
 *   npx node bench/finish-support-pairs.ts --append --half heldout --round heldout-2026-12-03 FILE.jsonl
 * A record may give a sentence by `doc` and `text` only (pairs picked by hand); it is then located.
 * Without options the file is written anew from the records. `--append` keeps every line already in
 * the file as it is and adds only the new pairs (a pair of two sentence texts already paired there is
 * left out); `--half` refuses any record of a story of the other half; `--round NAME` marks each
 * added pair with its labelling round (a fresh held-out batch, scored apart by `eval:support`; the
 * name ends with the date it was labelled, before which it was never scored); with `--round`, a
 * record's `search` (the candidate search that proposed it) is kept, so eval:support can score the
 * round by search.
 */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { halfOf, loadSupportGroups, type SupportDoc, shortHash } from './lib/support-data.ts';
import {
  LABELS,
  type Label,
  pointerOf,
  readPairs,
  roundDate,
  roundFields,
  type SupportPair,
} from './lib/support-pairs.ts';

interface LabelledSentence {
  doc: string;
  start?: number;
  end?: number;
  text: string;
}
interface Labelled {
  dataset: SupportPair['dataset'];
  story: string;
  label: Label;
  /** The candidate search that proposed it (kept with `--round` only). */
  search?: string;
  claim: LabelledSentence;
  evidence: LabelledSentence;
}

const { values: args, positionals } = parseArgs({
  options: {
    append: { type: 'boolean', default: false },
    half: { type: 'string' },
    round: { type: 'string' },
  },
  allowPositionals: true,
});
const input = positionals[0];
if (!input) {
  process.stderr.write(
    'usage: npx node bench/finish-support-pairs.ts [--append] [--half dev|heldout] [--round NAME-YYYY-MM-DD] LABELLED.jsonl\n',
  );
  process.exit(2);
}
if (args.round !== undefined && roundDate(args.round) === null)
  throw new Error(`--round ${args.round} must end with the date of the round (YYYY-MM-DD)`);
const OUT = join(import.meta.dirname, 'data', 'support-pairs.jsonl');
const groups = new Map(loadSupportGroups().map((g) => [`${g.dataset}/${g.story}`, g]));

function pointer(record: Labelled, s: LabelledSentence) {
  const group = groups.get(`${record.dataset}/${record.story}`);
  const doc = group?.docs.find((d) => d.docId === s.doc) as SupportDoc | undefined;
  if (!doc) throw new Error(`unknown document ${record.dataset}/${record.story}/${s.doc}`);
  const start = s.start ?? doc.raw.indexOf(s.text);
  const end = s.end ?? start + s.text.length;
  if (start < 0 || doc.raw.slice(start, end) !== s.text)
    throw new Error(`sentence not at its place in ${s.doc}: ${s.text.slice(0, 40)}`);
  return pointerOf(doc, start, end, record.dataset === 'example');
}

const records = readFileSync(input, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Labelled);
for (const r of records)
  if (args.half !== undefined && halfOf(r.story) !== args.half)
    throw new Error(`${r.story} is in the ${halfOf(r.story)} half, not ${args.half}`);
// one pair per two sentence texts: syndicated copies repeat sentences word for word
const seenTexts = new Set<string>();
const unique = records.filter((r) => {
  const key = [r.claim.text, r.evidence.text].sort().join('\u0000');
  if (seenTexts.has(key)) return false;
  seenTexts.add(key);
  return true;
});
const pairs: SupportPair[] = unique.map((r) => {
  if (!LABELS.includes(r.label)) throw new Error(`bad label ${r.label}`);
  const claim = pointer(r, r.claim);
  const evidence = pointer(r, r.evidence);
  return {
    // stable whatever the order: a hash of where the two sentences are
    id: `p${shortHash(`${r.dataset}/${r.story}/${claim.doc}:${claim.start}|${evidence.doc}:${evidence.start}`).slice(0, 8)}`,
    dataset: r.dataset,
    story: r.story,
    half: halfOf(r.story),
    label: r.label,
    claim,
    evidence,
    ...roundFields(args.round, args.round !== undefined ? r.search : undefined),
  };
});
if (new Set(pairs.map((p) => p.id)).size < pairs.length) throw new Error('two pairs share an id');
/** Key of the two sentence texts of a pair, whatever their order. */
const textKey = (p: SupportPair) => [p.claim.sha1, p.evidence.sha1].sort().join('|');
const existing = args.append ? readPairs(OUT) : [];
const taken = new Set([...existing.map((p) => p.id), ...existing.map(textKey)]);
const added = pairs.filter((p) => !taken.has(p.id) && !taken.has(textKey(p)));
const lines = added.map((p) => `${JSON.stringify(p)}\n`).join('');
if (args.append) appendFileSync(OUT, lines);
else writeFileSync(OUT, lines);
const count = (half: string, label: string) =>
  added.filter((p) => p.half === half && p.label === label).length;
for (const half of ['dev', 'heldout'])
  process.stdout.write(`${half}: ${LABELS.map((l) => `${l} ${count(half, l)}`).join(', ')}\n`);
process.stdout.write(
  `${added.length} pairs ${args.append ? `appended to ${existing.length}` : 'written'} (${records.length - unique.length} repeating two sentences already paired left out${args.append ? `, ${pairs.length - added.length} already in the file` : ''}) -> ${OUT}\n`,
);
