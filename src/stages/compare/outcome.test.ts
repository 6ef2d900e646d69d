import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

test('outcomes told otherwise are a difference to check that labels its sides by what they say, no more', () => {
  const { result } = runCompare([
    'Trade ministers from Arvania and Belmora met in Tessin on Tuesday. After the talks, the two sides failed to announce new tariff measures.',
    'Trade ministers from Arvania and Belmora met in Tessin on Tuesday. Both delegations called the talks very productive.',
  ]);
  const outcome = result.differences?.find((c) => c.kind === 'outcome');
  assert.ok(outcome, 'an outcome difference');
  // both can hold: no conflict, no ✗, no fact marked conflicting
  assert.equal(
    result.conflicts.find((c) => c.kind === 'outcome'),
    undefined,
  );
  for (const f of result.facts) {
    assert.notEqual(f.status, 'conflicting', f.text);
    for (const mark of Object.values(f.coverage)) assert.notEqual(mark.mark, 'contradicts', f.text);
  }
  const [fell, went] = outcome.sides.map((s) => s.claim);
  // "failed to announce new measures" does not say the talks produced nothing
  assert.match(fell ?? '', /^says it fell short: .*failed to announce/);
  assert.match(went ?? '', /^says it went well: .*very productive/);
  assert.doesNotMatch(`${fell} ${went}`, /produced nothing/);
});

test('a plan told after earlier talks broke down is no side of the outcome of later talks', () => {
  const { result } = runCompare([
    'Dockworkers will walk off the job on Monday after talks with the port broke down, their union said.',
    'Dockworkers walked off the job on Monday. The port director met union leaders that afternoon and called the talks very productive.',
  ]);
  assert.equal(
    [...result.conflicts, ...(result.differences ?? [])].find((c) => c.kind === 'outcome'),
    undefined,
  );
});
