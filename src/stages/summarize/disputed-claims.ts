import type { Evidence, Fact } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import { candidatesAt, groupByArticle, overlaps } from './spans.ts';

/** The sentence telling a claim's dispute, and the other articles' sentences telling it. */
export interface Denial {
  readonly sentence: Candidate;
  readonly others: readonly Evidence[];
}

/** The sentences left out for telling a disputed claim or its dispute, and those told with a dispute. */
export interface DisputedClaims {
  /** Left out: told alone, either side would read as the fact (the sentences of `disputed` are not). */
  readonly left: Set<number>;
  /**
   * By candidate index: a sentence that tells the claim as someone's ("The minister said …"), with the
   * sentence telling its dispute, told right after it ("The union disputed that.").
   */
  readonly disputed: ReadonlyMap<number, Denial>;
}

/**
 * The candidates that tell a claim some article tells disputed (the compare stage's `disputes`), or
 * tell the dispute: told alone, either side would read as the fact ("The mill passed its inspection"
 * in the summary's own voice, or "The union disputed that" pointing at nothing). A sentence that holds
 * the claim and its dispute together ("The union disputed the minister's statement that …") may be
 * told; so may one that tells the claim as someone's, with a sentence telling the dispute beside it
 * (the disputing article's own first, else the first told). The report's disputed points and coverage
 * table show both sides.
 * @example
 * disputedClaims(candidates, facts).left // Set { 3, 7 }
 */
export function disputedClaims(candidates: readonly Candidate[], facts: readonly Fact[]): DisputedClaims {
  const tellers = new Set<number>();
  const denied = new Set<number>();
  const disputed = new Map<number, Denial>();
  // the tellers of more than one disputed claim (or with no dispute to tell beside), told with none
  const alone = new Set<number>();
  const at = candidatesAt(groupByArticle(candidates));
  for (const f of facts) {
    const disputes = f.disputes ?? [];
    if (!disputes.length) continue;
    const told = [
      ...f.evidence,
      ...Object.values(f.coverage).flatMap((m) => (m.mark === 'supports' && m.evidence ? [m.evidence] : [])),
    ];
    const both = (c: Candidate) => disputes.some((d) => overlaps(d.evidence, c.evidence));
    // the sentences telling the dispute alone, that may be told after the claim as someone's
    const denials = disputes.flatMap((d) =>
      at(d.evidence).filter((c) => !told.some((e) => overlaps(e, c.evidence))),
    );
    for (const c of denials) denied.add(c.index);
    const usable = denials.filter((c) => c.eligible);
    const denialOf = (c: Candidate): Denial | undefined => {
      const sentence = usable.find((d) => d.articleId === c.articleId) ?? usable[0];
      if (!sentence) return undefined;
      const others = disputes.filter((d) => d.articleId !== sentence.articleId).map((d) => d.evidence);
      return { sentence, others };
    };
    const tellersOf = new Set(told.flatMap((e) => at(e)).filter((c) => !both(c)));
    for (const c of tellersOf) {
      const denial = denialOf(c);
      if (
        !c.attributed ||
        !denial ||
        (tellers.has(c.index) && disputed.get(c.index)?.sentence !== denial.sentence)
      )
        alone.add(c.index);
      else disputed.set(c.index, denial);
      tellers.add(c.index);
    }
  }
  for (const i of [...alone, ...denied]) disputed.delete(i);
  const left = new Set([...tellers, ...denied].filter((i) => !disputed.has(i)));
  return { left, disputed };
}
