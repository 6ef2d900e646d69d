import type { Doc, Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { GIVEN_NAMES } from '../data/given-names.ts';
import { FACILITY_WORDS } from '../data/places.ts';
import { COMMON_SURNAMES, WORD_SURNAMES } from '../data/surnames.ts';
import { isOrgWord, PLACE_NAMES } from './lexicon.ts';
import type { LastPlace } from './roles.ts';
import { wordsOf } from './runs.ts';
import { findTitle } from './title-lookup.ts';
import { placeOf } from './types.ts';

/** Where the name proper starts in a run after any title, and the role and what it is of that the title gives. */
export interface TitleSplit {
  readonly nameStart: number;
  readonly role: string | null;
  readonly roleOf: string | null;
  /** One past a known place before the title ("Texas" in "Texas Governor …"), to record as a place; else null. */
  readonly placeEnd: number | null;
  /** The run is only a title ("Texas Governor"): no name follows, the role stands alone. */
  readonly titleOnly: boolean;
}

/** Split a title off the run a..b ("Texas Governor Ann Simpson"), with the role it gives and what that is of. */
export function splitTitle(doc: Doc, a: number, b: number, lastPlace: LastPlace | null): TitleSplit {
  const toks = doc.tokens;
  const title = findTitle(doc, a, b);
  let nameStart = a;
  let role: string | null = null;
  let roleOf: string | null = null;
  let placeEnd: number | null = null;
  // "The Hollywood Reporter", "The Daily Star": a title that ends a run a capital "The" opens names a paper
  const paper = title !== null && title.end === b && title.at > a && toks[a - 1]?.text === 'The';
  if (title && title.end <= b && !paper) {
    nameStart = title.end;
    role = title.role || null;
    const prefix = wordsOf(doc, a, title.at);
    if (prefix.length) {
      const place = placeOf(prefix) ?? placeOf(prefix.slice(0, 1));
      roleOf = place ?? foldName(prefix.join(' '));
      if (place && PLACE_NAMES.has(foldName(prefix.join(' ')))) placeEnd = title.at;
    } else if (lastPlace) roleOf = lastPlace.roleOf;
    if (title.end > title.at + 1 && (toks[title.at + 1] as Tok).text === 'of') {
      roleOf ??= foldName(wordsOf(doc, title.at + 2, title.end).join(' ')).replace(/^the /, '');
    }
    // "Department of Criminal Justice": a title closing a body's name is part of that name
    const head = nameStart >= b && title.at > a ? wordsOf(doc, a, title.at) : [];
    // … but "Police Chief" is a role of the body before it
    const body = head.some((w) => isOrgWord(w)) && !isOrgWord(head[head.length - 1] ?? '');
    if (body) {
      nameStart = a;
      role = null;
      roleOf = null;
    } else if (nameStart >= b) return { nameStart, role, roleOf, placeEnd, titleOnly: true };
    const nameWords = wordsOf(doc, nameStart, b);
    if (
      (nameWords.some((w) => isOrgWord(w)) && isOrgWord(nameWords[nameWords.length - 1] ?? '')) ||
      facilityName(nameWords)
    ) {
      nameStart = a;
      role = null;
      roleOf = null;
    }
  }
  return { nameStart, role, roleOf, placeEnd, titleOnly: false };
}

/**
 * "Kelby General Hospital", "Union Station": words after a title that end in a facility's word (which is
 * no common surname: "Mayor Hall" is a person) and open with no given name make the whole run a
 * facility's name, the title one of its words.
 */
function facilityName(words: readonly string[]): boolean {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return (
    FACILITY_WORDS.has(last) &&
    !COMMON_SURNAMES.has(last) &&
    !WORD_SURNAMES.has(last) &&
    !GIVEN_NAMES.has(foldName(words[0] ?? ''))
  );
}
