// A story with follow-ups opens with its newest state: the sentence giving a figure's newest value,
// where outlets agree on it, before what the first reports told.
import type { FigureTellings } from './disputed-figures.ts';
import { leads, type Scored } from './select.ts';

/**
 * The chosen sentences with the first that gives the newest value of a figure whose values follow
 * each other in time (an update told with its first value beside it, or values by days told with the
 * earlier ones beside it), tells what happened and is supported by two or more sources, moved to the
 * front; the others in their order. None such: the order as given.
 * @example
 * newestFirst([shelter, toll], figured) // [toll, shelter]
 */
export function newestFirst(
  chosen: readonly Scored[],
  figures: Pick<FigureTellings, 'told' | 'earlier'>,
): Scored[] {
  const newest = (s: Scored) =>
    figures.earlier.has(s.candidate.index) ||
    (figures.told.get(s.candidate.index) ?? []).some((o) => o.earlier);
  const at = chosen.findIndex((s) => newest(s) && leads(s) && s.support.sources.size >= 2);
  return at <= 0 ? [...chosen] : [chosen[at] as Scored, ...chosen.slice(0, at), ...chosen.slice(at + 1)];
}
