import type { Entity, SpeakerRole } from '../../../model/index.ts';
import { type Doc, sentenceOf, type Tok, tokenAt } from '../../../text/annotated.ts';
import {
  BODY_KINDS,
  CAUSE_WORDS,
  GENERIC_ROLES,
  PARTY_BEFORE,
  ROLE_KINDS,
  STATE_BODY_WORDS,
} from '../data/role-kinds.ts';
import { PROXIMITY_WORDS } from '../data/speech.ts';
import { HONORIFICS, ROLE_QUALIFIERS } from '../data/titles.ts';

// The kind of speaker a run of words gives (a role that says it, a body, an owner's generic role), and the
// kind of each body the story names, read in its name: role-kind.ts finds the words around a speaker's name.

type Kind = SpeakerRole['kind'];

/**
 * "Sahyadri managing director Vikram Deshpande said": a word that qualifies a role, before a common noun, is
 * a word of the role's phrase whatever its tag (a tagger reads "managing", "acting" as verbs).
 */
export const roleQualifier = (doc: Doc, k: number): boolean =>
  ROLE_QUALIFIERS.has((doc.tokens[k] as Tok).norm) && doc.tokens[k + 1]?.pos === 'NOUN';

/** The possessive "'s" as a token. */
export const POSSESSIVE = new Set(["'s", '’s']);
const PAST_ROLE = new Set(['former', 'ex', 'ex-', 'onetime', 'one-time']);

// a word (or two) of the text as a key: lower case, a plural also by its singular ("residents")
function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  if (key in table) return table[key];
  return key.endsWith('s') ? table[key.slice(0, -1)] : undefined;
}

// "the residents' group" names a campaign, "Halden Group" a company: a body's "group" in lower case only
const bodyKind = (t: Tok, key: string): Kind | undefined =>
  key === 'group' && t.text !== t.norm ? undefined : lookup(BODY_KINDS, key);

/**
 * The kind of each body the story names, by where a mention of it starts (`${articleId}:${start}`), with
 * where the mention ends: read in the body's name ("… Transport Authority" is official), null where it says none.
 */
export type NamedBodies = ReadonlyMap<string, { readonly kind: Kind | null; readonly end: number }>;
/** No named bodies. */
export const NO_BODIES: NamedBodies = new Map();

/** A kind read in a run of tokens, with the tokens [from, to) it is read from. */
interface KindAt {
  readonly kind: Kind;
  readonly from: number;
  readonly to: number;
}

/**
 * The kind the tokens [a, b) give: a role that says its kind ("mayor", "resident"), else the body or the
 * owner named with a generic role ("a council spokesperson", "the mayor's spokesperson") or, where
 * `bodies`, a body alone ("Elmbury Police", all of it), else a generic role's own kind ("president"); null
 * with none. Not past a word that ties the speaker to another ("a source close to the mayor").
 */
export function kindIn(
  doc: Doc,
  a: number,
  b: number,
  bodies: boolean,
  named: NamedBodies = NO_BODIES,
): KindAt | null {
  let own: KindAt | undefined;
  let owner: KindAt | undefined;
  let body: KindAt | undefined;
  let role: KindAt | undefined;
  let generic: Kind | null = null;
  // a name of no known kind with the role ("the Halden Trust's chief executive"): the role's own kind is no guess
  let unknownName = false;
  for (let k = a; k < b; k++) {
    const t = doc.tokens[k] as Tok;
    const entity = named.get(`${doc.id}:${t.start}`);
    if (entity?.kind) {
      let to = k + 1;
      while (to < b && (doc.tokens[to] as Tok).end <= entity.end) to++;
      // a body's own name says its kind, not a role word inside it ("Federation of Nurses" is no nurse)
      if (bodies && to === b && (k === a || (k === a + 1 && doc.tokens[a]?.norm === 'the')))
        return { kind: entity.kind, from: a, to: b };
      body ??= { kind: entity.kind, from: k, to };
    } else if (entity) unknownName = true;
    if (PROXIMITY_WORDS.has(t.norm)) break;
    // "the mayor's wife" is not the mayor: a role before a possessive is the owner's
    if (POSSESSIVE.has(t.text)) {
      owner ??= own;
      own = undefined;
      continue;
    }
    if (HONORIFICS.has(t.norm.replace(/\.$/, ''))) continue;
    // "former Vice President X" no longer holds the role: it says nothing of what X speaks as now
    if (PAST_ROLE.has(t.norm)) return null;
    const next = k + 1 < b ? (doc.tokens[k + 1] as Tok) : undefined;
    // (a word that ends a name is the name's, no role or body: "Brackley City manager" is the manager
    // of Brackley City)
    const inName = next !== undefined && endsName(doc, k, next);
    const two = next && !inName ? `${t.norm} ${next.norm}` : '';
    const pair = two ? lookup(ROLE_KINDS, two) : undefined;
    const kind = pair ?? lookup(ROLE_KINDS, t.norm);
    if (kind) {
      own ??= { kind, from: k, to: pair ? k + 2 : k + 1 };
      if (pair) k++;
      continue;
    }
    const pairRole = two ? lookup(GENERIC_ROLES, two) : undefined;
    const one = pairRole === undefined ? lookup(GENERIC_ROLES, t.norm) : pairRole;
    // the first generic role gives the kind, the last one ends the words ("chief bridge engineer")
    if (one !== undefined) {
      const to = pairRole === undefined ? k + 1 : k + 2;
      if (role) role = { ...role, to };
      else {
        generic = one;
        role = { kind: one ?? 'public', from: k, to };
      }
    }
    const bodyWord = inName
      ? undefined
      : ((two ? lookup(BODY_KINDS, two) : undefined) ?? bodyKind(t, t.norm));
    if (bodyWord) body ??= { kind: bodyWord, from: k, to: k + 1 };
  }
  // "a lawyer for the residents": the role is the lawyer's, for whom the word after it says; its words
  // are both, or the role would read as the speaker's own ("residents")
  if (own) return role && role.from < own.from ? { ...own, from: role.from } : own;
  const with_ = body ?? owner;
  if (role && with_)
    return { kind: with_.kind, from: Math.min(role.from, with_.from), to: Math.max(role.to, with_.to) };
  if (bodies && body) return { kind: body.kind, from: a, to: b };
  return role && generic && !unknownName ? { ...role, kind: generic } : null;
}

// Whether token k, capitalised after a capitalised word of its sentence while the role word after it is
// not, ends a name ("Brackley City manager": the manager of Brackley City, a club, no city manager);
// "city manager", "City Manager" and a sentence's opening "City manager" are the role.
function endsName(doc: Doc, k: number, next: Tok): boolean {
  const t = doc.tokens[k] as Tok;
  const prev = doc.tokens[k - 1];
  const capital = (x: Tok) => /^\p{Lu}/u.test(x.text);
  return (
    capital(t) &&
    !capital(next) &&
    prev !== undefined &&
    sentenceOf(doc, k - 1) === sentenceOf(doc, k) &&
    capital(prev) &&
    !HONORIFICS.has(prev.norm.replace(/\.$/, ''))
  );
}

/**
 * Each organisation's kind, read in its name's words as a body's ("Authority"), at each of its mentions: a
 * group where a word of whom it works for is in its name ("Refugee Council") and no state body's word, official where an article
 * calls it a party in office or seeking it ("the opposition Social Alliance", data/role-kinds.ts).
 */
export function namedBodies(entities: readonly Entity[], docs: readonly Doc[] = []): NamedBodies {
  const out = new Map<string, { kind: Kind | null; end: number }>();
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  for (const e of entities) {
    if (e.kind !== 'organization') continue;
    let kind: Kind | null = null;
    const words = e.name.split(/\s+/).map((w) => [w, w.toLowerCase().replace(/[.,]$/, '')] as const);
    const cause = words.some(([, key]) => CAUSE_WORDS.has(key));
    if (cause && !words.some(([, key]) => STATE_BODY_WORDS.has(key))) kind = 'group';
    for (const [w, key] of words) {
      if (kind) break;
      kind = key === 'group' && w !== key ? null : (lookup(BODY_KINDS, key) ?? null);
    }
    if (e.mentions.some((m) => partyBefore(byDoc.get(m.articleId), m.span.start))) kind = 'official';
    for (const m of e.mentions) out.set(`${m.articleId}:${m.span.start}`, { kind, end: m.span.end });
  }
  return out;
}

// Whether the word before the mention starting at `start` ("the opposition Social Alliance") calls it a party.
function partyBefore(doc: Doc | undefined, start: number): boolean {
  if (!doc) return false;
  const k = tokenAt(doc, start);
  return (
    (doc.tokens[k] as Tok | undefined)?.start === start && PARTY_BEFORE.has(doc.tokens[k - 1]?.norm ?? '')
  );
}
