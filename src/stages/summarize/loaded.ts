import type { Token } from '../../model/index.ts';
import { lexiconClassOf } from '../compare/framing/word-tone.ts';

/**
 * The framing lexicon's loaded-word entry that takes a written word (before `next`) as its tone lexicon
 * reads it, by stem with a trailing `*` taking any ending ("axe*" for "axed"), or null.
 */
export function loadedEntryOf(word: string, next?: string): string | null {
  return lexiconClassOf(word, next).loaded;
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
    const entry = loadedEntryOf(t.text, tokens[k + 1]?.text);
    return entry ? [entry] : [];
  });
}
