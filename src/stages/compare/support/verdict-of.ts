/**
 * For the support tests: judge the first sentence of `evidence` against the first sentence of
 * `claim`, each its own article, read as the pipeline reads them.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { judgeEvidence } from './index.ts';
import type { Judgement, Verdict } from './verdict.ts';

/**
 * The judgement of invented sentence `evidence` on invented sentence `claim`, each article published
 * on the day given in `days` (none when left out).
 */
export function judgementOf(
  claim: string,
  evidence: string,
  days: { readonly claim?: string; readonly evidence?: string } = {},
): Judgement {
  const ctx = createContext();
  const dated = (id: string, text: string, day: string | undefined) =>
    day ? { ...articleFromText(id, text), publishedAt: day } : articleFromText(id, text);
  const docs = segmentAll([dated('a1', claim, days.claim), dated('a2', evidence, days.evidence)], ctx);
  const story = { id: 's', title: '', articleIds: ['a1', 'a2'], keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  const first = (i: number) => {
    const s = docs[i]?.sentences[0];
    assert.ok(s);
    return { articleId: `a${i + 1}`, span: { start: s.start, end: s.end } };
  };
  return judgeEvidence(input, first(0), first(1));
}

/**
 * An invented pair for a table test: its name, the claim, the evidence, the verdict expected
 * (`not X`: any verdict but X) and, for a case the judge does not get right yet, why (a `todo`: it
 * runs and is reported but does not fail the suite).
 */
export type VerdictCase = readonly [
  name: string,
  claim: string,
  evidence: string,
  expected: Verdict | `not ${Verdict}`,
  todo?: string,
];

/**
 * The verdict of the clash rules, before proven.ts decides how a clash is shown: a `differs` is the
 * clash they found (`contradicts`). The tables of the clash rules test what is found; proven.test.ts
 * and the stage's tests what is shown.
 */
export const clashVerdict = (j: Judgement): Verdict => (j.verdict === 'differs' ? 'contradicts' : j.verdict);

/** One test per case: the judgement of its evidence on its claim has the verdict expected (of the clash rules). */
export function testVerdicts(cases: readonly VerdictCase[]): void {
  for (const [name, claim, evidence, expected, todo] of cases)
    test(name, { todo }, () => {
      const j = judgementOf(claim, evidence);
      const verdict = clashVerdict(j);
      if (expected.startsWith('not ')) assert.notEqual(verdict, expected.slice(4), j.reason);
      else assert.equal(verdict, expected, j.reason);
    });
}
