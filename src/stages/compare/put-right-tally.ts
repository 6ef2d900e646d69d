// A correction of a vote's or a game's tally: "An earlier version of this article said the vote was
// seven to four. It was eight to three." The tally in the clause after the note's cue is wrong; the
// note's other pair of counts, the right one (read loosely: in a note that calls a tally wrong, "It was
// eight to three" is its tally). A sentence of another outlet still gives the wrong tally when it tells
// it as its own (text/tally.ts, either order: "voted four to seven against" is one tally) beside a word
// of the note's clause, and not the right one too.
import type { SegmentedArticle, Sentence, Token } from '../../model/index.ts';
import { countPairsIn } from '../../text/count-pairs.ts';
import { WRONG_CLAUSE_END } from '../../text/data/editors-notes.ts';
import type { EditorsNoteReading } from '../../text/editors-notes.ts';
import { stem } from '../../text/normalise.ts';
import { ownTalliesIn } from '../../text/own-tallies.ts';
import { type TallySpan, tallySpansIn } from '../../text/tally.ts';
import { aboutWords, type PutRight, sharesWord } from './note-words.ts';

interface Told {
  readonly tally: string;
  readonly at: number;
  readonly text: string;
  readonly s: Sentence;
}

/**
 * The tally a note puts right, with the test of a sentence that still gives it; null unless the note
 * gives one wrong tally (after a cue, in its clause: `cues` are offsets in the article) and one other.
 */
export function putRightTally(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  cues: readonly number[],
): PutRight | null {
  const { text } = doc.article;
  const sentences = note.sentences.map((i) => doc.sentences[i] as Sentence);
  const told = (read: (tokens: readonly Token[]) => TallySpan[]): Told[] =>
    sentences.flatMap((s) =>
      read(s.tokens).map((t) => {
        const [first, last] = [s.tokens[t.first] as Token, s.tokens[t.last] as Token];
        return { tally: t.tally, at: first.start, text: text.slice(first.start, last.end), s };
      }),
    );
  const isWrong = (at: number): boolean =>
    cues.some((c) => c <= at && !WRONG_CLAUSE_END.test(text.slice(c, at)));
  const wrong = told(tallySpansIn).filter((t) => isWrong(t.at));
  const first = wrong[0];
  if (!first || wrong.some((t) => t.tally !== first.tally)) return null;
  const right = told(countPairsIn).filter((t) => !isWrong(t.at) && t.tally !== first.tally);
  const fixed = right[0];
  if (!fixed || right.some((t) => t.tally !== fixed.tally)) return null;
  const words = aboutWords(first.s.tokens, new Set(first.text.split(/\s+/).map((w) => stem(w))));
  if (!words.size) return null;
  return {
    wrong: first.text,
    right: fixed.text,
    carries: (s) => {
      const own = ownTalliesIn(s.tokens);
      return own.includes(first.tally) && !own.includes(fixed.tally) && sharesWord(s, words, true);
    },
  };
}
