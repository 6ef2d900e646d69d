import type { Doc, Tok } from '../../../text/annotated.ts';
import { narratorTimeAt } from '../speakers/narrator-time.ts';
import { pastDate } from './content-start.ts';

// Two readings of a speaker and what they said that the speech verb's neighbours settle.

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
const VERB_POS = new Set(['VERB', 'AUX']);

/**
 * "…, a move town staff said would save $300,000": what was said opens with its verb (its subject is the
 * noun the clause hangs on), so the speaker phrase "a move town staff" is that noun, then the speaker: the
 * speaker is the words after its determiner's first noun ("town staff"). The phrase [a, b) as it is otherwise.
 */
export function pastRelativeHead(doc: Doc, np: [number, number], contentStart: number): [number, number] {
  const [a, b] = np;
  if (!VERB_POS.has(doc.tokens[contentStart]?.pos ?? '')) return np;
  if (doc.tokens[a]?.pos !== 'DET' || doc.tokens[a + 1]?.pos !== 'NOUN' || b - a < 3) return np;
  for (let k = a + 2; k < b; k++) if (!NOMINAL.has((doc.tokens[k] as Tok).pos)) return np;
  return [a + 2, b];
}

/**
 * "The branches will stay open, Mayor Ann Wu said on Sunday, two days after the council voted to close
 * them.": a speaker set off by a comma after a clause, whose verb (and its day) a comma and the narrator's
 * time close (speakers/narrator-time.ts), told what comes before; the time after the comma is the
 * writer's. `start` is the speaker phrase's first token, `c` the cue; false when no verb stands before
 * the speaker.
 */
export function saidBefore(doc: Doc, first: number, start: number, c: number, end: number): boolean {
  if (start <= first || doc.tokens[start - 1]?.text !== ',') return false;
  if (!narratorTimeAt(doc, pastDate(doc, c + 1, end))) return false;
  return doc.tokens.slice(first, start - 1).some((t) => VERB_POS.has(t.pos));
}
