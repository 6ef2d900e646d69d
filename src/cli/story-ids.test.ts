import assert from 'node:assert/strict';
import { test } from 'node:test';
import { noStoryMessage } from './story-ids.ts';

test('a missing story id: the message names the ids the store has, the nearest when many', () => {
  assert.equal(
    noStoryMessage('s4', ['s15', 's1', 's3', 's2', 's9']),
    'no story "s4" in the store; it has s1, s2, s3, s9, s15 (ids are kept once given, so they skip; see parallax stories)',
  );
  const many = Array.from({ length: 40 }, (_, i) => `s${3 * i + 1}`);
  assert.equal(
    noStoryMessage('s50', many),
    'no story "s50" in the store; it has 40 stories; the nearest: s37, s40, s43, s46, s49, s52, s55, s58, s61, s64 (ids are kept once given, so they skip; see parallax stories)',
  );
  assert.match(noStoryMessage('s1', []), /it has none yet/);
});
