import type { ResolvedEntities } from '../entities/resolve.ts';

// Per story: article id and start of each person mention → its end and entity (the place named at
// the same start, "Mexico" in "Mexico's president", does not hide the role mention).
const PERSON_MENTIONS = new WeakMap<ResolvedEntities, Map<string, { end: number; id: string }>>();

/**
 * The person the story's entities give the whole speaker phrase `span` to, as a mention of theirs
 * from its first word through its last ("Mexico's president" linked to the one it names), else null.
 * Read by resolve.ts for a phrase headed by a role.
 * @example
 * roleHolder(entities, 'a1', { start: 120, end: 138 }) // 'e4'
 */
export function roleHolder(
  entities: ResolvedEntities,
  articleId: string,
  span: { start: number; end: number },
): string | null {
  let index = PERSON_MENTIONS.get(entities);
  if (!index) {
    index = new Map();
    for (const e of entities.byId.values())
      if (e.kind === 'person')
        for (const m of e.mentions)
          index.set(`${m.articleId}:${m.span.start}`, { end: m.span.end, id: e.id });
    PERSON_MENTIONS.set(entities, index);
  }
  const found = index.get(`${articleId}:${span.start}`);
  return found && found.end >= span.end ? found.id : null;
}
