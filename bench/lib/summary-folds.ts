/**
 * Folds of `eval:summary`'s development half (`--folds K`, `bench/summary-cv.ts`): the dev stories
 * split in K parts by a hash of their id, so that a change, or the choice among several, made on
 * some stories is scored on the others. A dev gain that holds only on the stories it was chosen on
 * (as the summary's later passes did, whose dev gains did not carry to the held-out half) shows as a
 * left-out change near zero or a wide spread between folds.
 */
import { signed } from './summary-compare.ts';
import { foldOf } from './support-folds.ts';

/** The fold of an `eval:summary` story (`val-N`), 0 … k − 1, by a salted hash of its id. */
export const storyFold = (id: string, k: number): number => foldOf({ dataset: 'neus', story: id }, k);

/**
 * The half of the dev stories (`eval:summary --dev --half A|B`) a story is in, by a salted hash of its
 * id (not its parity, which splits dev from held-out): rules written looking at A are checked on B.
 * @example
 * devHalf('val-10') // 'A' or 'B', the same on every run
 */
export const devHalf = (id: string): 'A' | 'B' => (storyFold(id, 2) === 0 ? 'A' : 'B');

/** A per-story score of two runs: this one (`after`) and the one set against it (`before`). */
export interface PairedScore {
  readonly id: string;
  readonly after: number;
  readonly before: number;
}

/**
 * Two runs' scores of the same stories paired by id (a story in one run only is left out).
 * @example
 * pairScores([{ id: 'val-0', r1: 0.4 }], [{ id: 'val-0', r1: 0.3 }]) // [{ id: 'val-0', after: 0.4, before: 0.3 }]
 */
export function pairScores(
  after: readonly { readonly id: string; readonly r1: number }[],
  before: readonly { readonly id: string; readonly r1: number }[],
): PairedScore[] {
  const earlier = new Map(before.map((s) => [s.id, s.r1]));
  return after.flatMap((s) => {
    const b = earlier.get(s.id);
    return b === undefined ? [] : [{ id: s.id, after: s.r1, before: b }];
  });
}

/** The mean change in each fold and how it spreads between folds. */
export interface FoldSpread {
  /** Per fold: its stories and the mean of after − before over them. */
  readonly folds: readonly { readonly fold: number; readonly n: number; readonly change: number }[];
  /** Mean and sample standard deviation of the folds' changes, the lowest and highest. */
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  /** Folds whose change is above zero, and below. */
  readonly higher: number;
  readonly lower: number;
}

const average = (xs: readonly number[]): number =>
  xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;

/** The spread of a list of per-fold changes (folds without stories left out). */
function spreadOf(folds: FoldSpread['folds']): FoldSpread {
  const changes = folds.filter((f) => f.n > 0).map((f) => f.change);
  const mean = average(changes);
  const sd =
    changes.length > 1
      ? Math.sqrt(changes.reduce((s, c) => s + (c - mean) ** 2, 0) / (changes.length - 1))
      : 0;
  return {
    folds,
    mean,
    sd,
    min: changes.length ? Math.min(...changes) : 0,
    max: changes.length ? Math.max(...changes) : 0,
    higher: changes.filter((c) => c > 0).length,
    lower: changes.filter((c) => c < 0).length,
  };
}

/**
 * The mean change after − before in each of k folds of the stories, with its spread between folds.
 * @example
 * foldChanges(rows, 5).mean // the mean of the five folds' changes
 */
export function foldChanges(rows: readonly PairedScore[], k: number): FoldSpread {
  const folds = Array.from({ length: k }, (_, fold) => {
    const inFold = rows.filter((r) => storyFold(r.id, k) === fold);
    return { fold, n: inFold.length, change: average(inFold.map((r) => r.after - r.before)) };
  });
  return spreadOf(folds);
}

/** One left-out fold of a cross-validated choice. */
export interface FoldChoice {
  readonly fold: number;
  readonly n: number;
  /** The run chosen on the other folds ('base' when none beat it there). */
  readonly chosen: string;
  /** Its mean change over the base on the other folds (what it was chosen by). */
  readonly fitted: number;
  /** Its mean change over the base on this fold (what the choice gives on stories it did not see). */
  readonly change: number;
}

/**
 * The choice among runs scored by cross-validation: for each fold, the run (or the base itself)
 * with the best mean per-story score over the stories of the other folds is chosen, and its change
 * over the base is read on the left-out fold. The mean of those changes is what choosing by dev
 * gives on stories it was not chosen on; a run beats the base only by more than `margin`.
 * Stories missing from a run are left out of every comparison.
 * @example
 * crossValidate(baseScores, new Map([['title 1.5', scores]]), 5).spread.mean
 */
export function crossValidate(
  base: ReadonlyMap<string, number>,
  runs: ReadonlyMap<string, ReadonlyMap<string, number>>,
  k: number,
  margin = 0,
): { readonly choices: readonly FoldChoice[]; readonly spread: FoldSpread } {
  const ids = [...base.keys()].filter((id) => [...runs.values()].every((r) => r.has(id)));
  const changeOf = (run: ReadonlyMap<string, number>, stories: readonly string[]) =>
    average(stories.map((id) => (run.get(id) as number) - (base.get(id) as number)));
  const choices = Array.from({ length: k }, (_, fold) => {
    const kept = ids.filter((id) => storyFold(id, k) === fold);
    const fit = ids.filter((id) => storyFold(id, k) !== fold);
    let best = { name: 'base', fitted: 0, change: 0 };
    for (const [name, run] of runs) {
      const fitted = changeOf(run, fit);
      if (fitted > best.fitted || best.name === 'base') best = { name, fitted, change: changeOf(run, kept) };
    }
    const chosen = best.fitted > margin ? best : { name: 'base', fitted: 0, change: 0 };
    return { fold, n: kept.length, chosen: chosen.name, fitted: chosen.fitted, change: chosen.change };
  });
  return { choices, spread: spreadOf(choices) };
}

/**
 * One line of a spread: each fold's change (and stories), their mean ± standard deviation, the
 * lowest and highest, and how many folds gained.
 * @example
 * foldLine('dev against base.jsonl', foldChanges(rows, 5))
 */
export function foldLine(label: string, s: FoldSpread): string {
  const folds = s.folds.map((f) => `${signed(f.change)} (${f.n})`).join(' / ');
  return `${label}, ${s.folds.length} folds: ${folds}; mean ${signed(s.mean)} ± ${s.sd.toFixed(4)}, ${signed(s.min)} to ${signed(s.max)}, ${s.higher} higher, ${s.lower} lower`;
}
