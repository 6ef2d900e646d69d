import type { Entity } from '../../../model/index.ts';

/**
 * A reading of the story's entities grouped by one word of their names (`wordOf`; null leaves an entity
 * out), in the entities' order: each entity list is grouped once, not at every speaker phrase that asks
 * ("the authority", "the city"); the entities are not changed once resolved.
 */
export function entityIndex(
  wordOf: (entity: Entity) => string | null,
): (entities: readonly Entity[]) => ReadonlyMap<string, readonly Entity[]> {
  const cache = new WeakMap<readonly Entity[], ReadonlyMap<string, readonly Entity[]>>();
  return (entities) => {
    const kept = cache.get(entities);
    if (kept) return kept;
    const byWord = new Map<string, Entity[]>();
    for (const e of entities) {
      const word = wordOf(e);
      if (word === null) continue;
      const list = byWord.get(word);
      if (list) list.push(e);
      else byWord.set(word, [e]);
    }
    cache.set(entities, byWord);
    return byWord;
  };
}
