/**
 * The judge's supports by tier (`eval:support:dev -- --tiers`): for each path that accepted a ✓
 * (tier.ts: near copy, number held, words only, date or worded number), how many of its ✓ are gold
 * supports, in all, per story fold and per round asked for; and the same for the pairs the judge
 * abstains on (the ✓ it turns to related by a rule of doubt, voice.ts), so the recall each costs shows.
 */
import { foldOf } from './support-folds.ts';
import type { SupportPair } from './support-pairs.ts';

/** One scored pair: its gold label, the verdict, and the judge's tier or abstaining reason. */
export interface TierInput {
  readonly pair: Pick<SupportPair, 'dataset' | 'story' | 'label' | 'round'>;
  readonly predicted: string;
  readonly reason: string | undefined;
  readonly tier: string | undefined;
}

const ALL = 'all supports';

/** One row: right of all in each column (all, fold 1 … n, each round). */
export interface TierRow {
  readonly name: string;
  readonly cells: readonly (readonly [right: number, all: number])[];
}

/**
 * Rows of the judge's supports by tier, then a row for each abstaining reason (its "right" is the
 * gold supports it turned to related): columns all, the `n` folds, then `rounds`.
 */
export function tierTable(
  rows: readonly TierInput[],
  n: number,
  rounds: readonly string[],
  abstaining: readonly string[],
): TierRow[] {
  const columns = (pair: TierInput['pair']): number[] => [
    0,
    ...(n > 0 ? [1 + foldOf(pair, n)] : []),
    ...rounds.flatMap((r, i) => (pair.round === r ? [1 + n + i] : [])),
  ];
  const table = new Map<string, [number, number][]>();
  const add = (name: string, r: TierInput) => {
    let cells = table.get(name);
    if (!cells) {
      cells = Array.from({ length: 1 + n + rounds.length }, (): [number, number] => [0, 0]);
      table.set(name, cells);
    }
    for (const c of columns(r.pair)) {
      const cell = cells[c] as [number, number];
      cell[1]++;
      if (r.pair.label === 'supports') cell[0]++;
    }
  };
  for (const r of rows) {
    if (r.predicted === 'supports') add(r.tier ?? '(no tier)', r);
    else if (r.reason !== undefined && abstaining.includes(r.reason)) add(`abstained: ${r.reason}`, r);
  }
  for (const r of rows) if (r.predicted === 'supports') add(ALL, r);
  // the tiers, then all supports, then what the judge abstained on
  const rank = (name: string) => (name === ALL ? 1 : name.startsWith('abstained: ') ? 2 : 0);
  return [...table]
    .map(([name, cells]) => ({ name, cells }))
    .sort((x, y) => rank(x.name) - rank(y.name) || x.name.localeCompare(y.name));
}
