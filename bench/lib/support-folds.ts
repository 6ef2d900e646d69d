/**
 * Story folds of the development half (`eval:support:dev --folds N`): the dev stories split in N
 * parts by a hash of their id, so that a rule written on some stories can be read on the others and
 * the spread between folds shows how much a dev figure owes to the stories it was written on.
 */
import { shortHash } from './support-data.ts';
import type { SupportPair } from './support-pairs.ts';
import { confusion, labelScores, type Prf } from './support-score.ts';

/**
 * The fold of a story, 0 … n − 1, by a hash of its dataset and id. Salted apart from `halfOf`'s
 * hash: the dev half is the stories whose `support:` hash is even, so that hash mod 2 would put them
 * all in one fold.
 */
export function foldOf(pair: Pick<SupportPair, 'dataset' | 'story'>, n: number): number {
  return Number.parseInt(shortHash(`fold:${pair.dataset}/${pair.story}`).slice(0, 6), 16) % n;
}

/** One fold's scores of a label, with how many stories and pairs it holds. */
export interface FoldScores {
  readonly fold: number;
  readonly stories: number;
  readonly pairs: number;
  readonly scores: Prf;
}

/** P / R / F1 of `label` per fold, over judged pairs (those with no verdict left out). */
export function foldScores(
  judged: readonly { readonly pair: SupportPair; readonly predicted: string | null }[],
  n: number,
  label: string,
): FoldScores[] {
  const out: FoldScores[] = [];
  for (let fold = 0; fold < n; fold++) {
    const rows = judged.filter((j) => j.predicted !== null && foldOf(j.pair, n) === fold);
    const matrix = confusion(rows.map((j) => ({ gold: j.pair.label, predicted: j.predicted as string })));
    const stories = new Set(rows.map((j) => `${j.pair.dataset}/${j.pair.story}`)).size;
    out.push({ fold, stories, pairs: rows.length, scores: labelScores(matrix, label) });
  }
  return out;
}

/** How many pairs of each gold label one reason of the judge decided, in all and per fold. */
export interface ReasonRow {
  readonly reason: string;
  /** gold label → count, in all. */
  readonly gold: ReadonlyMap<string, number>;
  /** Per fold: gold label → count. */
  readonly byFold: readonly ReadonlyMap<string, number>[];
}

/**
 * The judge's reasons with the gold labels of the pairs each decided, per fold: for a check that
 * stops supports, how many true supports it costs and how many other pairs it stops; for "states
 * it", the false supports. Rows by how many pairs they hold, most first.
 */
export function reasonTable(
  rows: readonly {
    readonly pair: Pick<SupportPair, 'dataset' | 'story' | 'label'>;
    readonly reason: string;
  }[],
  n: number,
): ReasonRow[] {
  const table = new Map<string, { gold: Map<string, number>; byFold: Map<string, number>[] }>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { pair, reason } of rows) {
    // a figure's reason names its values ("figure 10 vs 3"): one row for the check
    const key = reason.replace(/^(figure|date|age) .*/, '$1 …');
    let row = table.get(key);
    if (!row) {
      row = { gold: new Map(), byFold: Array.from({ length: n }, () => new Map<string, number>()) };
      table.set(key, row);
    }
    bump(row.gold, pair.label);
    bump(row.byFold[foldOf(pair, n)] as Map<string, number>, pair.label);
  }
  const size = (r: { gold: Map<string, number> }) => [...r.gold.values()].reduce((s, x) => s + x, 0);
  return [...table]
    .map(([reason, r]) => ({ reason, gold: r.gold, byFold: r.byFold }))
    .sort((x, y) => size(y) - size(x) || x.reason.localeCompare(y.reason));
}
