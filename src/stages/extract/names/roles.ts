import type { Doc, Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { TITLES } from '../data/titles.ts';
import { DEMONYMS } from './lexicon.ts';
import type { ArticleNames } from './records.ts';
import { isNameWord, UPPER } from './runs.ts';

/** The place last named in a sentence, which a title right after it ("Texas Governor", "Mexico's president") is of. */
export interface LastPlace {
  readonly roleOf: string;
  readonly start: number;
  readonly end: number;
}

/** Record a role that stands for a person without a name ("Mexico's president"), for the aliases to resolve. */
export function addRole(
  doc: Doc,
  start: number,
  end: number,
  role: string,
  roleOf: string,
  token: number,
  paragraph: number,
  out: ArticleNames,
): void {
  out.roles.push({
    form: 'role',
    articleId: doc.id,
    start,
    end,
    surface: doc.text.slice(start, end),
    role,
    roleOf,
    token,
    paragraph,
  });
}

/** A lower-case title after a place's possessive or a demonym: "Mexico's president", "the Mexican leader". */
export function maybeRole(
  doc: Doc,
  i: number,
  paragraph: number,
  lastPlace: LastPlace | null,
  out: ArticleNames,
): void {
  const t = doc.tokens[i] as Tok;
  const role = TITLES[t.norm];
  if (!role || isNameWord(doc.tokens[i + 1])) return;
  const prev = doc.tokens[i - 1];
  if (prev && (prev.text === '’s' || prev.text === "'s") && lastPlace) {
    addRole(doc, lastPlace.start, t.end, role, lastPlace.roleOf, i, paragraph, out);
    return;
  }
  const country = prev ? DEMONYMS.get(foldName(prev.text)) : undefined;
  if (prev && country && UPPER.test(prev.text))
    addRole(doc, prev.start, t.end, role, country, i, paragraph, out);
}
