import type { Entity, Evidence, Quote, SpeakerRole } from '../../../model/index.ts';
import { type Doc, sentenceOf, type Tok, tokenAt } from '../../../text/annotated.ts';
import { BODY_KINDS, GENERIC_ROLES, ROLE_KINDS } from '../data/role-kinds.ts';
import { PROXIMITY_WORDS } from '../data/speech.ts';
import { HONORIFICS } from '../data/titles.ts';
import { ROLE_APPOSITION_WORDS, ROLE_TITLE_WORDS } from '../patterns.ts';

// What kind of speaker a quote's speaker is (official, police, expert, group, company, public), read only
// from what an article writes next to the name: a title before it ("Councillor Nadia Pemberton"), an
// apposition after it (", a professor of …"), the body it is "of" ("… of the Save the Pool group"), or the
// name of the body that speaks ("Elmbury Police"). Nothing stated, no role: the report says "unknown".

type Kind = SpeakerRole['kind'];

const TITLE_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const BODY_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'PART']);
const POSSESSIVE = new Set(["'s", '’s']);
const OF_BODY = new Set(['of', 'from', 'at', 'with']);
const PAST_ROLE = new Set(['former', 'ex', 'ex-', 'onetime', 'one-time']);
// an apposition ends at its clause ("a mother of two who lives nearby") or the sentence's next part
const APPOSITION_STOP = new Set(['VERB', 'AUX', 'PRON', 'SCONJ', 'PUNCT']);

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
const NONE: NamedBodies = new Map();

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
  named: NamedBodies = NONE,
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

// The token range of the span [start, end): its first token and one past its last.
function tokensOf(doc: Doc, start: number, end: number): [number, number] {
  const a = tokenAt(doc, start);
  let b = a;
  while (b < doc.tokens.length && (doc.tokens[b] as Tok).end <= end) b++;
  return [a, b];
}

/** A role read in the tokens [a, b) of an article: its kind, with the words as written and where they stand. */
function roleAt(
  doc: Doc,
  a: number,
  b: number,
  bodies: boolean,
  named: NamedBodies,
  whole = false,
): SpeakerRole | null {
  if (a >= b) return null;
  const found = kindIn(doc, a, b, bodies, named);
  if (!found) return null;
  const [from, to] = whole ? [a, b] : [found.from, found.to];
  const [first, last] = [doc.tokens[from] as Tok, doc.tokens[to - 1] as Tok];
  const evidence: Evidence = { articleId: doc.id, span: { start: first.start, end: last.end } };
  return { kind: found.kind, words: doc.text.slice(first.start, last.end), evidence };
}

/**
 * The role an article states for the name at [a, b): in the name's own words (where `bodies`, a body's
 * name), the title before it, the apposition after it, the body it is "of"; null where none is stated.
 */
export function roleAround(
  doc: Doc,
  a: number,
  b: number,
  bodies: boolean,
  named: NamedBodies = NONE,
): SpeakerRole | null {
  const sentence = sentenceOf(doc, a);
  const same = (k: number) => k >= 0 && k < doc.tokens.length && sentenceOf(doc, k) === sentence;
  // a body's own name is cited whole ("Elmbury Police"), as is a phrase that names no one ("a council spokesperson")
  const own = roleAt(doc, a, b, bodies, named, bodies);
  if (own) return own;
  // the title right before the name, or before a comma ("The chamber's president, Priyanka Holm, said")
  const end = doc.tokens[a - 1]?.text === ',' ? a - 1 : a;
  let t = end;
  while (t > end - ROLE_TITLE_WORDS && same(t - 1)) {
    const prev = doc.tokens[t - 1] as Tok;
    if (!TITLE_POS.has(prev.pos) && !POSSESSIVE.has(prev.text)) break;
    t--;
  }
  const title = roleAt(doc, t, end, false, named);
  if (title) return title;
  const after = doc.tokens[b];
  if (after?.text === ',' && same(b + 1)) {
    let e = b + 1;
    while (e < b + 1 + ROLE_APPOSITION_WORDS && same(e)) {
      const w = doc.tokens[e] as Tok;
      if (APPOSITION_STOP.has(w.pos) && !POSSESSIVE.has(w.text)) break;
      e++;
    }
    const apposition = roleAt(doc, b + 1, e, false, named);
    if (apposition) return apposition;
  }
  if (after && OF_BODY.has(after.norm)) {
    let e = b + 1;
    while (e < b + 1 + ROLE_TITLE_WORDS && same(e) && BODY_POS.has((doc.tokens[e] as Tok).pos)) e++;
    return roleAt(doc, b + 1, e, true, named, true);
  }
  return null;
}

/**
 * Each quote with its speaker's role as the story's articles state it (`speaker.role`): read where the
 * quote's own articles name the speaker first, then at every mention of the speaker's entity; a joint
 * speaker ("the city and the union said") and a pronoun no one was found for get none.
 */
export function withSpeakerRoles(
  quotes: readonly Quote[],
  docs: readonly Doc[],
  entities: readonly Entity[],
): Quote[] {
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const byEntity = new Map(entities.map((e) => [e.id, e]));
  const named = namedBodies(entities);
  const read = (spans: readonly Evidence[], bodies: boolean): SpeakerRole | null => {
    for (const { articleId, span } of spans) {
      const doc = byDoc.get(articleId);
      if (!doc) continue;
      const [a, b] = tokensOf(doc, span.start, span.end);
      const role = roleAround(doc, a, b, bodies, named);
      if (role) return role;
    }
    return null;
  };
  const ofEntity = new Map<string, SpeakerRole | null>();
  return quotes.map((q) => {
    const s = q.speaker;
    if (!s || s.unresolved || s.entityIds?.length) return q;
    const entity = s.entityId ? byEntity.get(s.entityId) : undefined;
    const bodies = entity?.kind !== 'person';
    let role = read(q.speakerEvidence, bodies);
    if (!role && entity) {
      if (!ofEntity.has(entity.id)) ofEntity.set(entity.id, read(entity.mentions, bodies));
      role = ofEntity.get(entity.id) ?? null;
    }
    return role ? { ...q, speaker: { ...s, role } } : q;
  });
}

// Each organisation's kind, read in its name's words as a body's ("Authority"), at each of its mentions.
function namedBodies(entities: readonly Entity[]): NamedBodies {
  const out = new Map<string, { kind: Kind | null; end: number }>();
  for (const e of entities) {
    if (e.kind !== 'organization') continue;
    let kind: Kind | null = null;
    for (const w of e.name.split(/\s+/)) {
      const key = w.toLowerCase().replace(/[.,]$/, '');
      kind = key === 'group' && w !== key ? null : (lookup(BODY_KINDS, key) ?? null);
      if (kind) break;
    }
    for (const m of e.mentions) out.set(`${m.articleId}:${m.span.start}`, { kind, end: m.span.end });
  }
  return out;
}
