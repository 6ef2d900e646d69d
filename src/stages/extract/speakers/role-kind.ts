import type { Entity, Evidence, Quote, SpeakerRole } from '../../../model/index.ts';
import { type Doc, sentenceOf, type Tok, tokenAt } from '../../../text/annotated.ts';
import { ROLE_APPOSITION_WORDS, ROLE_TITLE_WORDS } from '../patterns.ts';
import { kindIn, type NamedBodies, NO_BODIES, namedBodies, POSSESSIVE, roleQualifier } from './role-words.ts';

// What kind of speaker a quote's speaker is (official, police, expert, group, company, public), read only
// from what an article writes next to the name: a title before it ("Councillor Nadia Pemberton"), an
// apposition after it (", a professor of …"), the body it is "of" ("… of the Save the Pool group"), or the
// name of the body that speaks ("Elmbury Police"). Nothing stated, no role: the report says "unknown".

const TITLE_POS = new Set(['NOUN', 'ADJ', 'PROPN']);
const BODY_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'DET', 'PART']);
const OF_BODY = new Set(['of', 'from', 'at', 'with']);
// an apposition ends at its clause ("a mother of two who lives nearby") or the sentence's next part
const APPOSITION_STOP = new Set(['VERB', 'AUX', 'PRON', 'SCONJ', 'PUNCT']);

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
  named: NamedBodies = NO_BODIES,
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
    if (!TITLE_POS.has(prev.pos) && !POSSESSIVE.has(prev.text) && !roleQualifier(doc, t - 1)) break;
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
 * quote's own articles name the speaker first, then at the speaker's entity's mentions in those articles,
 * then at its other mentions (another outlet's words: compare/framing shows an outlet only its own); a
 * joint speaker ("the city and the union said") and a pronoun no one was found for get none.
 */
export function withSpeakerRoles(
  quotes: readonly Quote[],
  docs: readonly Doc[],
  entities: readonly Entity[],
): Quote[] {
  const byDoc = new Map(docs.map((d) => [d.id, d]));
  const byEntity = new Map(entities.map((e) => [e.id, e]));
  const named = namedBodies(entities, docs);
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
      const own = new Set(q.occurrences.map((o) => o.articleId));
      role = read(
        entity.mentions.filter((m) => own.has(m.articleId)),
        bodies,
      );
      if (!ofEntity.has(entity.id)) ofEntity.set(entity.id, read(entity.mentions, bodies));
      role ??= ofEntity.get(entity.id) ?? null;
    }
    return role ? { ...q, speaker: { ...s, role } } : q;
  });
}
