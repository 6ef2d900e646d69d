// A difference of two values one of which may be the other rounded ("$3 million" / "$3.1 million"):
// still listed, for a desk checks it, but said so beside what it is about. The written rule: a value
// written with a scale word ("3 million", "$3m", "2.5bn") tells the scale's units to its last written
// digit (3 million: to the million; 2.5bn: to the hundred million), so it holds any value within half
// of that digit ($3 million holds $2.5 to $3.5 million, $3.1 million among them). A plain number's
// trailing zeros say nothing of how it was rounded ("40 percent" may be exact): no note for it.
import type { Conflict, Evidence, Token } from '../../model/index.ts';
import { SCALE_WORDS } from '../../text/data/quantities.ts';
import { fold } from '../../text/normalise.ts';
import { withoutStop } from '../../text/number-token.ts';
import { NUMBER_RE } from '../../text/patterns.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';

type Difference = Omit<Conflict, 'id'>;

// The figure as written (its tokens, spaced as in the article), and how far it was rounded: half the
// scale's unit at its last written digit, or null when no scale word tells it.
function writing(f: ClaimFigure, claim: Claim): { text: string; half: number | null } {
  const tokens = claim.tokens.filter((t) => t.start >= f.span.start && t.end <= f.span.end);
  const text = tokens
    .map((t, k) => (k > 0 && t.start > (tokens[k - 1] as Token).end ? ' ' : '') + t.text)
    .join('');
  const digits = tokens.find((t) => NUMBER_RE.test(t.text));
  const scale = tokens.map((t) => SCALE_WORDS[fold(withoutStop(t.text))]).find((s) => s !== undefined);
  if (!digits || scale === undefined) return { text, half: null };
  const decimals = digits.text.split('.')[1]?.length ?? 0;
  return { text, half: (scale * 10 ** -decimals) / 2 };
}

/**
 * The difference with a note when its two sides' values may be one rounded (see the rule above):
 * "“$3 million” may be “$3.1 million” rounded". Unchanged otherwise, or when the sides' figures pair
 * up more than one way.
 * @example
 * noteRounding(difference, claimAt).note // "“$3 million” may be “$3.1 million” rounded"
 */
export function noteRounding(d: Difference, claimAt: (e: Evidence) => Claim | undefined): Difference {
  if (d.kind !== 'figure' || d.sides.length !== 2) return d;
  const [one, two] = d.sides.map((s) => (s.evidence[0] ? claimAt(s.evidence[0]) : undefined));
  if (!one || !two) return d;
  const found: string[] = [];
  for (const x of one.figures)
    for (const y of two.figures) {
      if (x.unit === null || x.unit !== y.unit || x.value === y.value || x.qualifier || y.qualifier) continue;
      if (!d.about.includes(`(${x.unit})`)) continue;
      const [wx, wy] = [writing(x, one), writing(y, two)];
      // (the rounder of the two: the one rounded further)
      const [round, exact] = (wx.half ?? 0) >= (wy.half ?? 0) ? [wx, wy] : [wy, wx];
      if (round.half !== null && Math.abs(x.value - y.value) <= round.half)
        found.push(`“${round.text}” may be “${exact.text}” rounded`);
    }
  return found.length === 1 ? { ...d, note: found[0] as string } : d;
}
