import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import {
  GROWTH_VERBS,
  KNOWN_FRAME_VERBS,
  MEASURE_PHRASES,
  MEASURE_WORDS,
  RUNNING_TOTAL_WORDS,
} from '../data/measures.ts';
import { directVerb, tokenAt } from './figure-words.ts';
import { perFigure, perReading, type Reading } from './reading.ts';

// Stem → the measure it tells (data/measures.ts).
const MEASURE = new Map(
  Object.entries(MEASURE_WORDS).flatMap(([m, words]) => words.map((w) => [stem(w), m] as const)),
);
const GROWTH = new Set(GROWTH_VERBS.map(stem));
const KNOWN_FRAME: ReadonlySet<string> = new Set(KNOWN_FRAME_VERBS);
// Each measure phrase as stems, with its measure (data/measures.ts).
const PHRASES = Object.entries(MEASURE_PHRASES).flatMap(([m, phrases]) =>
  phrases.map((p) => ({ measure: m, words: p.split(' ').map(stem) })),
);
// Words passed over between two words of a measure phrase: "began a 48-hour strike", "fled their homes".
const PASSED = /^(DET|PRON|NUM|ADJ|NOUN)$/;
const PASSED_MAX = 4;
/** The measure a word's stem tells ("dead" → death), or null. */
export const measureOfStem = (s: string): string | null => MEASURE.get(s) ?? null;
/**
 * Whether any of `words` is one of the `named` stems or a word of a named stem's measure family
 * ("toll" for named "killed": data/measures.ts).
 */
export function sameFamily(words: readonly string[], named: ReadonlySet<string>): boolean {
  const kinds = new Set([...named].map(measureOfStem).filter((m): m is string => m !== null));
  return words.some((w) => {
    const s = stem(w);
    return named.has(s) || kinds.has(measureOfStem(s) ?? '');
  });
}
const measureIn = (t: Token | undefined): string | null => (t ? measureOfStem(stem(t.text)) : null);

/**
 * What a figure counts of people, told in any of its words, or null: the verb right before it
 * ("killing 12"), what it counts ("12 deaths"), the word told of what it counts ("12 people died",
 * "left 12 people dead", "12 were injured"), else a toll it is given for ("the death toll … at 12").
 */
// (read once per figure, not once per pair it is judged in)
export const measureOf: (f: ClaimFigure, r: Reading) => string | null = perFigure(readMeasure);

/**
 * The word of a claim that tells the measure of its figure `f` ("deaths" in "the number of deaths has
 * risen to four"), the one nearest the figure, or null where no word tells one.
 */
export function measureWordOf(f: ClaimFigure, r: Pick<Reading, 'claim'>): Token | null {
  const m = readMeasure(f, r);
  if (m === null) return null;
  const distance = (t: Token) => Math.min(Math.abs(t.start - f.span.end), Math.abs(f.span.start - t.end));
  const words = r.claim.tokens.filter((t) => measureIn(t) === m).sort((x, y) => distance(x) - distance(y));
  return words[0] ?? null;
}

function readMeasure(f: ClaimFigure, r: Pick<Reading, 'claim'>): string | null {
  if (f.unit !== null) return null;
  const verb = directVerb(f, r);
  const told = verb === null ? null : (MEASURE.get(verb) ?? null);
  if (told) return told;
  // a participle after an auxiliary the tagger read as an adjective ("has infected 42 people")
  const at = tokenAt(f, r) - (f.qualifier?.split(' ').length ?? 0);
  const participle = r.claim.tokens[at - 1];
  if (participle?.pos === 'ADJ' && r.claim.tokens[at - 2]?.pos === 'AUX') {
    const m = measureIn(participle);
    if (m) return m;
  }
  if (f.counts !== null && MEASURE.has(f.counts)) return MEASURE.get(f.counts) ?? null;
  const tokens = r.claim.tokens;
  // past what it counts (and where: "four passengers on the ferry") and the auxiliaries: the first
  // word said of it
  let k = tokens.findIndex((t) => t.start >= f.span.end);
  if (k < 0) k = tokens.length;
  for (const end = k + 3; k < end && /^(NOUN|PROPN)$/.test(tokens[k]?.pos ?? ''); ) k++;
  // a phrase whose verb stands before the count and whose rest follows what it counts ("forcing
  // about 400 residents from their homes": force from home)
  const around = verb === null ? null : measurePhraseAt(tokens, k, verb);
  if (around) return around;
  if (k > 0 && tokens[k]?.pos === 'ADP' && tokens[k - 1]?.pos === 'NOUN')
    for (const end = k + 6; k < end && /^(ADP|DET|ADJ|NOUN|PROPN)$/.test(tokens[k]?.pos ?? ''); ) k++;
  while (/^(AUX|ADV|PART)$/.test(tokens[k]?.pos ?? '')) k++;
  // past how the count is known ("are now known to have died": died)
  if (
    KNOWN_FRAME.has(tokens[k]?.norm ?? '') &&
    tokens[k + 1]?.norm === 'to' &&
    /^(have|be)$/.test(tokens[k + 2]?.norm ?? '')
  )
    for (k += 3; /^(AUX|ADV|PART)$/.test(tokens[k]?.pos ?? ''); ) k++;
  const said = /^(VERB|ADJ)$/.test(tokens[k]?.pos ?? '') ? measureIn(tokens[k]) : null;
  if (said) return said;
  // or a phrase of one ("walked out", "joined the strike", "began a 48-hour strike")
  const phrased = measurePhraseAt(tokens, k);
  if (phrased) return phrased;
  // a toll told before it in its clause ("the death toll from the flood stood at 12")
  // (or a number of the measure: "the number of deaths from the outbreak has risen to four")
  for (let j = tokenAt(f, r) - 1; j >= 0 && tokens[j]?.pos !== 'PUNCT'; j--) {
    if (stem(tokens[j]?.text ?? '') === 'toll') return measureIn(tokens[j - 1]) ?? 'death';
    const counted =
      tokens[j]?.norm === 'number' && tokens[j + 1]?.norm === 'of' ? measureIn(tokens[j + 2]) : null;
    if (counted) return counted;
  }
  return null;
}

// The measure a phrase starting at token k tells, or null: each word of the phrase in turn, a few
// describing words passed over before each one after the first. With `verb`, a phrase of two words or
// more that opens with it, its other words from k on.
function measurePhraseAt(tokens: readonly Token[], k: number, verb?: string): string | null {
  const stems = (i: number) => stem(tokens[i]?.text ?? '');
  for (const p of PHRASES) {
    if (verb !== undefined && (p.words[0] !== verb || p.words.length < 2)) continue;
    const words = verb === undefined ? p.words : p.words.slice(1);
    let i = k;
    const found = words.every((w, n) => {
      if (n > 0 || verb !== undefined)
        for (let passed = 0; passed < PASSED_MAX && stems(i) !== w; passed++) {
          const t = tokens[i];
          if (!t || !(PASSED.test(t.pos) || t.text === '-')) return false;
          i++;
        }
      return stems(i++) === w;
    });
    if (found) return p.measure;
  }
  return null;
}

/**
 * Whether a figure is a count that grew to it ("the toll rose to 20", "has climbed to 20"): a later
 * count than one it is more than.
 */
export const grewTo = perFigure((f: ClaimFigure, r: Reading): boolean => {
  const tokens = r.claim.tokens;
  const at = tokenAt(f, r) - (f.qualifier?.split(' ').length ?? 0);
  return tokens[at - 1]?.norm === 'to' && GROWTH.has(stem(tokens[at - 2]?.text ?? ''));
});

/**
 * Whether two figures count one measure, each the only count of it in its sentence, which tells it
 * nowhere else ("Ten people are killed and about 50 hurt" / "four villages had been destroyed and
 * three people killed"; not "killing three people … before he was killed by police"), and at most one sentence names what the other does not (not "hit the town of Zarand,
 * killing 612" / "leveled seven villages in Iran's southern area, killing 10"): two values of one
 * toll, however many other figures each sentence lists. `named`: the name words each side's names are
 * looked for in (the other sentence's by default; lead-counts.ts gives the other article's).
 */
export function oneMeasure(
  f: ClaimFigure,
  a: Reading,
  x: ClaimFigure,
  b: Reading,
  named: { readonly a: ReadonlySet<string>; readonly b: ReadonlySet<string> } = {
    a: a.nameWords,
    b: b.nameWords,
  },
): boolean {
  const m = measureOf(f, a);
  if (m === null || measureOf(x, b) !== m) return false;
  const once = (r: Reading) =>
    r.claim.figures.filter((y) => measureOf(y, r) === m).length === 1 && !toldApart(m, r);
  const lacks = (r: Reading, other: ReadonlySet<string>) => [...r.nameWords].some((w) => !other.has(w));
  return once(a) && once(b) && !(lacks(a, named.b) && lacks(b, named.a));
}

/**
 * Whether a reading tells measure `m` more often than it counts it: a death told apart from the
 * count ("killing three people … before he was killed by police"), which the other side's count may
 * take in ("Four people were killed (including the shooter)").
 */
export function toldApart(m: string | null, r: Reading): boolean {
  if (m === null) return false;
  const words = r.claim.tokens.filter((t) => MEASURE.get(stem(t.text)) === m).length;
  return words > r.claim.figures.filter((y) => measureOf(y, r) === m).length;
}

/** Whether figure `x` of `b` counts another measure than `f` of `a`, where both tell one. */
export const otherMeasure = (f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean => {
  const m = measureOf(f, a);
  const n = m === null ? null : measureOf(x, b);
  return n !== null && n !== m;
};

/**
 * Whether one of two counts is a total past the other's: a count that grew to more ("the toll rose
 * to 20" / "killed 12"), or a running total ("640 killed since the assault began" / "a strike that
 * killed about 40"; two running totals are counted at two times: "more than 600 killed so far").
 */
export const otherTotal = (f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean =>
  (grewTo(x, b) && x.value > f.value) ||
  (grewTo(f, a) && f.value > x.value) ||
  (f.unit === null && x.unit === null && (runningTotal(f, a) || runningTotal(x, b)));

const RUNNING = RUNNING_TOTAL_WORDS.map((p) => p.split(' '));

// The clauses of a reading (between punctuation marks) that tell a running total, as token ranges.
const runningClauses = perReading((r: Reading): readonly (readonly [number, number])[] => {
  const tokens = r.claim.tokens;
  const out: [number, number][] = [];
  let from = 0;
  let running = false;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || (t.pos === 'PUNCT' && t.text !== '-')) {
      if (running) out.push([from, i]);
      from = i + 1;
      running = false;
    } else if (RUNNING.some((p) => p.every((w, k) => tokens[i + k]?.norm === w))) running = true;
  }
  return out;
});

/** Whether a figure is told in a clause that makes it a running total ("killed since the assault began"). */
export const runningTotal = perFigure((f: ClaimFigure, r: Reading): boolean => {
  const at = tokenAt(f, r);
  return runningClauses(r).some(([from, to]) => at >= from && at < to);
});
