import { type Doc, sentenceOf } from '../../../text/annotated.ts';
import { type PronounCandidate, pronounTaker } from '../../../text/pronoun-rule.ts';
import type { PersonMention, ResolvedEntities } from '../entities/resolve.ts';
import { type Gender, genderBefore, genderOf } from './gender.ts';
import { roleSubject } from './role-subject.ts';

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
 * The person a "he" or "she" stands for, given `chosen`, the one the order of the text gave it, by the one
 * pronoun rule (text/pronoun-rule.ts pronounTaker): the others who may be meant are the people named from
 * the start of `chosen`'s sentence to `before` (where the pronoun's context ends; `candidate`, by the index
 * of their mention: one who fits, not a relative named after another: "son Tom"). A name that says no
 * gender may be either ("Chidi Okafor", "Robin Ames"; review45c: "… Paul Gruber sold the depot … turned to
 * union leader Chidi Okafor. “…,” he said" is no one's), and two known to fit may both be meant. When
 * `chosen` has spoken (`spoke`), only others who have spoken count: "Jose Ortega was arrested, Sgt. Robin
 * Reyes said. “…,” he added" is Reyes, whose report named Ortega.
 */
export function fittingPerson(
  doc: Doc,
  entities: ResolvedEntities,
  chosen: { entityId: string; token: number; subject: boolean },
  context: { before: number; pronoun: string },
  candidate: (mention: number) => boolean,
  spoke: (entityId: string) => boolean,
): string | undefined {
  const { before, pronoun } = context;
  const people = entities.people.get(doc.id) ?? [];
  const gender = (id: string) => knownGender(doc, entities, people, id);
  const first = doc.sentences[sentenceOf(doc, chosen.token)]?.first ?? chosen.token;
  const speaker = spoke(chosen.entityId);
  const others = new Map<string, PronounCandidate<string>>();
  for (const [k, m] of people.entries())
    if (m.token >= first && m.token < before && m.entityId !== chosen.entityId && candidate(k))
      if (!speaker || spoke(m.entityId))
        others.set(m.entityId, { id: m.entityId, gender: gender(m.entityId) });
  // "The minister met Paul Gruber. “…,” he said": the minister, whom no name tells, may be meant as well
  const sentence = doc.sentences[sentenceOf(doc, chosen.token)];
  const role = sentence && !speaker ? roleSubject(doc.tokens.slice(sentence.first, sentence.end)) : undefined;
  if (role !== undefined) others.set('', { id: '', gender: role });
  return pronounTaker(
    pronoun,
    { id: chosen.entityId, gender: gender(chosen.entityId), subject: chosen.subject },
    [...others.values()],
  );
}
