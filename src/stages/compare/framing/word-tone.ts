// The tone lexicon read word by word: what it says of a stem, of a written word and of a word in its place.
import {
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_NAMES,
} from '../../../text/calendar.ts';
import { fold, stem } from '../../../text/normalise.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { NEGATORS } from '../data/outcome-cues.ts';
import {
  LOADED_NEGATIVE_WORDS,
  LOADED_POSITIVE_WORDS,
  LOADED_SUBJECTIVE_WORDS,
  NEGATIVE_WORDS,
  NOT_TONE_BEFORE,
  NOT_TONE_BEFORE_NAME,
  NOT_TONE_WORDS,
  POSITIVE_WORDS,
  SUBJECTIVE_WORDS,
} from '../data/tone-lexicon.ts';
import { compilePhrases, matchPhrase } from '../text.ts';

const POSITIVE = compilePhrases([...POSITIVE_WORDS, ...LOADED_POSITIVE_WORDS]);
const NEGATIVE = compilePhrases([...NEGATIVE_WORDS, ...LOADED_NEGATIVE_WORDS]);
// a loaded word is an evaluation: subjective as well as of its sentiment
const SUBJECTIVE = compilePhrases([
  ...SUBJECTIVE_WORDS,
  ...LOADED_NEGATIVE_WORDS,
  ...LOADED_POSITIVE_WORDS,
  ...LOADED_SUBJECTIVE_WORDS,
]);
// the loaded words alone ("gut", "axe*", "furious*"): the summary keeps them out of its own voice
const LOADED = compilePhrases([
  ...LOADED_NEGATIVE_WORDS,
  ...LOADED_POSITIVE_WORDS,
  ...LOADED_SUBJECTIVE_WORDS,
]);
const NEGATOR_STEMS = new Set(NEGATORS.map(stem));
// Words the contested terms' table counts by their use, as a label of people or of an act ("illegal
// migrants", "crossed illegally"): a status it names, counted there, not the outlet's tone.
const COUNTED_BY_USE = CONTESTED_TERMS.filter((e) => e.use !== undefined).flatMap((e) => {
  const w = fold(e.term).split(/\s+/)[0] ?? '';
  return [w, `${w}s`, `${w}ly`];
});
const NOT_TONE = new Set([...NOT_TONE_WORDS, ...COUNTED_BY_USE]);
const NO_CLASS: LexiconClass = { pos: false, neg: false, subj: false, entry: null, loaded: null };
/** A word of no tone. */
export const NO_TONE: WordTone = { c: NO_CLASS, negator: false };

/**
 * What the tone lexicon says of one word: its classes, the first entry that took it (`entry`: "clos*"
 * for "close", "closing" and "closures" alike, by which a story's own vocabulary is told) and the
 * loaded-word entry that took it (`loaded`: "axe*" for "axed"; null for a plain word).
 */
export interface LexiconClass {
  readonly pos: boolean;
  readonly neg: boolean;
  readonly subj: boolean;
  readonly entry: string | null;
  readonly loaded: string | null;
}

// Lexicon entries are single words, so a stem's class is fixed: memoised per stem.
const CLASSES = new Map<string, LexiconClass>();
function classOf(s: string): LexiconClass {
  let c = CLASSES.get(s);
  if (!c) {
    const at = [s];
    const hit = (list: ReturnType<typeof compilePhrases>) => list.find((p) => matchPhrase(at, 0, p) > 0);
    const [neg, pos, subj] = [hit(NEGATIVE), hit(POSITIVE), hit(SUBJECTIVE)];
    const entry = (neg ?? pos ?? subj)?.source ?? null;
    // every loaded word is also subjective: a stem no list took is no loaded word either
    c = { pos: !!pos, neg: !!neg, subj: !!subj, entry, loaded: entry && (hit(LOADED)?.source ?? null) };
    CLASSES.set(s, c);
  }
  return c;
}

/** What the lexicon says of one word: its class and whether it is a negator. */
export interface WordTone {
  readonly c: LexiconClass;
  readonly negator: boolean;
}

/** The tone of one word stem (no exception of its written form or place applies). */
export const toneOfStem = (s: string): WordTone => ({ c: classOf(s), negator: NEGATOR_STEMS.has(s) });

// By written form, so a body word costs one lookup (its stem, class and negation read once).
const WORD_TONES = new Map<string, WordTone>();
const WORD_TONES_LIMIT = 100_000;
function toneOfWord(text: string): WordTone {
  let w = WORD_TONES.get(text);
  if (!w) {
    w = NOT_TONE.has(fold(text).toLowerCase()) ? NO_TONE : toneOfStem(stem(text));
    if (WORD_TONES.size >= WORD_TONES_LIMIT) WORD_TONES.clear();
    WORD_TONES.set(text, w);
  }
  return w;
}

const NOT_BEFORE = new Map(Object.entries(NOT_TONE_BEFORE).map(([word, next]) => [word, new Set(next)]));
const NOT_BEFORE_NAME = new Set(NOT_TONE_BEFORE_NAME);
// a name: a capitalised word that is no weekday or month ("faced opposition Monday" keeps its tone)
const NAME = /^\p{Lu}/u;
// (the shared month and weekday names, whole: "the opposition Marrow Party" is a name)
const CALENDAR = new Set([
  ...MONTH_NAMES,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_NAMES,
  ...WEEKDAY_ABBREVIATIONS,
]);

/**
 * The tone of a written word in its place (before `next`): one naming a side in politics before a role
 * or its name ("Opposition leader Ada Brenn", "the opposition Unity Party") or a status before the
 * people it names ("refused applicants") is of no tone, its own use is ("voiced opposition",
 * "opposition to the cuts").
 */
export function toneInPlace(text: string, next: string | undefined): WordTone {
  const tone = toneOfWord(text);
  if (tone === NO_TONE) return tone;
  const word = text.toLowerCase();
  if (NOT_BEFORE_NAME.has(word) && next && NAME.test(next) && !CALENDAR.has(next.toLowerCase()))
    return NO_TONE;
  return NOT_BEFORE.get(word)?.has(next?.toLowerCase() ?? '') ? NO_TONE : tone;
}

/**
 * What the tone lexicon says of a written word in its place (before `next`), read by stem with the
 * lexicon's exceptions ("Opposition leader …" is of no tone): the one lookup framing and the summary share.
 */
export function lexiconClassOf(text: string, next?: string): LexiconClass {
  return toneInPlace(text, next).c;
}

/**
 * The tone lexicon's entry that takes a written word in its place (before `next`): "clos*" for "closing"
 * and "closures"; null for a word of no tone there.
 */
export function toneEntryOf(text: string, next?: string): string | null {
  return lexiconClassOf(text, next).entry;
}
