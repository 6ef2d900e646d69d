import assert from 'node:assert/strict';
import { test } from 'node:test';
import { holdsRun, joinedRun, wordRun } from './word-runs.ts';

test('a passage is held only by its words one after another, in any case or marks', () => {
  const text = joinedRun(
    wordRun('The two discussed “ongoing efforts to manage the long ferry queues,” Holt said.'),
  );
  const cases: [string, boolean][] = [
    ['Ongoing efforts to manage the long ferry queues', true],
    ['“manage the long Ferry queues.”', true],
    ['ongoing efforts to manage the ferry queues', false],
    ['ferry queues long', false],
    ['queue', false],
    ['', false],
  ];
  for (const [passage, held] of cases) assert.equal(holdsRun(text, passage), held, passage);
});

test('curly apostrophes and accents fold', () => {
  assert.deepEqual(wordRun('Núñez’s “PLAN”'), ['nunez', 's', 'plan']);
  assert.equal(holdsRun(joinedRun(wordRun("nunez's plan")), 'Núñez’s plan'), true);
});
