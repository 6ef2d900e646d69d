import type { Doc } from '../../../text/annotated.ts';
import { TIME_UNITS } from '../../../text/data/numbers.ts';
import { TIME_ADJUNCTS } from '../data/function-words.ts';

/**
 * Whether the comma at token `k` opens the narrator's time of what was reported, a length of time and
 * "after" or "before" ("…, a day after the minister issued a directive", "…, two days after the council voted"):
 * the writer's words, not the speaker's.
 */
export function narratorTimeAt(doc: Doc, k: number): boolean {
  if (doc.tokens[k]?.text !== ',') return false;
  let j = k + 1;
  if (/^(DET|NUM)$/.test(doc.tokens[j]?.pos ?? '')) j++;
  if (TIME_UNITS.has(doc.tokens[j]?.norm ?? '')) j++;
  return j > k + 1 && TIME_ADJUNCTS.has(doc.tokens[j]?.norm ?? '');
}
