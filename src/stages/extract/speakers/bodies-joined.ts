import type { Doc, Tok } from '../../../text/annotated.ts';
import type { ResolvedEntities } from '../entities/resolve.ts';

// Places and bodies in a speaker phrase: one that owns the speaker ("Vestmark's seismological center")
// and several that speak together ("the City of Dunmore and the Harbour Authority said").

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/** The entity whose mention starts at token `k` of the article, if any. */
export function entityAt(doc: Doc, entities: ResolvedEntities, k: number): string | undefined {
  return entities.byMention.get(`${doc.id}:${(doc.tokens[k] as Tok).start}`);
}

/** One past the last token of the mention of entity `id` that starts at token `k` (k + 1 when not found). */
function mentionEnd(doc: Doc, entities: ResolvedEntities, id: string, k: number): number {
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
  return POSSESSIVES.has(doc.tokens[mentionEnd(doc, entities, id, k)]?.text ?? '');
}

/**
 * The places and bodies of a phrase [a, b) made only of their names, articles, commas and "and", when
 * there are two or more ("the City of Dunmore and the Dunmore Harbour Authority", "Norway and
 * Sweden"), else null. "Texas and Arizona officials" is not one: its head is a common noun.
 */
export function joinedBodies(doc: Doc, entities: ResolvedEntities, a: number, b: number): string[] | null {
  const ids: string[] = [];
  let joined = false;
  for (let k = a; k < b; ) {
    const t = doc.tokens[k] as Tok;
    if (t.norm === 'and' || t.text === ',') joined ||= t.norm === 'and';
    else if (t.pos !== 'DET') {
      const id = entityAt(doc, entities, k);
      if (!id || entities.byId.get(id)?.kind === 'person' || ids.includes(id)) return null;
      ids.push(id);
      k = mentionEnd(doc, entities, id, k);
      continue;
    }
    k++;
  }
  return joined && ids.length > 1 ? ids : null;
}
