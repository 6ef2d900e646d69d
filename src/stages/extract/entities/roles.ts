import { foldName } from '../../../text/normalise.ts';
import { LEADER_ROLES } from '../data/titles.ts';
import type { RoleMention } from '../names/records.ts';
import type { AliasGraph, AliasNode, Item } from './graph.ts';

// "Pellow's mayor": a possessive and a lower-case title, the role's one form read as its unplaced holder.
const POSSESSIVE_TITLE = /['\u2019]s\s+\p{Ll}/u;

/**
 * Give a role without a name ("Mexico's president") to the person most often named with that role of the same
 * place; the roles of a head of state or government count as one, since a story may call the same head by either.
 * Where no one is named with the role of that place, a role that is not a head's ("Ashcombe's mayor") goes to
 * the one person the story names with that role and no place ("Mayor Ada Lind"), when no one else holds it
 * (of another place, or with none) and a paragraph names them beside the place ("Mayor Ada Lind told the council
 * in Ashcombe") or the role's own paragraph names them: a mayor named beside other places only may be another
 * town's ("Mayor Ada Lind said bills in Kestry would fall" is not "Ashcombe's mayor"). A head's stays unknown
 * ("Mexico's president" is not the "President Biden" of a story of two countries). Only a possessive's lower-case
 * title is so read: a capitalised title with no name ("chose her to run for Pellow Mayor") is as often the office
 * itself, which is no mention of the holder named elsewhere. A role beside a name ("Pellow's mayor, Bo Sand,") is
 * that person's title, which the name tells: it goes to no one else named with the role.
 */
export function placeRole(r: RoleMention, items: Item[], graph: AliasGraph): void {
  if (apposed(r, items)) return;
  const of = foldName(r.roleOf);
  const counts = new Map<AliasNode, number>();
  const unplaced = new Set<AliasNode>();
  let placedElsewhere = false;
  // the paragraphs that name the place, and the names the role's own paragraph holds
  const paragraph = (m: { articleId: string; paragraph: number }) => `${m.articleId}:${m.paragraph}`;
  const placeNamed = new Set(
    items.flatMap(({ m }) => (m.form === 'name' && foldName(m.surface) === of ? [paragraph(m)] : [])),
  );
  const besideRole = new Set(
    items.flatMap((i) =>
      i.m.form === 'name' && paragraph(i.m) === paragraph(r) ? [graph.find(i.node)] : [],
    ),
  );
  for (const item of items) {
    if (item.kind !== 'person' || item.m.form !== 'name') continue;
    const m = item.m;
    if (!m.role) continue;
    if (m.role !== r.role && !(LEADER_ROLES.has(m.role) && LEADER_ROLES.has(r.role))) continue;
    const root = graph.find(item.node);
    if (!m.roleOf) {
      if (placeNamed.has(paragraph(m)) || besideRole.has(root)) unplaced.add(root);
    } else if (foldName(m.roleOf) !== of) placedElsewhere = true;
    else counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  let best: AliasNode | undefined;
  for (const [root, c] of counts) if (!best || c > (counts.get(best) ?? 0)) best = root;
  const fallback = !best && !placedElsewhere && unplaced.size === 1 && !LEADER_ROLES.has(r.role);
  if (fallback && POSSESSIVE_TITLE.test(r.surface)) best = [...unplaced][0];
  if (best) items.push({ m: r, node: best, kind: 'person', weight: 1 });
}

// Whether a person's name stands in apposition beside the role, one comma and space away ("Pellow's mayor, Bo Sand").
function apposed(r: RoleMention, items: readonly Item[]): boolean {
  return items.some(
    ({ kind, m }) =>
      kind === 'person' &&
      m.form === 'name' &&
      m.articleId === r.articleId &&
      ((m.start > r.end && m.start <= r.end + 3) || (m.end < r.start && m.end >= r.start - 3)),
  );
}
