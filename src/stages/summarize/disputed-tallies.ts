// The tallies of a vote or a game that the story's sources give otherwise ("seven to four" in one
// outlet, "eight to three" in another): told alone in the summary or the headline, one count would
// read as the fact. Read by text/tally.ts, as the figures and the claims read them.
import { talliesIn } from '../../text/tally.ts';
import type { Candidate } from './candidates.ts';

/** The tallies the story's sources dispute, and the candidates that tell one in their own voice. */
export interface DisputedTallies {
  /** The tallies, larger count first ("7-4"). */
  readonly tallies: ReadonlySet<string>;
  /** The candidates (by index) that give one and do not say who says so. */
  readonly candidates: ReadonlySet<number>;
}

/**
 * A tally one source gives is disputed when another source gives another tally and neither gives the
 * other's: two outlets' counts of one vote. A source that tells two votes ("the committee voted 5 to 2;
 * the council, 30 to 10") disputes none of the counts it gives, so a story of two votes that one
 * source tells both of keeps them; one whose sources each tell another vote alone is left unsaid
 * (when unsure, the summary shows less). A sentence that says who gives the count ("…, the clerk said")
 * is a report and may be told, as for the other differences (modality.ts disputedSides).
 * @example
 * disputedTallies(candidates) // { tallies: Set { '7-4', '8-3' }, candidates: Set { 2, 9 } }
 */
export function disputedTallies(candidates: readonly Candidate[]): DisputedTallies {
  const bySource = new Map<string, Set<string>>();
  const told = candidates.map((c) => talliesIn(c.tokens));
  candidates.forEach((c, i) => {
    for (const t of told[i] ?? []) {
      const own = bySource.get(c.source) ?? new Set<string>();
      own.add(t);
      bySource.set(c.source, own);
    }
  });
  const tallies = new Set<string>();
  const sources = [...bySource.values()];
  for (const a of sources)
    for (const b of sources)
      for (const t of a) for (const u of b) if (t !== u && !b.has(t) && !a.has(u)) tallies.add(t).add(u);
  const out = new Set<number>();
  if (tallies.size)
    candidates.forEach((c, i) => {
      if (!c.attributed && (told[i] ?? []).some((t) => tallies.has(t))) out.add(c.index);
    });
  return { tallies, candidates: out };
}
