import type { Evidence } from '../../../model/index.ts';
import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import type { ResolvedEntities } from '../entities/resolve.ts';
import { subjectOf } from './clause.ts';
import { entityIndex } from './entity-index.ts';

type StoryEntity = ResolvedEntities['entities'][number];

/** What naming a body reads of a speaker: who it is so far and where its phrase is. */
export interface BodyCandidate {
  readonly name: string;
  readonly entityId: string | null;
  readonly evidence: Evidence;
  /** Head noun of the speaker phrase. */
  readonly head: string;
  /** Token index of the phrase's first word. */
  readonly token: number;
}

// The story's organisations by the folded last word of their name (every attribution opening with "the" asks it).
const organizationsByLastWord = entityIndex((e) =>
  e.kind === 'organization' ? foldName(e.name.split(' ').pop() ?? '') : null,
);

/**
 * "The authority also said …" after "the National Harbour Authority": a common noun with "the" stands for the
 * organisation of the story whose name ends in it and was last named before, in the same article.
 */
export function namedBody<T extends BodyCandidate>(doc: Doc, entities: ResolvedEntities, who: T): T {
  const first = doc.tokens[who.token] as Tok;
  if (who.entityId !== null || first.norm !== 'the') return who;
  const at = who.evidence.span.start;
  // "the city and the authority said": a phrase joined by "and" names more than the one body
  for (let k = who.token; (doc.tokens[k]?.end ?? Infinity) <= who.evidence.span.end; k++)
    if ((doc.tokens[k] as Tok).norm === 'and') return who;
  // "Dunmore Data Corp. announces that it is in talks with Acme Company. The company does not intend …":
  // a generic "the company" after a sentence whose subject is a body is that body
  const subject = GENERIC_BODY_HEADS.has(who.head)
    ? bodySubjectBefore(doc, entities, sentenceOf(doc, who.token))
    : null;
  if (subject) return { ...who, name: subject.name, entityId: subject.id };
  let best: { id: string; name: string; start: number } | null = null;
  for (const e of organizationsByLastWord(entities.entities).get(who.head) ?? []) {
    for (const m of e.mentions) {
      const start = m.span.start;
      if (m.articleId === doc.id && start < at && (!best || start > best.start))
        best = { id: e.id, name: e.name, start };
    }
  }
  return best ? { ...who, name: best.name, entityId: best.id } : who;
}

/** Nouns by which an article goes on telling of the body it just named ("the company", "the firm"). */
const GENERIC_BODY_HEADS: ReadonlySet<string> = new Set(['company', 'firm']);

// The organisation that is the subject of the sentence before sentence `k`, if any.
function bodySubjectBefore(doc: Doc, entities: ResolvedEntities, k: number): StoryEntity | null {
  const before = doc.sentences[k - 1];
  if (!before) return null;
  const np = subjectOf(doc, before.first, before.end);
  if (!np) return null;
  for (let j = np[0]; j < np[1]; j++) {
    const id = entities.byMention.get(`${doc.id}:${(doc.tokens[j] as Tok).start}`);
    const entity = id ? entities.byId.get(id) : undefined;
    if (entity) return entity.kind === 'organization' ? entity : null;
  }
  return null;
}
