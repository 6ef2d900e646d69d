import { pairedDifference } from './paired.ts';

/** One story of an `eval:summary --dump` file: what a comparison of two runs reads of it. */
export interface DumpedStory {
  readonly id: string;
  readonly r1: number;
  readonly summary: readonly { readonly text: string }[];
}

/** How a run's summaries stand to an earlier run's on the same stories. */
export interface RunComparison {
  /** Stories in both runs. */
  readonly n: number;
  /** Mean R1 of the earlier run and of this one over those stories. */
  readonly before: number;
  readonly after: number;
  /** Mean and standard error of the per-story R1 change. */
  readonly gain: number;
  readonly standardError: number;
  /** Stories whose summary text changed, and how many of them scored higher or lower. */
  readonly changed: number;
  readonly higher: number;
  readonly lower: number;
  /** The mean change over the first and the second half of the stories by id number. */
  readonly halves: readonly [number, number];
}

const idNumber = (id: string): number => Number(id.split('-').pop());
const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/**
 * This run's summaries against an earlier run's (`--dump` files of the same half): the per-story R1
 * change with its standard error, how many summaries changed and which way, and the change over each
 * half of the stories, so that a gain is seen to hold on both halves and not on a few stories alone.
 * @example
 * compareRuns(earlier, now).halves // [+0.002, +0.001]
 */
export function compareRuns(before: readonly DumpedStory[], after: readonly DumpedStory[]): RunComparison {
  const earlier = new Map(before.map((s) => [s.id, s]));
  const pairs = after
    .flatMap((s) => {
      const b = earlier.get(s.id);
      return b ? [{ id: s.id, before: b, after: s }] : [];
    })
    .sort((x, y) => idNumber(x.id) - idNumber(y.id));
  const diffs = pairs.map((p) => p.after.r1 - p.before.r1);
  const { mean: gain, standardError } = pairedDifference(
    pairs.map((p) => p.after.r1),
    pairs.map((p) => p.before.r1),
  );
  const text = (s: DumpedStory) => s.summary.map((x) => x.text).join('\n');
  const changed = pairs.filter((p) => text(p.before) !== text(p.after));
  const half = Math.ceil(pairs.length / 2);
  return {
    n: pairs.length,
    before: mean(pairs.map((p) => p.before.r1)),
    after: mean(pairs.map((p) => p.after.r1)),
    gain,
    standardError,
    changed: changed.length,
    higher: changed.filter((p) => p.after.r1 > p.before.r1).length,
    lower: changed.filter((p) => p.after.r1 < p.before.r1).length,
    halves: [mean(diffs.slice(0, half)), mean(diffs.slice(half))],
  };
}

/** A change in R1 with its sign, to four places: '+0.0123', '-0.0040'. */
export const signed = (x: number): string => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;

/** A comparison of two runs in one line, as `eval:summary --compare` prints it. */
export function comparisonLine(label: string, c: RunComparison): string {
  return `${label}: n=${c.n} R1 ${c.before.toFixed(4)} -> ${c.after.toFixed(4)}, change ${signed(c.gain)} (standard error ${c.standardError.toFixed(4)}); ${c.changed} summaries changed, ${c.higher} higher, ${c.lower} lower; first / second half of the stories ${signed(c.halves[0])} / ${signed(c.halves[1])}`;
}
