// One measure told with several values across a story ("a £42.5 million budget" in three outlets, "a
// £45 million budget" in two) is one difference with a side per value and every article on its side,
// not one entry per pair of facts the alignment kept apart; and a vote's count told otherwise by the
// two sides of a difference ("by seven votes to four" / "voted eight to three") is a difference of its
// own, which the figure the pair was judged on (the budget) did not name.
import type { Conflict, Evidence } from '../../../model/index.ts';
import { evidenceOverlaps } from '../../../text/evidence.ts';
import { stem } from '../../../text/normalise.ts';
import { ownTalliesIn } from '../../../text/own-tallies.ts';
import type { Claim } from '../claims.ts';

/** A difference laid out, with the value each of its sides gives (null where none is known). */
export interface KeyedDifference {
  readonly conflict: Omit<Conflict, 'id'>;
  /** Per side: the value it gives ("GBP|42500000", a tally "7-4"), or null. */
  readonly keys: readonly (string | null)[];
}

/** The evidence of a claim: its article and span (a copy). */
export const evidenceOf = (c: Claim): Evidence => ({ articleId: c.articleId, span: { ...c.span } });

/**
 * Differences of one measure merged: an entry whose `about` and kind are an earlier entry's and that
 * shares a value with it joins it, its sides added to the side of the same value (or as new sides).
 * An entry that would put one article on two sides of other values stays apart (when unsure, show
 * the pairs as they were judged).
 */
export function mergeMeasures(entries: readonly KeyedDifference[]): Omit<Conflict, 'id'>[] {
  const out: {
    sides: (Conflict['sides'][number] & { evidence: Evidence[] })[];
    keys: (string | null)[];
    base: Omit<Conflict, 'id'>;
  }[] = [];
  for (const { conflict, keys } of entries) {
    const into = out.find(
      (o) =>
        o.base.kind === conflict.kind &&
        o.base.about === conflict.about &&
        keys.some((k) => k !== null && o.keys.includes(k)),
    );
    const known = keys.every((k) => k !== null);
    const clashes =
      into !== undefined &&
      conflict.sides.some((s, i) =>
        s.evidence.some((e) =>
          into.sides.some(
            (t, j) => into.keys[j] !== keys[i] && t.evidence.some((f) => evidenceOverlaps(e, f)),
          ),
        ),
      );
    if (!into || !known || clashes) {
      out.push({
        base: conflict,
        keys: [...keys],
        sides: conflict.sides.map((s) => ({ ...s, evidence: [...s.evidence] })),
      });
      continue;
    }
    conflict.sides.forEach((s, i) => {
      const j = into.keys.indexOf(keys[i] as string);
      if (j < 0) {
        into.sides.push({ ...s, evidence: [...s.evidence] });
        into.keys.push(keys[i] as string);
        return;
      }
      const side = into.sides[j] as { evidence: Evidence[] };
      for (const e of s.evidence)
        if (!side.evidence.some((f) => evidenceOverlaps(e, f))) side.evidence.push(e);
    });
  }
  return out.map((o) => ({ ...o.base, sides: o.sides }));
}

const VOTE = stem('votes');

/**
 * The count of a vote or game the sides of a difference give otherwise, as a difference of its own:
 * each side's sentences that tell one tally ("by seven votes to four": 7-4), when one side's tally is
 * another's and no side gives another side's count. Null when fewer than two sides tell one, or
 * when the difference is about the count already (`about` counts votes).
 */
export function tallyDifference(
  sides: readonly (readonly Claim[])[],
  countedVotes: boolean,
): KeyedDifference | null {
  if (countedVotes) return null;
  const told = sides.map((claims) =>
    claims.flatMap((c) => {
      // (a tally of another clause counts another vote or game: "after an amendment … failed by 8 to 3")
      const tallies = ownTalliesIn(c.tokens);
      return tallies.length === 1 ? [{ claim: c, tally: tallies[0] as string }] : [];
    }),
  );
  const byTally = new Map<string, Claim[]>();
  told.forEach((side, i) => {
    const own = new Set(side.map((t) => t.tally));
    // a side telling two counts tells two votes, or is unsure: no difference of the count
    if (own.size > 1) byTally.set(`?${i}`, []);
    for (const t of side) byTally.set(t.tally, [...(byTally.get(t.tally) ?? []), t.claim]);
  });
  if ([...byTally.keys()].some((k) => k.startsWith('?')) || byTally.size < 2) return null;
  const votes = [...byTally.values()]
    .flat()
    .some((c) => c.tokenStems.includes(VOTE) || c.tokenStems.includes('vote'));
  return {
    conflict: {
      kind: 'figure',
      about: votes ? 'vote count' : 'tally',
      sides: [...byTally.values()].map((claims) => ({
        claim: (claims[0] as Claim).text,
        evidence: claims.map(evidenceOf),
      })),
    },
    keys: [...byTally.keys()],
  };
}
