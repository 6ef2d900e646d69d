// Step 4 of the summary: how each sentence tells its event, and which sentences the story's later
// reports have overtaken (a plan told since as done, a value given anew), so that they are left out.
import type { StoryComparison, StoryExtraction, StoryInput } from '../../model/index.ts';
import { participantShare } from '../compare/support/relations.ts';
import type { Candidate } from './candidates.ts';
import type { Judged } from './judged.ts';
import { candidateTellings, type PlanContext, supersededPlans, type Telling } from './modality.ts';
import { overtakenCandidates, overtakenValues } from './overtaken.ts';
import { overtakenPlans } from './overtaken-plans.ts';

/** Each sentence's telling, the sentences left out as overtaken, and the values told anew since. */
export interface Superseded {
  readonly tellings: readonly (Telling | null)[];
  readonly superseded: Set<number>;
  readonly overtaken: ReadonlySet<number>;
}

/**
 * How each candidate tells its event, and the candidates a later report overtakes: a plan another
 * article tells as done, a value the story's later reports give anew (told by its newer value), a
 * plan or expectation its event, told since as done, has overtaken ("will vote on Tuesday" /
 * "expected the bill to pass" / "approved on Tuesday").
 */
export function supersededOf(
  candidates: readonly Candidate[],
  input: StoryInput & StoryExtraction & StoryComparison,
  near: PlanContext['near'],
  judged: Judged,
): Superseded {
  const tellings = candidateTellings(candidates, input.articles);
  const superseded = supersededPlans({
    candidates,
    near,
    tellings,
    facts: input.facts,
    plannedVsDone: (claim, evidence) => judged(claim, evidence).verdict === 'planned-vs-happened',
    namesEveryone: (claim, evidence) => {
      const [a, b] = [judged.read(claim), judged.read(evidence)];
      if (!a || !b || participantShare(a, b) < 1) return false;
      return a.names.filter((n) => b.claim.terms.has(n)).length >= 2;
    },
  });
  const values = overtakenValues(input.facts, input.figures, input.articles);
  for (const i of overtakenCandidates(candidates, values, input.figures, input.articles)) superseded.add(i);
  for (const i of overtakenPlans(candidates, tellings, judged.read)) superseded.add(i);
  return { tellings, superseded, overtaken: new Set(values.map((o) => o.value)) };
}
