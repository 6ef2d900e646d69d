import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Claim } from '../claims.ts';
import { factConflicts } from './conflicts.ts';
import type { CheckedFact } from './facts.ts';

// A claim with only what factConflicts reads.
const claim = (index: number, articleId: string, text: string): Claim =>
  ({ index, articleId, text, span: { start: 0, end: text.length }, figures: [] }) as unknown as Claim;

const fact = (reason: string): CheckedFact => {
  const own = claim(0, 'a1', 'In 1969, Brandt was indicted.');
  return {
    claim: own,
    text: own.text,
    modality: 'happened',
    attribution: null,
    supporters: [own],
    sources: ['a1'],
    marks: new Map(),
    differing: [],
    against: [
      {
        claim: claim(1, 'a2', 'In 1970, Brandt was indicted.'),
        judgement: { verdict: 'contradicts', cover: 1, reason },
      },
    ],
  };
};

// Each reason of a contradiction names its conflict's kind and what it is about.
const CASES: [string, string, string][] = [
  ['another day', 'date', 'date of the event'],
  ['another year', 'date', 'year of the event'],
  ['opposite outcome', 'outcome', 'outcome'],
  ['negation', 'other', 'whether it happened'],
];

describe('fact conflicts', () => {
  for (const [reason, kind, about] of CASES)
    test(reason, () => {
      const [conflict] = factConflicts([fact(reason)]);
      assert.equal(conflict?.kind, kind);
      assert.equal(conflict?.about, about);
      assert.deepEqual(
        conflict?.sides.map((s) => s.evidence.map((e) => e.articleId)),
        [['a1'], ['a2']],
      );
    });
});
