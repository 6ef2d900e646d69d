/**
 * Builder of candidate (claim, evidence) sentence pairs for the labelled support set
 * (bench/data/support-pairs.jsonl, guideline in bench/data/README-support.md). Reads ../shared and
 * the bundled example, segments each document with Parallax's segmenter, and for each claim sentence
 * proposes the most similar sentences of the other documents of its story (TF-IDF cosine from
 * bench/lib/tfidf.ts, independent of the compare stage), flagging hard cases: other numbers, other
 * dates, future vs past, negation. Writes the candidates WITH their text to a temp folder for
 * labelling, never into the repository:
 *   npx node bench/build-support-candidates.ts [/tmp/support-label]
 * Then `bench/finish-support-pairs.ts` turns the labelled candidates into pointer records.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../test/shared.ts';
import {
  loadSupportGroups,
  type SupportDoc,
  type SupportGroup,
  segmentGroup,
  shortHash,
} from './lib/support-data.ts';
import { cosine, tfidfVectors } from './lib/tfidf.ts';

const OUT = process.argv[2] ?? '/tmp/support-label';

interface Sent {
  doc: SupportDoc;
  docIndex: number;
  start: number;
  end: number;
  text: string;
  annotated: boolean;
}

const NUMBER =
  /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b/gi;
const DATE =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|aug|sept?|oct|nov|dec|yesterday|today|tomorrow|tonight)\b/gi;
const FUTURE =
  /\b(?:will|would|'ll|going to|plans? to|planned|expected to|set to|scheduled|due to|to be held|could|may|might|intends?|aims? to|proposed?|upcoming)\b/i;
const NEGATION = /\b(?:not|n't|no|never|nobody|none|denied|denies|without|refused|rejected|failed)\b/i;

const setOf = (re: RegExp, text: string) => new Set([...text.toLowerCase().matchAll(re)].map((m) => m[0]));
const differ = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && [...a].some((x) => !b.has(x)) && [...b].some((x) => !a.has(x));

/** Hard-case flags of a pair (hints for the labeller, not labels). */
function flags(a: string, b: string): string[] {
  const out: string[] = [];
  if (differ(setOf(NUMBER, a), setOf(NUMBER, b))) out.push('num');
  if (differ(setOf(DATE, a), setOf(DATE, b))) out.push('date');
  if (FUTURE.test(a) !== FUTURE.test(b)) out.push('tense');
  if (NEGATION.test(a) !== NEGATION.test(b)) out.push('neg');
  if (/["“”]/.test(a) && /["“”]/.test(b)) out.push('quote');
  return out;
}

// ECB+ sentences that were fully annotated (topic_file:sentence)
const annotated = new Set<string>();
for (const row of readFileSync(sharedPath('datasets', 'ecbplus', 'ECBplus_coreference_sentences.csv'), 'utf8')
  .split('\n')
  .slice(1)) {
  const [topic, file, sentence] = row.trim().split(',');
  if (topic && file && sentence) annotated.add(`${topic}_${file}:${sentence}`);
}

function sentencesOf(group: SupportGroup, docs: readonly SupportDoc[]): Sent[] {
  const seg = segmentGroup(group, docs);
  const out: Sent[] = [];
  seg.forEach((s, i) => {
    const doc = docs[i] as SupportDoc;
    const ecbLines = group.dataset === 'ecbplus' ? doc.raw.split('\n') : [];
    for (const sentence of s.sentences) {
      const text = s.article.text.slice(sentence.start, sentence.end);
      if (text.split(/\s+/).length < 5) continue;
      const start = doc.raw.indexOf(text);
      if (start < 0) continue; // only sentences found verbatim in the raw field
      const line = doc.raw.slice(0, start).split('\n').length - 1;
      const isAnnotated = ecbLines.length > 0 && annotated.has(`${doc.docId}:${line}`);
      out.push({ doc, docIndex: i, start, end: start + text.length, text, annotated: isAnnotated });
    }
  });
  return out;
}

interface Candidate {
  dataset: string;
  story: string;
  claim: Sent;
  evidence: Sent;
  cos: number;
  flags: string[];
  sameEvent?: boolean;
}

function candidatesOf(
  group: SupportGroup,
  docs: readonly SupportDoc[],
  perClaim: number,
  annotatedOnly = true,
): Candidate[] {
  const sents = sentencesOf(group, docs);
  const vectors = tfidfVectors(sents.map((s) => s.text));
  const out: Candidate[] = [];
  sents.forEach((claim, i) => {
    if (annotatedOnly && group.dataset === 'ecbplus' && !claim.annotated) return;
    const ranked = sents
      .map((s, j) => ({
        s,
        cos: cosine(vectors[i] as Map<string, number>, vectors[j] as Map<string, number>),
      }))
      .filter((r) => r.s.docIndex !== claim.docIndex && r.cos > 0.12 && r.cos < 0.97)
      .sort((a, b) => b.cos - a.cos)
      .slice(0, perClaim);
    for (const r of ranked)
      out.push({
        dataset: group.dataset,
        story: group.story,
        claim,
        evidence: r.s,
        cos: r.cos,
        flags: flags(claim.text, r.s.text),
        ...(claim.doc.event ? { sameEvent: claim.doc.event === r.s.doc.event } : {}),
      });
  });
  return out;
}

/** (number, neighbouring word) pairs of a sentence: '5.6 magnitude' gives 5.6|magnitude and 5.6|a. */
function numberSlots(text: string): Map<string, string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}$%][\p{L}\p{N}.,$%-]*/gu) ?? [];
  const slots = new Map<string, string>();
  words.forEach((w, i) => {
    if (!/\d/.test(w) && !NUMBER_WORD.test(w)) return;
    for (const near of [words[i - 1], words[i + 1], words[i + 2]])
      if (near && !/\d/.test(near) && near.length > 2) slots.set(near, w.replace(/[.,]$/, ''));
  });
  return slots;
}
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty|hundred|thousand|million|billion|dozens?|hundreds|thousands)$/;

/** Why a pair is a hard case worth labelling on purpose, or null. */
function hardReason(c: Candidate): string | null {
  const a = numberSlots(c.claim.text);
  const b = numberSlots(c.evidence.text);
  for (const [word, value] of a)
    if (b.has(word) && b.get(word) !== value && c.cos >= 0.2) return `number:${word}`;
  if (c.flags.includes('date') && c.cos >= 0.3) return 'date';
  if (c.flags.includes('tense') && c.cos >= 0.35) return 'tense';
  if (c.flags.includes('neg') && c.cos >= 0.4) return 'negation';
  return null;
}

const IRREGULAR: Record<string, string> = {
  meet: 'met',
  hold: 'held',
  make: 'made',
  take: 'took',
  give: 'gave',
  leave: 'left',
  send: 'sent',
  win: 'won',
  lose: 'lost',
  pay: 'paid',
  sell: 'sold',
  buy: 'bought',
  begin: 'began',
  run: 'ran',
  become: 'became',
  choose: 'chose',
  find: 'found',
  tell: 'told',
  say: 'said',
  go: 'went',
  come: 'came',
  put: 'put',
  set: 'set',
  fall: 'fell',
  rise: 'rose',
  strike: 'struck',
  shut: 'shut',
  close: 'closed',
  bring: 'brought',
  seek: 'sought',
};
/** A verb the sentence puts in the future or as a plan ('will meet', 'plans to sign', 'is expected to announce'). */
function plannedVerbs(text: string): string[] {
  const out: string[] = [];
  for (const m of text
    .toLowerCase()
    .matchAll(
      /\b(?:will|would|'ll|going to|plans? to|planned to|expected to|set to|scheduled to|due to|intends? to|aims? to|was to|were to|is to|are to)\s+(?:be\s+)?(?:\w+ly\s+)?([a-z]+)/g,
    ))
    out.push(m[1] as string);
  return out;
}
/** Whether the sentence states the verb as done (regular or irregular past, or participle). */
function statesDone(text: string, verb: string): boolean {
  const lower = text.toLowerCase();
  const stem = verb.replace(/e$/, '');
  const forms = [IRREGULAR[verb], `${stem}ed`, `${verb}d`, `${verb}ed`].filter((f): f is string =>
    Boolean(f),
  );
  return (
    forms.some((f) => new RegExp(`\\b${f}\\b`).test(lower)) && plannedVerbs(text).every((v) => v !== verb)
  );
}
/** A second, wider search for hard cases: a measure given two values, or a plan against a done fact. */
function hardReason2(c: Candidate): string | null {
  const value = (x: string) => {
    const n = Number(x.replace(/,/g, ''));
    return Number.isNaN(n) ? x : n;
  };
  const a = numberSlots(c.claim.text);
  const b = numberSlots(c.evidence.text);
  for (const [word, v] of a) {
    const w = b.get(word);
    if (w !== undefined && word.length > 3 && !STOPWORDS.has(word) && value(v) !== value(w) && c.cos >= 0.15)
      return `measure:${word}`;
  }
  const days = (t: string) => new Set(t.toLowerCase().match(WEEKDAY) ?? []);
  const da = days(c.claim.text);
  const db = days(c.evidence.text);
  if (da.size && db.size && [...da].every((d) => !db.has(d)) && c.cos >= 0.25) return 'weekday';
  const qa = quoted(c.claim.text);
  if (qa && qa === quoted(c.evidence.text) && speakerOf(c.claim.text) !== speakerOf(c.evidence.text))
    return 'quote-speaker';
  for (const verb of plannedVerbs(c.claim.text)) if (statesDone(c.evidence.text, verb)) return `plan:${verb}`;
  for (const verb of plannedVerbs(c.evidence.text)) if (statesDone(c.claim.text, verb)) return `plan:${verb}`;
  return null;
}
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
/** The longest quoted passage of a sentence, folded to letters (for spotting one quote given twice). */
function quoted(text: string): string | null {
  const parts = [...text.matchAll(/["“”]([^"“”]{25,})["“”]/g)].map((m) =>
    (m[1] as string)
      .toLowerCase()
      .replace(/[^a-z]+/g, ' ')
      .trim(),
  );
  return parts.sort((a, b) => b.length - a.length)[0] ?? null;
}
/** The capitalised words next to a speech verb outside quotes (a crude speaker key). */
function speakerOf(text: string): string {
  const outside = text.replace(/["“][^"“”]*["”]/g, ' ');
  const m = outside.match(
    /([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)\s+(?:said|says|told|added)|(?:said|says|told|added)\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*)/,
  );
  return (m?.[1] ?? m?.[2] ?? '').split(/\s+/).pop() ?? '';
}
const STOPWORDS = new Set(
  'than with from that this were have about more least some into after were their there'.split(' '),
);

const pool: Candidate[] = [];
const widePool: Candidate[] = [];
const hardPool: Candidate[] = [];
for (const group of loadSupportGroups()) {
  // hard cases searched on purpose: every document of the story (for ECB+, of one gold event)
  const stories =
    group.dataset === 'ecbplus'
      ? [...Map.groupBy(group.docs, (d) => d.event as string).values()]
      : [group.docs];
  for (const docs of stories) {
    hardPool.push(...candidatesOf(group, docs, 6, false));
    widePool.push(...candidatesOf(group, docs, 25, false));
  }
  if (group.dataset === 'ecbplus') {
    // a few documents of each event of the topic, so look-alike events meet
    const byEvent = Map.groupBy(group.docs, (d) => d.event as string);
    const docs = [...byEvent.values()].flatMap((ds) => ds.slice(0, 4));
    pool.push(...candidatesOf(group, docs, 2));
  } else pool.push(...candidatesOf(group, group.docs, 2));
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
const QUOTA: Record<string, number> = { neus: 210, ecbplus: 170, example: 90 };
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
const record = (c: Candidate, n: number) => ({
  n,
  dataset: c.dataset,
  story: c.story,
  cos: Number(c.cos.toFixed(3)),
  flags: c.flags,
  sameEvent: c.sameEvent,
  claim: {
    doc: c.claim.doc.docId,
    field: c.claim.doc.field,
    start: c.claim.start,
    end: c.claim.end,
    text: c.claim.text,
  },
  evidence: {
    doc: c.evidence.doc.docId,
    field: c.evidence.doc.field,
    start: c.evidence.start,
    end: c.evidence.end,
    text: c.evidence.text,
  },
});
writeFileSync(join(OUT, 'pool.jsonl'), `${pool.map((c, n) => JSON.stringify(record(c, n))).join('\n')}\n`);
// hard cases not already selected, at most three per story and reason, most similar first
const taken = new Set(
  selected.map((c) => `${c.claim.doc.docId}:${c.claim.start}|${c.evidence.doc.docId}:${c.evidence.start}`),
);
const perStory = new Map<string, number>();
const hard2: (Candidate & { reason: string })[] = [];
for (const c of hardPool.sort((x, y) => y.cos - x.cos)) {
  const reason = hardReason(c);
  const a = `${c.claim.doc.docId}:${c.claim.start}`;
  const b = `${c.evidence.doc.docId}:${c.evidence.start}`;
  if (!reason || taken.has(`${a}|${b}`) || taken.has(`${b}|${a}`)) continue;
  const key = `${c.story}/${reason.split(':')[0]}`;
  if ((perStory.get(key) ?? 0) >= 3) continue;
  perStory.set(key, (perStory.get(key) ?? 0) + 1);
  taken.add(`${a}|${b}`);
  hard2.push({ ...c, reason });
}
writeFileSync(
  join(OUT, 'hard.jsonl'),
  `${hard2.map((c, n) => JSON.stringify({ ...record(c, 1000 + n), reason: c.reason })).join('\n')}\n`,
);
// at most WIDE_CAP per story and reason (the last labelling round searched with 12)
const WIDE_CAP = Number(process.env.WIDE_CAP ?? 4);
const perStory2 = new Map<string, number>();
const hard3: (Candidate & { reason: string })[] = [];
for (const c of widePool.sort((x, y) => y.cos - x.cos)) {
  const reason = hardReason2(c);
  const a = `${c.claim.doc.docId}:${c.claim.start}`;
  const b = `${c.evidence.doc.docId}:${c.evidence.start}`;
  if (!reason || taken.has(`${a}|${b}`) || taken.has(`${b}|${a}`)) continue;
  const key = `${c.story}/${reason.split(':')[0]}`;
  if ((perStory2.get(key) ?? 0) >= WIDE_CAP) continue;
  perStory2.set(key, (perStory2.get(key) ?? 0) + 1);
  taken.add(`${a}|${b}`);
  hard3.push({ ...c, reason });
}
writeFileSync(
  join(OUT, 'hard-wide.jsonl'),
  `${hard3.map((c, n) => JSON.stringify({ ...record(c, 2000 + n), reason: c.reason })).join('\n')}\n`,
);
writeFileSync(
  join(OUT, 'selected.jsonl'),
  `${selected.map((c, n) => JSON.stringify(record(c, n))).join('\n')}\n`,
);
const count = (pick: (c: Candidate) => boolean) => pool.filter(pick).length;
process.stdout.write(
  `${pool.length} candidates (neus ${count((c) => c.dataset === 'neus')}, ecbplus ${count((c) => c.dataset === 'ecbplus')}, example ${count((c) => c.dataset === 'example')}); flags: ${['num', 'date', 'tense', 'neg', 'quote'].map((f) => `${f} ${count((c) => c.flags.includes(f))}`).join(', ')} -> ${OUT}/pool.jsonl; ${selected.length} selected -> ${OUT}/selected.jsonl; ${hard2.length} hard cases -> ${OUT}/hard.jsonl; ${hard3.length} wider -> ${OUT}/hard-wide.jsonl\n`,
);
