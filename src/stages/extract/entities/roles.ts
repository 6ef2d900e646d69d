import { foldName } from '../../../text/normalise.ts';
import { LEADER_ROLES } from '../data/titles.ts';
import type { RoleMention } from '../names/records.ts';
import type { AliasGraph, AliasNode, Item } from './graph.ts';

/**
 * Give a role without a name ("Mexico's president") to the person most often named with that role of the same
 * place; the roles of a head of state or government count as one, since a story may call the same head by either.
 */
export function placeRole(r: RoleMention, items: Item[], graph: AliasGraph): void {
  const of = foldName(r.roleOf);
  const counts = new Map<AliasNode, number>();
  for (const item of items) {
    if (item.kind !== 'person' || item.m.form !== 'name') continue;
    const m = item.m;
    if (!m.role || !m.roleOf || foldName(m.roleOf) !== of) continue;
    if (m.role !== r.role && !(LEADER_ROLES.has(m.role) && LEADER_ROLES.has(r.role))) continue;
    const root = graph.find(item.node);
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: AliasNode | undefined;
  for (const [root, c] of counts) if (!best || c > (counts.get(best) ?? 0)) best = root;
  if (best) items.push({ m: r, node: best, kind: 'person', weight: 1 });
}
