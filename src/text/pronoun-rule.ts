// One rule for whom a "he" or "she" stands for, read by the quote speakers (extract/speakers/
// pronoun-fit.ts) and by the claims shown as "[Name] wants …" (compare/mention-reading.ts): a claim
// never names one the speakers' rule would not. Each path first chooses a person by the order of its
// text (the last one named, a sentence's subject); this rule then says whether that choice holds.

/** What a person's names or the article's words tell of their gender; null when nothing does. */
export type Gender = 'female' | 'male' | null;

/** The gender a subject pronoun asks for: "he" a man, "she" a woman; null for "it", "they" and others. */
export function pronounGender(pronoun: string): Gender {
  const word = pronoun.toLowerCase();
  return word === 'she' ? 'female' : word === 'he' ? 'male' : null;
}

/** Whether a person of `gender` may be the pronoun: not one known to be of the other gender. */
export function genderFits(gender: Gender, pronoun: string): boolean {
  const want = pronounGender(pronoun);
  return want === null || gender === null || gender === want;
}

/** A person who may be meant, by an id of the path's own, with the gender known of them. */
export interface PronounCandidate<Id> {
  readonly id: Id;
  readonly gender: Gender;
  /** Whether they are the subject their sentence opens with ("Rayford Dunmore … shot Lena Ortiz"). */
  readonly subject?: boolean;
}

/**
 * Whom a "he" or "she" stands for, given `chosen` (the person the order of the text gave it) and
 * `others` (the other people named in its context): `chosen` when they are the subject their sentence
 * opens with and known to be of the pronoun's gender ("Paul Gruber met Tom Weller. He said …": Gruber;
 * "Ms Vollan walked with Mayor Ilse Tannery. She promised …": Vollan); else `chosen` when they may be the
 * pronoun (not known to be of the other gender) and no other may be; else no one. A name that says no
 * gender ("Robin Ames", "Chidi Okafor") may be either, so a man named with one is no safer a choice than
 * they are (review45c), and one such holds nothing as the subject ("Rayford Dunmore … shot Lena Ortiz.
 * He fled …": no one). No one is better than a wrong one. Other pronouns ("it", "they") keep `chosen`.
 * @example
 * pronounTaker('he', { id: 'ames', gender: null }, [{ id: 'gruber', gender: 'male' }]) // undefined
 * pronounTaker('he', { id: 'ames', gender: null }, [{ id: 'holt', gender: 'female' }]) // 'ames'
 */
export function pronounTaker<Id>(
  pronoun: string,
  chosen: PronounCandidate<Id>,
  others: readonly PronounCandidate<Id>[],
): Id | undefined {
  const want = pronounGender(pronoun);
  if (want === null) return chosen.id;
  if (!genderFits(chosen.gender, pronoun)) return undefined;
  if (chosen.subject === true && chosen.gender === want) return chosen.id;
  return others.some((o) => o.id !== chosen.id && genderFits(o.gender, pronoun)) ? undefined : chosen.id;
}
