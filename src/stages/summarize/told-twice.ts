// One fact told twice by two outlets in other words ("voted 7-2 on Friday to close … a budget that
// closes a $4.8 million gap" / "adopted a balanced budget … by a vote of 7-2, closing a projected gap of
// $4.8 million"): the judge reads the two as related but neither as stating the other (each names
// what the other does not), and the alignment pairs no claim of theirs. What tells them one is what
// identifies the event: the same figures and tallies, two of them at least.
import type { Evidence, Figure } from '../../model/index.ts';
import { evidenceWithin } from '../../text/evidence.ts';
import { talliesIn } from '../../text/tally.ts';
import type { Candidate } from './candidates.ts';
import { MARK_MIN_COUNT, MARKS_OF_ONE_FACT } from './patterns.ts';

// A figure that marks its event: a measure ("$4.8 million", "12 km") or a count of at least
// MARK_MIN_COUNT ("240 passengers"); a small bare count ("two libraries") marks nothing.
const marks = (f: Figure): boolean => f.unit !== null || (f.counts !== null && f.value >= MARK_MIN_COUNT);

/**
 * Whether two candidates of different sources tell one fact: at least MARKS_OF_ONE_FACT of the same
 * marking figures (value and unit) and tallies ("7-2") in both, and related by the judge (more than
 * little in common, and no plan against what happened, either way round).
 * @example
 * toldTwice(figures, judged)(a, b) // true: "7-2" and "$4.8 million" in both
 */
export function toldTwice(
  figures: readonly Figure[],
  judge: (claim: Evidence, evidence: Evidence) => { readonly verdict: string; readonly reason: string },
): (a: Candidate, b: Candidate) => boolean {
  const related = (a: Evidence, b: Evidence) => {
    const { verdict, reason } = judge(a, b);
    return verdict !== 'planned-vs-happened' && reason !== 'little in common';
  };
  const known = new Map<number, Set<string>>();
  const marksOf = (c: Candidate): Set<string> => {
    let out = known.get(c.index);
    if (!out) {
      out = new Set(talliesIn(c.tokens).map((t) => `tally ${t}`));
      for (const f of figures)
        if (marks(f) && f.occurrences.some((o) => evidenceWithin(o, c.evidence)))
          out.add(`${f.unit ?? f.counts} ${f.value} ${f.valueHigh ?? ''}`);
      known.set(c.index, out);
    }
    return out;
  };
  return (a, b) => {
    if (a.source === b.source) return false;
    const [x, y] = [marksOf(a), marksOf(b)];
    if (x.size < MARKS_OF_ONE_FACT || y.size < MARKS_OF_ONE_FACT) return false;
    let shared = 0;
    for (const m of x) if (y.has(m)) shared++;
    return (
      shared >= MARKS_OF_ONE_FACT && (related(a.evidence, b.evidence) || related(b.evidence, a.evidence))
    );
  };
}
