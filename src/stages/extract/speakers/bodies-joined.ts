import type { Doc, Tok } from '../../../text/annotated.ts';
import type { ResolvedEntities } from '../entities/resolve.ts';
import { entityIndex } from './entity-index.ts';

// Places and bodies in a speaker phrase: one that owns the speaker ("Vestmark's seismological center")
// and several that speak together ("the City of Dunmore and the Harbour Authority said").

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/** The entity whose mention starts at token `k` of the article, if any. */
export function entityAt(doc: Doc, entities: ResolvedEntities, k: number): string | undefined {
  return entities.byMention.get(`${doc.id}:${(doc.tokens[k] as Tok).start}`);
}

/** One past the last token of the mention of entity `id` that starts at token `k` (k + 1 when not found). */
export function mentionEnd(doc: Doc, entities: ResolvedEntities, id: string, k: number): number {
  const start = (doc.tokens[k] as Tok).start;
  const mention = entities.byId
    .get(id)
    ?.mentions.find((m) => m.articleId === doc.id && m.span.start === start);
  let j = k + 1;
  while (mention && j < doc.tokens.length && (doc.tokens[j] as Tok).end <= mention.span.end) j++;
  return j;
}

/**
 * Whether the place or body named at token `k` only owns what the phrase names: a possessive follows
 * its name ("Vestmark's seismological center said", "Iran's news agency IRNA reported").
 */
export function ownerAt(doc: Doc, entities: ResolvedEntities, id: string, k: number): boolean {
  if (entities.byId.get(id)?.kind === 'person') return false;
  return possessiveAfter(doc, entities, id, k);
}

/** Whether a possessive ("'s", "’", a spaced "’ s") follows the mention of entity `id` that starts at token `k`. */
export function possessiveAfter(doc: Doc, entities: ResolvedEntities, id: string, k: number): boolean {
  return POSSESSIVES.has(doc.tokens[mentionEnd(doc, entities, id, k)]?.text ?? '');
}

/** One part of a joint speaker: its name, and its entity when the story names it. */
export interface JointPart {
  readonly name: string;
  readonly entityId: string | null;
}

/**
 * The parts of a phrase [a, b) that joins two or more parts by "and", at least one of them a named place or
 * body and each either one such name or a plain noun phrase ("the City of Dunmore and the Dunmore Harbour
 * Authority", "Norway and Sweden", "the city and the DHA" → the City of Dunmore, when the story names one
 * body with that head, and Dunmore Harbour Authority), else null. "Texas and Arizona officials" is not
 * one: its head is a common noun; nor is a part with a preposition or a possessive ("the mayor of Dunmore
 * and the DHA"). A person may be one of the parts ("Mayor Ann Wu and the DHA"); two people alone are read
 * by the speaker's resolution itself.
 */
export function joinedBodies(doc: Doc, entities: ResolvedEntities, a: number, b: number): JointPart[] | null {
  const names: JointPart[] = [];
  // `part`: the first token of the plain part being read, -1 between parts, -2 after a name
  let [joined, named, part] = [false, false, -1];
  const close = (k: number) => {
    if (part >= 0) names.push(plainPart(doc, entities, part, k));
    part = -1;
  };
  for (let k = a; k < b; ) {
    const t = doc.tokens[k] as Tok;
    if (t.norm === 'and' || t.text === ',') {
      close(k);
      joined ||= t.norm === 'and';
    } else {
      const id = entityAt(doc, entities, k);
      // a name opens its part, after an article or a capitalised title at most ("the Dunmore Harbour
      // Authority", "Mayor Ann Wu")
      if (id && (part < 0 || leadsName(doc, part, k))) {
        const name = entities.byId.get(id);
        if (!name || names.some((n) => n.name === name.name)) return null;
        names.push({ name: name.name, entityId: id });
        [named, part] = [true, -2];
        k = mentionEnd(doc, entities, id, k);
        continue;
      }
      if (id || part === -2 || !PLAIN.has(t.pos) || (t.pos === 'DET' && part >= 0)) return null;
      if (part < 0) part = k;
    }
    k++;
  }
  close(b);
  return joined && named && names.length > 1 ? names : null;
}

/**
 * A plain part [a, k) of a joint speaker: "the city" stands for the one place or body of the story whose
 * name has that head ("City of Norhaven", "Norhaven City Council" has another), else it stays as written.
 */
function plainPart(doc: Doc, entities: ResolvedEntities, a: number, k: number): JointPart {
  const written = {
    name: doc.text.slice((doc.tokens[a] as Tok).start, (doc.tokens[k - 1] as Tok).end),
    entityId: null,
  };
  const head = doc.tokens[k - 1] as Tok;
  if ((doc.tokens[a] as Tok).norm !== 'the' || head.pos !== 'NOUN') return written;
  const bodies = bodiesByHead(entities.entities).get(head.norm);
  return bodies?.length === 1 && bodies[0] ? { name: bodies[0].name, entityId: bodies[0].id } : written;
}

// The story's places and bodies by the head word of their names (every plain part of a joint speaker asks it).
const bodiesByHead = entityIndex((e) =>
  e.kind === 'organization' || e.kind === 'place' ? headWord(e.name) : null,
);

// The head word of a body's name, lower-cased: the word before its "of" ("City of Norhaven"), else its last.
function headWord(name: string): string {
  const words = name.split(' ');
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1))?.toLowerCase() ?? '';
}

/** Whether the words [a, k) before a name are articles and capitalised words ("the", "Dover Mayor"). */
function leadsName(doc: Doc, a: number, k: number): boolean {
  for (let j = a; j < k; j++) {
    const t = doc.tokens[j] as Tok;
    if (t.pos !== 'DET' && !/^\p{Lu}/u.test(t.text)) return false;
  }
  return true;
}

/** The tags of the words a plain part is made of: an article, adjectives, nouns and titles ("Mayor"). */
const PLAIN = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
