/**
 * The one normalisation of words every stage compares text by: a fold (case and accents), a fold of
 * names (also possessives, dots and dashes), a light stemmer, the content-word test and the word count.
 */
import { IRREGULAR_FORMS } from './data/word-forms.ts';

// Folds and stems are pure functions of the word, so they are memoised across calls (and across
// articles: a news vocabulary repeats); a cache is emptied when it grows past its limit.
const CACHE_LIMIT = 100_000;
const FOLDS = new Map<string, string>();
const NAME_FOLDS = new Map<string, string>();
const STEMS = new Map<string, string>();

function memo(cache: Map<string, string>, key: string, compute: (key: string) => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Lower-case and strip accents, so "López" and "Lopez" compare equal; curly apostrophes become straight.
 * @example
 * fold('López’s') // "lopez's"
 */
export function fold(word: string): string {
  // most words are printable ASCII, whose fold is their lower case: a scan of their few characters
  // costs far less than a look-up in the cache (a hash table of some 30,000 words, about 0.1 µs)
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return memo(FOLDS, word, foldWord);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}

function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // most words are plain ASCII: skip the costly Unicode decomposition for them
  if (PRINTABLE_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
}

/**
 * Fold a name for matching one mention with another: accents removed, lower case, a final possessive
 * and dots dropped, dashes made hyphens, trimmed.
 * @example
 * foldName('Dr. Núñez’s') // "dr nunez"
 */
export function foldName(text: string): string {
  return memo(NAME_FOLDS, text, foldNameText);
}

function foldNameText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\./g, '')
    .replace(/[‐‑–—]/g, '-')
    .trim();
}

const DOUBLE_END = /([bdfgkmnprt])\1$/;
const STEMMABLE = /^[a-z-]+$/;
const POSSESSIVE_END = /'s$|'$/;
const PLURAL_KEPT = /(ss|us|is)$/;
const ADVERB_END = /(al|ous|ive|ent|ant|ful|less|ic|ate|ed)ly$/;

/**
 * A light suffix-stripping stemmer (a few of Porter's steps plus a table of irregular forms): enough
 * to make "meeting"/"meet"/"met" or "crossings"/"crossing" one term, and transparent. It folds first.
 * @example
 * stem('Crossings') // "cross"
 */
export function stem(word: string): string {
  return memo(STEMS, word, stemWord);
}

function stemWord(word: string): string {
  let w = fold(word).replace(POSSESSIVE_END, '');
  const irregular = IRREGULAR_FORMS[w];
  if (irregular) return irregular;
  if (w.length <= 3 || !STEMMABLE.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !PLURAL_KEPT.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (ADVERB_END.test(w)) w = w.slice(0, -2);
  if (DOUBLE_END.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/**
 * The parts of speech (wink-nlp's universal tags) whose words carry content; a stage that leaves
 * adverbs out (they rarely name what happened) uses `CONTENT_POS_NO_ADVERBS`.
 */
export const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM']);

/** The content parts of speech without adverbs. */
export const CONTENT_POS_NO_ADVERBS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether a piece of text holds a letter or a digit (a word, not bare punctuation or a symbol). */
export function isWord(text: string): boolean {
  return HAS_WORD_CHAR.test(text);
}

/**
 * Whether a token is a content word: a content part of speech (`pos`, by default `CONTENT_POS`), not
 * a stop word, with a letter or digit.
 */
export function isContentWord(
  token: { readonly text: string; readonly pos: string; readonly stop: boolean },
  pos: ReadonlySet<string> = CONTENT_POS,
): boolean {
  return !token.stop && pos.has(token.pos) && HAS_WORD_CHAR.test(token.text);
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * Count words the way readers do: runs of letters and digits, with inner apostrophes, dots and hyphens.
 * @example
 * countWords('U.S. state-of-the-art, 3.5 km') // 4
 */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Where each word `countWords` counts starts in `text`. */
export const wordStarts = (text: string): number[] => [...text.matchAll(WORD)].map((m) => m.index);
