// The words a correction is about, read as the still-carried checks read them: a sentence of another
// outlet gives what a note put right only beside one of them.
import type { Sentence, Token } from '../../model/index.ts';
import { NOTE_OWN_WORDS } from '../../text/data/editors-notes.ts';
import { stem } from '../../text/normalise.ts';
import { isContent } from './sentence-words.ts';

/**
 * What a correction put right: the value or wording it calls wrong and the one it gives instead (as
 * the note writes them; null where the note gives none, or for a quotation), and the test of a
 * sentence that still gives the wrong one.
 */
export interface PutRight {
  readonly wrong: string;
  readonly right: string | null;
  readonly carries: (sentence: Sentence, text: string) => boolean;
}

// Words of a note that tell of the article, not of what it got wrong: no evidence of one subject.
const NOTE_WORDS = new Set(NOTE_OWN_WORDS.map(stem));

/** The stems of a sentence's content words outside `leave` (stems), which tell what a note is about. */
export const aboutWords = (tokens: readonly Token[], leave: ReadonlySet<string | null>): Set<string> =>
  new Set(
    tokens
      .filter(isContent)
      .map((t) => stem(t.text))
      .filter((w) => !NOTE_WORDS.has(w) && !leave.has(w)),
  );

/** Whether a sentence has one of `words`; with `common`, not in a name's capitals ("Kell Park"). */
export const sharesWord = (s: Sentence, words: ReadonlySet<string>, common = false): boolean =>
  s.tokens.some(
    (t, i) => isContent(t) && words.has(stem(t.text)) && !(common && i > 0 && /^\p{Lu}/u.test(t.text)),
  );
