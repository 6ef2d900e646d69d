// Words a headline or lead tells under a negation: "Small fire at the market, no one hurt" tells of
// no one hurt, and shares no event with "Fire at the terminal, 14 hurt" through "hurt". A general rule
// on the tagger's parts of speech: after a subject that negates what is told of it ("no one",
// "nobody", "none"), past at most `REACH` words that only carry it to its word (an auxiliary, adverb,
// particle, determiner, pronoun or number: "was", "were ever"), the first content word is negated.
// Only such subjects: a negated verb or noun is often the news itself ("will not run", "no deal",
// "claims without evidence"), and outlets telling one event tell it so alike.
import type { Token } from '../../model/index.ts';
import { NEGATED_SUBJECTS } from './data/negation-words.ts';

const SUBJECTS = NEGATED_SUBJECTS.map((phrase) => phrase.split(' '));
const CARRIERS = new Set(['AUX', 'ADV', 'PART', 'DET', 'PRON', 'NUM']);
const CONTENT = new Set(['VERB', 'NOUN', 'ADJ']);
const REACH = 3;

// The number of tokens of the negating subject that starts at `i`, or 0.
function subjectAt(tokens: readonly Pick<Token, 'norm'>[], i: number): number {
  for (const words of SUBJECTS) if (words.every((w, k) => tokens[i + k]?.norm === w)) return words.length;
  return 0;
}

/**
 * The indexes of the tokens told under a negating subject.
 * @example
 * negatedTokens(tokensOf('No one was hurt in the crash.')) // Set { 3 } ("hurt"; not "crash")
 */
export function negatedTokens(tokens: readonly Pick<Token, 'norm' | 'pos'>[]): ReadonlySet<number> {
  const negated = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const length = subjectAt(tokens, i);
    if (!length) continue;
    const from = i + length;
    let k = from;
    while (k < from + REACH && CARRIERS.has(tokens[k]?.pos ?? '')) k++;
    if (CONTENT.has(tokens[k]?.pos ?? '')) negated.add(k);
  }
  return negated;
}
