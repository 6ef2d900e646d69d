import assert from 'node:assert/strict';
import test from 'node:test';
import { runCompare } from './test-story.ts';

// A sentence sharing most of a fact's words, kept out of the fact's group by alignment's figure rule
// (a number on one side only), is still judged for support: it states the claim without the number
// ('told a rally … no choice' by '… told about 800 people at a rally … no choice'), so the coverage row
// marks it ✓ as the summary cites it; the claim with the number is not stated by the one without it.
test('a retelling a figure rule kept apart supports the claim it states, not the one it lacks a number of', () => {
  const { result } = runCompare([
    '"Nobody wanted to leave the wards today, but the board left us no choice," federation general secretary Ilse Marrow told about 800 people at a rally outside Carrowby General Hospital.',
    'Federation general secretary Ilse Marrow told a rally outside Carrowby General Hospital that the board had left nurses "no choice".',
  ]);
  const marks = (word: string) => {
    const fact = result.facts.find((f) => f.text.startsWith(word));
    assert.ok(fact, result.facts.map((f) => f.text).join(' | '));
    return [fact.coverage.a1?.mark, fact.coverage.a2?.mark];
  };
  assert.deepEqual(marks('Federation general secretary'), ['supports', 'supports']);
  assert.deepEqual(marks('"Nobody wanted'), ['supports', 'absent']);
});
