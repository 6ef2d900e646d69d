import { type Doc, sentenceOf } from '../../../text/annotated.ts';
import { CUE_VERBS, INDIRECT_CUES } from '../data/speech.ts';
import type { ResolvedEntities } from '../entities/resolve.ts';
import { isOrgWord, isPlaceWord } from '../names/lexicon.ts';
import { genderOfNames } from './gender.ts';
import { untypedNameBetween } from './unnamed-subject.ts';

// "Dorian Falk, of the Renewal party, said the ruling was “a gift to the gangs”. “…,” he said.": a bare
// "he" or "she" right after a sentence whose speaker is a person the story holds no entity for (a name
// the lists do not type) stands for that person, when no one else is named between.

/** What the rule reads of an earlier speaker. */
interface EarlierSpeaker {
  readonly name: string;
  readonly entityId: string | null;
  readonly entityIds?: readonly string[];
  readonly token: number;
  readonly cueToken: number;
  readonly paragraph: number;
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** Whether a speaker's name reads as a person's full name: two or more capitalised words, none a body's or a place's. */
function personName(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && words.every((w) => NAME_WORD.test(w) && !isOrgWord(w) && !isPlaceWord(w));
}

/**
 * The name of the speaker a "he" or "she" at token `a` stands for when the antecedent found no entity: the
 * last speaker before it, named by a person's name with no entity, in the pronoun's sentence or the one
 * right before (which may close the paragraph before), whose name does not say the other gender, with no
 * person named and no sentence opening with an untyped name between and no speech verb after its own cue; else undefined (a wrong speaker is
 * worse than none).
 */
export function namedSpeakerBefore(
  doc: Doc,
  entities: ResolvedEntities,
  previous: readonly EarlierSpeaker[],
  at: { a: number; paragraph: number; pronoun: string },
): string | undefined {
  const prev = previous.findLast((p) => p.token < at.a);
  if (!prev || prev.entityId !== null || prev.entityIds || !personName(prev.name)) return undefined;
  const sentence = sentenceOf(doc, at.a);
  const from = sentenceOf(doc, prev.token);
  if (from < sentence - 1 || at.paragraph - prev.paragraph > 1) return undefined;
  const other = at.pronoun === 'he' ? 'female' : at.pronoun === 'she' ? 'male' : undefined;
  if (!other || genderOfNames(prev.name) === other) return undefined;
  // "X said …, and the shelter's manager said …. “…,” he said": someone else speaks between
  const first = doc.sentences[sentence]?.first ?? at.a;
  for (let k = Math.max(prev.token, prev.cueToken) + 1; k < first; k++) {
    const norm = doc.tokens[k]?.norm ?? '';
    if (CUE_VERBS.has(norm) || INDIRECT_CUES.has(norm)) return undefined;
  }
  const people = entities.people.get(doc.id) ?? [];
  if (people.some((m) => m.token > prev.token && m.token < at.a)) return undefined;
  return untypedNameBetween(doc, entities, prev.token, sentence) ? undefined : prev.name;
}
