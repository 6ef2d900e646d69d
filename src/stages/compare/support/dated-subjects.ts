import type { Token } from '../../../model/index.ts';
import { stem } from '../../../text/normalise.ts';
import type { Reading } from './reading.ts';

// Whether two dated sentences tell of other things: "The hiker Mara Lind was found … on Friday" and
// "Her car was found … on Thursday" are two finds, not one event on two days (contradicts.ts asks it
// before a date difference).

// how far before its date the verb it dates is looked for ("was found alive in a hut near Kessby on")
const VERB_REACH = 12;
// the words of a verb's group between it and its subject ("was", "has been", "was later")
const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);
// the words of a subject's noun phrase ("The hiker Mara Lind", "Her car", "the 400 residents")
const PHRASE_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
const BREAK = /^[,;:()]$/;

// The stems of the common nouns of the subject of the verb the sentence's first date is told with:
// the noun phrase right before that verb's group, or none when no verb or no noun is found.
function datedSubjectNouns(r: Reading): Set<string> {
  const tokens = r.claim.tokens;
  const first = r.dates[0]?.written.split(' ')[0];
  const at = first === undefined ? -1 : tokens.findIndex((t) => t.norm.replace(/\.$/, '') === first);
  const out = new Set<string>();
  let k = at - 1;
  for (; k >= Math.max(0, at - VERB_REACH); k--) {
    const t = tokens[k] as Token;
    if (BREAK.test(t.text)) return out;
    if (t.pos === 'VERB') break;
  }
  if (k < 0 || tokens[k]?.pos !== 'VERB') return out;
  k--;
  while (k >= 0 && GROUP_POS.has((tokens[k] as Token).pos)) k--;
  for (; k >= 0 && PHRASE_POS.has((tokens[k] as Token).pos); k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'NOUN') out.add(stem(t.norm));
  }
  return out;
}

/**
 * True when each side's dated verb has a subject with a common noun, and no such noun of one side
 * is a word of the other ("The hiker … was found" / "Her car was found"): other participants, no
 * one event told on two days. A subject told by a name alone ("Mara Lind was found") is no evidence
 * either way: the date is compared.
 * @example
 * otherDatedSubjects(read('The hiker was found on Friday.'), read('Her car was found on Thursday.')) // true
 */
export function otherDatedSubjects(a: Reading, b: Reading): boolean {
  const [na, nb] = [datedSubjectNouns(a), datedSubjectNouns(b)];
  if (!na.size || !nb.size) return false;
  const stems = (r: Reading) => new Set(r.claim.tokens.map((t) => stem(t.norm)));
  const [sa, sb] = [stems(a), stems(b)];
  return ![...na].some((n) => sb.has(n)) && ![...nb].some((n) => sa.has(n));
}
