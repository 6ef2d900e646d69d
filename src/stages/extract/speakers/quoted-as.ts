import type { Doc, Tok } from '../../../text/annotated.ts';
import { phraseAfter } from './phrases.ts';
import { subjectBefore, verbGroup } from './subject.ts';

// Who "quoted … as saying" names: read by indirect speech (indirect/quoted-as.ts) and by the figures' sources.

/** Longest stretch from "quoted" to "as" (the channel "by the state news agency", or the quoted with an aside), in tokens. */
const MAX_QUOTED_SPAN = 20;

/**
 * Who "quoted … as saying" names, given "quoted" at `q` and "as" at `as`: the subject of a passive ("Lee was
 * quoted by the Courier as saying …", whose "by" phrase is only the channel), else the object of the active
 * verb ("the Courier quoted Lee as saying …"), its name when an aside names it ("quoted the port's chief,
 * Ann Wu, as saying").
 */
export function quotedPerson(doc: Doc, q: number, as: number, floor: number): [number, number] | null {
  const group = verbGroup(doc, q, floor);
  if (!group) return null;
  if (group.passive) {
    if (as > q + 1 && doc.tokens[q + 1]?.norm !== 'by') return null;
    return subjectBefore(doc, group.start, floor)?.np ?? null;
  }
  const object = phraseAfter(doc, q + 1, as);
  if (object && object[1] === as) return object;
  if (doc.tokens[as - 1]?.text !== ',') return null;
  let k = as - 2;
  while (k > q && (doc.tokens[k] as Tok).text !== ',') k--;
  const named = k > q + 1 ? phraseAfter(doc, k + 1, as - 1) : null;
  if (!named || named[1] !== as - 1) return null;
  for (let j = named[0]; j < named[1]; j++) if ((doc.tokens[j] as Tok).pos === 'PROPN') return named;
  return null;
}

/** Where "quoted" stands before the "as" of "as saying" at `as`, or -1. */
export function quotedBefore(doc: Doc, as: number, first: number): number {
  for (let q = as - 1; q >= first && as - q <= MAX_QUOTED_SPAN; q--) {
    const t = doc.tokens[q] as Tok;
    if (t.norm === 'quoted') return q;
    if (t.norm === 'as' || /^[.;:!?]$/.test(t.text)) return -1;
  }
  return -1;
}
