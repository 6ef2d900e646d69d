import { fold } from '../../text/normalise.ts';

/**
 * The words of a text in order, folded (case, accents, curly apostrophes), punctuation left out.
 * @example
 * wordRun('“Ongoing efforts,” she said.') // ['ongoing', 'efforts', 'she', 'said']
 */
export const wordRun = (text: string): string[] => (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);

/** A word run as one string with a space at each end, for `holdsRun`. */
export const joinedRun = (words: readonly string[]): string => ` ${words.join(' ')} `;

/**
 * Whether a joined run (`joinedRun`) holds a passage's words one after another: the same words in the
 * same order, in any case, accent, quotation-mark or punctuation form, nothing left out or put in.
 * @example
 * holdsRun(joinedRun(wordRun('to manage “the ferry queues,” he said')), 'Manage the ferry queues') // true
 * holdsRun(joinedRun(wordRun('to manage the long ferry queues')), 'manage the ferry queues') // false
 */
export function holdsRun(joined: string, passage: string): boolean {
  const words = wordRun(passage);
  return words.length > 0 && joined.includes(joinedRun(words));
}
