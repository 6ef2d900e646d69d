/**
 * The judge's clashes by kind (issue 10): for each kind of clash that made a `contradicts` or `differs`
 * verdict, how many of those pairs are gold contradictions, per group of pairs (an audit round, the
 * rest of the dev half). What `bench/support-dev.ts --kinds` prints, to choose which kinds are ✗.
 */

/** One judged pair: its group, its gold label, the kind of clash the judge found (undefined: none). */
export interface KindRow {
  readonly group: string;
  readonly gold: string;
  readonly kind: string | undefined;
}

/** Per kind, per group: [gold contradictions, clashes found]. Kinds by clashes found, most first. */
export function kindTable(
  rows: readonly KindRow[],
  groups: readonly string[],
): { kind: string; byGroup: [number, number][]; all: [number, number] }[] {
  const table = new Map<string, [number, number][]>();
  for (const r of rows) {
    if (r.kind === undefined) continue;
    const cells = table.get(r.kind) ?? groups.map((): [number, number] => [0, 0]);
    table.set(r.kind, cells);
    const cell = cells[groups.indexOf(r.group)];
    if (!cell) continue;
    cell[1]++;
    if (r.gold === 'contradicts') cell[0]++;
  }
  return [...table]
    .map(([kind, byGroup]) => {
      const all: [number, number] = [0, 0];
      for (const [t, n] of byGroup) [all[0], all[1]] = [all[0] + t, all[1] + n];
      return { kind, byGroup, all };
    })
    .sort((x, y) => y.all[1] - x.all[1] || x.kind.localeCompare(y.kind));
}
