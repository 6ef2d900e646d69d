/**
 * Hard-case heuristics of the support-pair candidate builder (bench/build-support-candidates.ts):
 * flags that hint at a trap (other numbers, other dates, future vs past, negation, a quote on both
 * sides) and the reasons a pair is worth labelling on purpose. Hints for the labeller, never labels.
 */

/** The part of a candidate pair the heuristics read. */
export interface PairText {
  readonly claim: { readonly text: string };
  readonly evidence: { readonly text: string };
  /** TF-IDF cosine of the two sentences. */
  readonly cos: number;
  /** The pair's `flags` (from {@link flags}). */
  readonly flags: readonly string[];
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
export function flags(a: string, b: string): string[] {
  const out: string[] = [];
  if (differ(setOf(NUMBER, a), setOf(NUMBER, b))) out.push('num');
  if (differ(setOf(DATE, a), setOf(DATE, b))) out.push('date');
  if (FUTURE.test(a) !== FUTURE.test(b)) out.push('tense');
  if (NEGATION.test(a) !== NEGATION.test(b)) out.push('neg');
  if (/["“”]/.test(a) && /["“”]/.test(b)) out.push('quote');
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
export function hardReason(c: PairText): string | null {
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
export function hardReason2(c: PairText): string | null {
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
