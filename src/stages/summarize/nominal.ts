import { trimE, verbOfNoun } from '../../text/nominal.ts';
import { stem } from '../../text/normalise.ts';
import type { Reading } from '../compare/support/index.ts';
import { baseStem, perReading } from '../compare/support/reading.ts';
import { sameClass, tells } from '../compare/support/relations.ts';
import { POINT_EVENT_CLASSES } from './data/event-classes.ts';

// stem → the stems of its point event classes
const POINT_CLASS_OF = new Map<string, string[]>();
for (const words of POINT_EVENT_CLASSES) {
  const stems = words.map(stem);
  for (const s of stems) POINT_CLASS_OF.set(s, [...(POINT_CLASS_OF.get(s) ?? []), ...stems]);
}

// The verb stems of a reading's words that may name an event as a noun, read once per reading.
const nounVerbs = perReading((r: Reading): readonly string[] => {
  const out = new Set<string>();
  for (const s of r.allStems) {
    const v = verbOfNoun(s);
    if (v !== null) out.add(v);
  }
  return [...out];
});

// Whether two verb stems tell one event: one word (an irregular form read as its base, "withdrawn" →
// "withdraw"; a final "e" aside, "announce" / "announc"), one predicate class or one point event
// class (data/event-classes.ts: "bought" / "acquired").
const oneVerb = (p: string, q: string): boolean => {
  const [x, y] = [baseStem(p), baseStem(q)];
  return trimE(x) === trimE(y) || sameClass(x, y) || (POINT_CLASS_OF.get(x)?.includes(y) ?? false);
};

/**
 * Whether `b` tells predicate `p` by a noun that names its event ("has been withdrawn" / "announced his
 * withdrawal", "was detained" / "his detention"), or `p` is such a noun of `a` and one of `b`'s
 * predicates is its verb. A verb and a noun, never two nouns: the endings cut make look-alikes of
 * nouns ("general" / "generation").
 */
export function toldAsNoun(p: string, a: Reading, b: Reading): boolean {
  const verb = a.predicates.includes(baseStem(p));
  if (verb) return nounVerbs(b).some((v) => oneVerb(p, v));
  const v = verbOfNoun(p);
  return v !== null && b.predicates.some((q) => oneVerb(q, v));
}

/**
 * Whether `b` tells one of `a`'s events, as a verb or as the noun that names it: a predicate of `a`
 * told by `b` (`tells`: the verb in any part of speech, or one of its class; or a word of its point
 * event class, data/event-classes.ts: "bought" / "was acquired", "killed" / "dead"), or told by a noun of
 * `b` ("has been withdrawn" / "announced his withdrawal"), or a noun of `a` that names the event of
 * one of `b`'s predicates ("announced Reyl's withdrawal" / "Reyl's nomination … has been
 * withdrawn"). For the single-source points only (paraphrase.ts).
 * @example
 * tellsEvent(read('The bid was withdrawn on Friday.'), read('It announced the withdrawal of the bid.')) // true
 */
export function tellsEvent(a: Reading, b: Reading): boolean {
  if (a.predicates.some((p) => tellsPredicate(p, a, b))) return true;
  return nounVerbs(a).some((v) => b.predicates.some((q) => oneVerb(q, v)));
}

/**
 * Whether `b` tells predicate `p` of `a`: as a verb in any part of speech or one of its class
 * (`tells`), by the noun that names its event (`toldAsNoun`), or by a word of its point event class.
 */
export function tellsPredicate(p: string, a: Reading, b: Reading): boolean {
  return tells(p, b) || toldAsNoun(p, a, b) || [...b.allStems].some((s) => oneVerb(p, s));
}
