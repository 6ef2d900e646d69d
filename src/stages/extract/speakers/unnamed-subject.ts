import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import type { ResolvedEntities } from '../entities/resolve.ts';
import { entityAt } from './bodies-joined.ts';

// A "he" or "she" may stand for a person the story names but could not type ("Ysolde Carrowmere of the
// Friends of Orlen Library wept in the gallery."): a sentence that opens with a name no entity holds.

const CAPITALISED = /^\p{Lu}/u;

// Whether sentence `s` opens with two capitalised proper nouns, neither the start of an entity's mention.
function opensWithUntypedName(doc: Doc, entities: ResolvedEntities, s: number): boolean {
  const first = doc.sentences[s]?.first;
  if (first === undefined) return false;
  const [a, b] = [doc.tokens[first], doc.tokens[first + 1]];
  const name = (t: Tok | undefined) => t !== undefined && t.pos === 'PROPN' && CAPITALISED.test(t.text);
  if (!name(a) || !name(b)) return false;
  return entityAt(doc, entities, first) === undefined && entityAt(doc, entities, first + 1) === undefined;
}

/**
 * Whether a sentence after the one holding token `from` and before sentence `pronounSentence` opens with a
 * name no entity holds (the pronoun's own included): a person named there may be whom the pronoun stands for, so one named before
 * that sentence is not sure to be.
 */
export function untypedNameBetween(
  doc: Doc,
  entities: ResolvedEntities,
  from: number,
  pronounSentence: number,
): boolean {
  if (from < 0 || from >= doc.tokens.length) return false;
  const start = sentenceOf(doc, from);
  for (let s = start + 1; s <= pronounSentence; s++) if (opensWithUntypedName(doc, entities, s)) return true;
  return false;
}
