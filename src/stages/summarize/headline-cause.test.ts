import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stem } from '../../text/normalise.ts';
import { givesDisputed } from './headline-disputed.ts';

// A headline that names as the cause one the story's sources dispute heads the story with one side
// (newuser23 #8: "Brackwater blames electrical fault for deadly Eastmoor fire" while employees told of
// a failed pump); a headline of the event, or one naming an undisputed thing, does not. Invented titles.
const disputed = {
  values: new Set<number>(),
  tallies: new Set<string>(),
  causes: new Set(['electrical', 'fault', 'cooling', 'pump'].map(stem)),
};

test('a headline naming a disputed cause takes a side; one telling the event does not', () => {
  assert.equal(givesDisputed('Kessel blames electrical fault for deadly mill fire', disputed), true);
  assert.equal(givesDisputed('Broken pump caused mill fire, workers say', disputed), true);
  assert.equal(givesDisputed('Second worker dies after Kessel mill fire', disputed), false);
  assert.equal(givesDisputed('Arson blamed for school blaze', disputed), false);
  assert.equal(givesDisputed('Kessel blames electrical fault for deadly mill fire', undefined), false);
});
