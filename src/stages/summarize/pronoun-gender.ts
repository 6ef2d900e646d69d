import type { Entity, SegmentedArticle } from '../../model/index.ts';
import { genderFits } from '../../text/pronoun-rule.ts';
import { type Gender, gendersOf, mentionIndex } from '../compare/mentions.ts';

// The gender each of an article's persons is told by its words ("Mr. Hale", "Hale said he …"), per
// article and entity list: one reading of the article for all its sentences.
const TOLD = new WeakMap<SegmentedArticle, WeakMap<readonly Entity[], ReadonlyMap<string, Gender>>>();

function toldGenders(doc: SegmentedArticle, entities: readonly Entity[]): ReadonlyMap<string, Gender> {
  let byList = TOLD.get(doc);
  if (!byList) {
    byList = new WeakMap();
    TOLD.set(doc, byList);
  }
  let told = byList.get(entities);
  if (!told) {
    const mentions = mentionIndex(entities).get(doc.article.id) ?? [];
    told = gendersOf(
      doc.sentences.map((s) => s.tokens),
      mentions,
    );
    byList.set(entities, told);
  }
  return told;
}

/**
 * Whether "he" or "she" may stand for a person: not when the article's words tell the other gender (a
 * title before a mention, "Mr. Hale" / "Ms. Hale", or a pronoun after the person's reporting verb, "Hale
 * said she …") or the person's names do (a given name, an honorific), nor when the two disagree (unsure).
 * @example
 * pronounFits('she', hale, doc, entities) // false when the article writes "Mr. Hale"
 */
export function pronounFits(
  pronoun: string,
  person: Entity,
  doc: SegmentedArticle,
  entities: readonly Entity[],
): boolean {
  const told = toldGenders(doc, entities).get(person.id);
  const mention = mentionIndex(entities)
    .get(doc.article.id)
    ?.find((m) => m.id === person.id);
  const named = mention?.gender;
  if (told && named && told !== named) return false;
  const gender = told ?? named;
  // (the one pronoun rule's fit, text/pronoun-rule.ts, as the quote speakers and the claims read it)
  return genderFits(gender === 'f' ? 'female' : gender === 'm' ? 'male' : null, pronoun);
}
