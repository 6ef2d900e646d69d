import { type Doc, sentenceOf } from '../../../text/annotated.ts';
import type { PersonMention, ResolvedEntities } from '../entities/resolve.ts';
import { type Gender, genderBefore, genderOf } from './gender.ts';

// "Robin Ames, the mayor, met Paul Gruber. He said …": a "he" or "she" read as a person whose names say
// no gender may stand for another person named with it whose names do.

/** The gender a person's names, or the role word before one of their mentions ("his wife X"), tell. */
export function knownGender(
  doc: Doc,
  entities: ResolvedEntities,
  people: readonly PersonMention[],
  id: string,
): Gender {
  const e = entities.byId.get(id);
  return (e ? genderOf(e) : null) ?? genderBefore(doc, people, id);
}

/**
 * The person a "he" or "she" stands for, given `chosen`, the one the order of the text gave it: `chosen`
 * when their gender is known (it fits, or it was not chosen); else `chosen` only when no other person who
 * may be meant is named from the start of `chosen`'s sentence to `before` (where the pronoun's context
 * ends; `candidate`, by the index of their mention: one who fits, not a relative named after another:
 * "son Tom"), and none when one is: a name that says no gender may be either ("Chidi Okafor", "Robin
 * Ames"), so another person known to be of the pronoun's gender is no safer a choice than `chosen`
 * (review45c: "… Paul Gruber sold the depot … turned to union leader Chidi Okafor. “…,” he said" is
 * Okafor's); no speaker is better than a wrong one. When
 * `chosen` has spoken (`spoke`), only others who have spoken count: "Jose Ortega was arrested, Sgt. Robin
 * Reyes said. “…,” he added" is Reyes, whose report named Ortega.
 */
export function fittingPerson(
  doc: Doc,
  entities: ResolvedEntities,
  chosen: { entityId: string; token: number },
  context: { before: number; pronoun: string },
  candidate: (mention: number) => boolean,
  spoke: (entityId: string) => boolean,
): string | undefined {
  const { before, pronoun } = context;
  const want: Gender = pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : null;
  const people = entities.people.get(doc.id) ?? [];
  if (want === null || knownGender(doc, entities, people, chosen.entityId) !== null) return chosen.entityId;
  const first = doc.sentences[sentenceOf(doc, chosen.token)]?.first ?? chosen.token;
  const speaker = spoke(chosen.entityId);
  const others = new Set<string>();
  for (const [k, m] of people.entries())
    if (m.token >= first && m.token < before && m.entityId !== chosen.entityId && candidate(k))
      if (!speaker || spoke(m.entityId)) others.add(m.entityId);
  return others.size === 0 ? chosen.entityId : undefined;
}
