// `eval-cluster-folds --steps`: where in a batch grouping's settling the articles of a half come to
// share a story with another gold story's articles. The steps of `consolidate` (the stage's
// `settlingSteps`), taken one at a time in its order after the first pass: the refine passes, the
// split, the merge, the last refine and the copies put with their originals. A mix that forms in a
// refine pass and that the next pass does not undo is the score's own choice, not the order's.
import {
  type ArticleFeatures,
  createGrouper,
  dateOrder,
  settlingSteps,
} from '../../src/stages/cluster/index.ts';
import { FIRST_PASS_THRESHOLD } from '../../src/stages/cluster/patterns.ts';
import { bcubed } from './bcubed.ts';

/** After one step: how many kept articles share a story with another gold story's article, and the kept articles' B-cubed. */
export interface StepCount {
  readonly step: string;
  readonly mixed: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * The batch grouping of `features` in date order (ties in input order), counted after each step;
 * `gold` maps every article to its gold story, `keep` selects the articles counted (one half).
 */
export function stepCounts(
  features: readonly ArticleFeatures[],
  gold: ReadonlyMap<string, string>,
  keep: (id: string) => boolean,
): StepCount[] {
  const order = dateOrder(features);
  const grouper = createGrouper();
  for (const f of order) grouper.observe(f);
  for (const f of order) grouper.place(f, FIRST_PASS_THRESHOLD);
  const kept = new Map([...gold].filter(([id]) => keep(id)));
  const counts: StepCount[] = [];
  const count = (step: string) => {
    const story = new Map(grouper.entries().map((e) => [e.id, String(e.placement.story)]));
    const members = new Map<string, string[]>();
    for (const [id, s] of story) members.set(s, [...(members.get(s) ?? []), id]);
    let mixed = 0;
    for (const [id, s] of story)
      if (keep(id) && (members.get(s) ?? []).some((other) => gold.get(other) !== gold.get(id))) mixed++;
    counts.push({ step, mixed, ...bcubed(story, kept) });
  };
  count('first pass');
  for (const step of settlingSteps()) {
    step.run(grouper);
    count(step.name);
  }
  return counts;
}

/** The printout of `stepCounts`, one line per step. */
export function formatSteps(name: string, counts: readonly StepCount[]): string {
  const f = (x: number) => x.toFixed(3);
  return `  ${name}, step by step (date order): articles in a story with another gold story's / B3 P, R, F1\n${counts
    .map(
      (c) =>
        `    ${c.step.padEnd(12)} ${String(c.mixed).padStart(4)}   ${f(c.precision)} ${f(c.recall)} ${f(c.f1)}\n`,
    )
    .join('')}`;
}
