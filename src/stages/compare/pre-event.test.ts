import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented coverage of one meeting: a1 written before it, a2 and a3 after, telling opposite outcomes.
const BEFORE =
  'Trade ministers from Arvania and Belmora will meet in Tessin on Tuesday to discuss grain tariffs, officials said. ' +
  'The ministers are expected to sign nothing before the harvest.';
const FAILED =
  'Trade ministers from Arvania and Belmora met in Tessin on Tuesday to discuss grain tariffs. ' +
  'The talks failed to produce an agreement on tariffs, two delegates said.';
const PRODUCTIVE =
  'Trade ministers from Arvania and Belmora met in Tessin on Tuesday to discuss grain tariffs. ' +
  'Both delegations called the talks very productive.';

test('an article written before the meeting is "published before" on how the meeting went, not silent', () => {
  const { result, factWith } = runCompare([BEFORE, FAILED, PRODUCTIVE]);
  // the meeting itself: a1 tells it as planned
  const met = factWith('met in Tessin')[0];
  assert.equal(met?.coverage.a1?.mark, 'published-before');
  // the outcome difference's facts: a1 could not tell how it went
  const outcomes = result.facts.filter((f) => /failed|productive/.test(f.text));
  assert.ok(outcomes.length >= 2, 'both outcome facts are shown');
  for (const fact of outcomes) {
    assert.equal(fact.coverage.a1?.mark, 'published-before', fact.text);
    assert.ok(fact.coverage.a1?.evidence, 'with the sentence that plans the meeting');
  }
  // and the other side is no ✗: "failed to produce an agreement" and "very productive" can both hold
  for (const fact of outcomes)
    for (const mark of Object.values(fact.coverage)) assert.notEqual(mark.mark, 'contradicts', fact.text);
  assert.ok(result.differences?.some((c) => c.kind === 'outcome'));
});

test('an article written after the meeting that tells no outcome stays "does not mention it"', () => {
  const AFTER =
    'Trade ministers from Arvania and Belmora met in Tessin on Tuesday to discuss grain tariffs. ' +
    'Farmers protested outside the hall.';
  const { result } = runCompare([AFTER, FAILED, PRODUCTIVE]);
  const outcomes = result.facts.filter((f) => /failed|productive/.test(f.text));
  assert.ok(outcomes.length >= 2);
  for (const fact of outcomes) assert.equal(fact.coverage.a1?.mark, 'absent', fact.text);
});
