import { joinedRun, wordRun } from '../../text/quotes/wording.ts';

// (a text's word run and its joined form: text/quotes/wording.ts, read alike by the report)
export { joinedRun, wordRun };

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
