import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactMark } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { mirroredMarks } from './facts.ts';
import type { CheckedFact } from './support/facts.ts';

// Just what mirroredMarks reads of a claim: its index, article and span.
const claim = (index: number, articleId: string): Claim =>
  ({ index, articleId, span: { start: index * 10, end: index * 10 + 9 } }) as unknown as Claim;

function fact(
  supporters: Claim[],
  marks: Record<string, FactMark['mark']>,
  against: Claim[] = [],
): CheckedFact {
  return {
    claim: supporters[0] as Claim,
    text: '',
    modality: 'happened',
    attribution: null,
    supporters,
    sources: supporters.map((c) => c.articleId),
    marks: new Map(Object.entries(marks).map(([id, mark]) => [id, { mark, evidence: null, reason: null }])),
    differing: [],
    against: against.map((c) => ({
      claim: c,
      judgement: { verdict: 'contradicts', cover: 1, reason: 'figure 42 vs 90' },
    })),
  };
}

test('a contradiction marks both rows: the supporters of the contradicted fact are ✗ on the other', () => {
  const [six1, six2, six3, three] = [claim(0, 'a1'), claim(1, 'a2'), claim(2, 'a3'), claim(3, 'a4')];
  // "at least six weeks" (a1, a2, a3) is contradicted by a4's "up to three months"; a4's own fact was
  // judged against a1 only (the judge read the other two as related)
  const six = fact(
    [six1, six2, six3],
    { a1: 'supports', a2: 'supports', a3: 'supports', a4: 'contradicts' },
    [three],
  );
  const months = fact([three], { a1: 'contradicts', a2: 'absent', a3: 'published-before', a4: 'supports' }, [
    six1,
  ]);
  const mirrored = mirroredMarks([six, months]);
  const added = mirrored.get(months);
  assert.deepEqual([...(added?.keys() ?? [])].sort(), ['a2', 'a3']);
  assert.equal(added?.get('a2')?.mark, 'contradicts');
  assert.deepEqual(added?.get('a2')?.evidence, { articleId: 'a2', span: { start: 10, end: 19 } });
  // nothing to add the other way: a4 is ✗ on "six weeks" already
  assert.equal(mirrored.get(six), undefined);
});

test('a mirrored ✗ never replaces a ✓', () => {
  const [a, b, c] = [claim(0, 'a1'), claim(1, 'a2'), claim(2, 'a3')];
  const first = fact([a, b], { a1: 'supports', a2: 'supports', a3: 'contradicts' }, [c]);
  const second = fact([c], { a1: 'absent', a2: 'supports', a3: 'supports' });
  assert.deepEqual([...(mirroredMarks([first, second]).get(second)?.keys() ?? [])], ['a1']);
});
