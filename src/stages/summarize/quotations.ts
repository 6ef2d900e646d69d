import { holdsRun, joinedRun, wordRun } from '../compare/word-runs.ts';
import { quoteRanges } from './text.ts';

/**
 * The passages a sentence holds inside quotation marks, each cut at an ellipsis or a bracketed
 * insertion (the quoter's marks, not the speaker's words).
 * @example
 * quotedPassages('She spoke of “a plan […] for the pier.”') // ['a plan ', ' for the pier.']
 */
export function quotedPassages(text: string): string[] {
  return quoteRanges(text)
    .flatMap(([start, end]) => text.slice(start, end).split(/\.\.\.|…|\[[^\]]*\]/u))
    .filter((passage) => wordRun(passage).length > 0);
}

/**
 * Whether a text holds every passage word for word (in any case, accent or quotation-mark form):
 * an article cited for a sentence that quotes someone must hold the words inside its quotation
 * marks, not only what they tell ("manage the ferry queues" is not held by "manage the long ferry queues").
 */
export function holdsPassages(text: string, passages: readonly string[]): boolean {
  if (!passages.length) return true;
  const joined = joinedRun(wordRun(text));
  return passages.every((passage) => holdsRun(joined, passage));
}
