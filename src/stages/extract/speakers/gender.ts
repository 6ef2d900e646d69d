import type { Entity } from '../../../model/index.ts';
import type { Doc } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { type Gender, genderFits } from '../../../text/pronoun-rule.ts';
import { FEMALE_GIVEN, FEMALE_WORDS, MALE_GIVEN, MALE_WORDS, SPOUSE_OF } from '../data/gender.ts';
import type { PersonMention } from '../entities/graph.ts';

/** What the names of a person say of their gender, or null when they say nothing or disagree. */
export type { Gender } from '../../../text/pronoun-rule.ts';

const CACHE = new WeakMap<Entity, Gender>();

/** The gender a person's names show: a given name from the lists, an honorific or a gendered role word. */
export function genderOf(entity: Entity): Gender {
  const cached = CACHE.get(entity);
  if (cached !== undefined) return cached;
  const gender = genderOfNames(entity.name, entity.aliases);
  CACHE.set(entity, gender);
  return gender;
}

/** The gender a name and its other forms show (`genderOf` for a speaker the story holds no entity for). */
export function genderOfNames(name: string, aliases: readonly string[] = []): Gender {
  let female = false;
  let male = false;
  for (const form of [name, ...aliases]) {
    const words = foldName(form).toLowerCase().split(/\s+/);
    for (const w of words) {
      female ||= FEMALE_WORDS.has(w);
      male ||= MALE_WORDS.has(w);
    }
  }
  // the given name: the first of the name's words before its last that a list knows, a title or a role
  // may come first ("Prosecutor Eric Nichols"); the last word is a surname ("Elizabeth Warren")
  const names = foldName(name).toLowerCase().split(/\s+/);
  const given =
    names.slice(0, Math.max(1, names.length - 1)).find((w) => FEMALE_GIVEN.has(w) || MALE_GIVEN.has(w)) ?? '';
  female ||= FEMALE_GIVEN.has(given);
  male ||= MALE_GIVEN.has(given);
  return female === male ? null : female ? 'female' : 'male';
}

/** True when a person of this entity may be "he" or "she" (`pronoun`, lower-case); other pronouns fit anyone. */
export function fitsPronoun(entity: Entity | undefined, pronoun: string): boolean {
  return entity !== undefined && genderFits(genderOf(entity), pronoun);
}

/** Most words between "of" and the names it opens ("the wives of former church leader Winston Blackmore"). */
const MAX_BEFORE_NAMES = 6;

// "one of the wives of former church leader X": a spouse word and "of" before the names, with only
// the words of their noun phrase between, say the other gender (SPOUSE_OF)
function spouseOf(doc: Doc, token: number): Gender {
  for (let k = token - 1; k >= 1 && token - k <= MAX_BEFORE_NAMES + 1; k--) {
    const t = doc.tokens[k];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return null;
    if (t.norm === 'of') return SPOUSE_OF[doc.tokens[k - 1]?.norm ?? ''] ?? null;
  }
  return null;
}

/**
 * What the words right before a person's names in this article say of their gender: "his wife Deborra-Lee
 * Furness", "her husband, Lee Park," (a gendered role word of data/gender.ts), "the wives of X", or null.
 */
export function genderBefore(doc: Doc, people: readonly PersonMention[], entityId: string): Gender {
  let gender: Gender = null;
  for (const m of people) {
    if (m.entityId !== entityId) continue;
    const k = doc.tokens[m.token - 1]?.text === ',' ? m.token - 2 : m.token - 1;
    const word = doc.tokens[k]?.norm ?? '';
    const said: Gender = FEMALE_WORDS.has(word)
      ? 'female'
      : MALE_WORDS.has(word)
        ? 'male'
        : spouseOf(doc, m.token);
    if (said && gender && said !== gender) return null;
    gender = said ?? gender;
  }
  return gender;
}
