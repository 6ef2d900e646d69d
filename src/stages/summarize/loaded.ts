import type { Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';
import {
  LOADED_NEGATIVE_WORDS,
  LOADED_POSITIVE_WORDS,
  LOADED_SUBJECTIVE_WORDS,
  NOT_TONE_WORDS,
} from '../compare/data/tone-lexicon.ts';
import { compilePhrases, matchPhrase } from '../compare/text.ts';

// the framing stage's loaded words ("gut", "axe*", "climbdown*", "furious*", "stunning"), read as its
// tone lexicon is read: a word's stem against each entry, a trailing `*` taking any ending
const LOADED = compilePhrases([
  ...LOADED_NEGATIVE_WORDS,
  ...LOADED_POSITIVE_WORDS,
  ...LOADED_SUBJECTIVE_WORDS,
]);
const NOT_TONE = new Set(NOT_TONE_WORDS);
// memoised by folded word, bounded as framing/tone.ts's WORD_TONES is (a server reads words without end)
const ENTRIES = new Map<string, string | null>();
const ENTRIES_LIMIT = 100_000;

/** The framing lexicon's loaded-word entry that takes a written word ("axe*" for "axed"), or null. */
export function loadedEntryOf(word: string): string | null {
  const key = fold(word).toLowerCase();
  let entry = ENTRIES.get(key);
  if (entry === undefined) {
    const at = [stem(word)];
    entry = NOT_TONE.has(key) ? null : (LOADED.find((p) => matchPhrase(at, 0, p) > 0)?.source ?? null);
    if (ENTRIES.size >= ENTRIES_LIMIT) ENTRIES.clear();
    ENTRIES.set(key, entry);
  }
  return entry;
}

/**
 * The loaded words a run of tokens tells in its own voice (`quoted`: whether a token lies inside a
 * quotation, which is its speaker's wording): "furious" and "gut" of "furious residents … its plan to
 * gut …". The summary keeps them out of its own voice as it keeps contested terms out.
 */
export function loadedWords(tokens: readonly Token[], quoted: (t: Token) => boolean = () => false): string[] {
  return tokens.flatMap((t, k) => {
    // a noun right after a preposition tells how ("resigned in disgrace"), as voice.ts reads a verdict
    if (!/\p{L}/u.test(t.text) || quoted(t) || (t.pos === 'NOUN' && tokens[k - 1]?.pos === 'ADP')) return [];
    const entry = loadedEntryOf(t.text);
    return entry ? [entry] : [];
  });
}
