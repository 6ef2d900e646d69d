import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare as run } from './test-story.ts';

// A count in words below ten ("eight engines") was taken as incidental beside an exact count ("Ten
// fire engines", spelled out where it opens a sentence), so two outlets counting one thing with
// other values were never compared (newuser10's finding 12: "fire engines: 8 vs 10" listed under
// Figures only). Invented articles.

test('a count in words against an exact count of the same thing is a figure difference to check', () => {
  const { result } = run([
    'A barn at Tillet farm was destroyed by fire on Sunday.\n\nTwelve fire engines attended and three firefighters were treated for minor burns.',
    'A barn at Tillet farm burned down early on Sunday.\n\nNine fire engines were sent to the farm, which lies outside Hollin.',
  ]);
  assert.equal(result.conflicts.length, 0);
  const figure = result.differences?.find((c) => c.kind === 'figure');
  assert.ok(figure, 'a figure difference');
  assert.deepEqual(
    figure?.sides.map((s) => s.evidence.map((e) => e.articleId)),
    [['a1'], ['a2']],
  );
});

test('an exact count against a count in words of another thing is no difference', () => {
  const { result } = run([
    'A barn at Tillet farm was destroyed by fire on Sunday.\n\nTwelve fire engines attended and the road was closed until noon.',
    'A barn at Tillet farm burned down early on Sunday.\n\nNine volunteers were sent to the farm, which lies outside Hollin.',
  ]);
  assert.equal(result.differences?.filter((c) => c.kind === 'figure').length ?? 0, 0);
});

test('two counts in words of one thing are still incidental: no difference', () => {
  const { result } = run([
    'A barn at Tillet farm was destroyed by fire on Sunday.\n\nTwo workers were treated for smoke inhalation at the scene.',
    'A barn at Tillet farm burned down early on Sunday.\n\nThree workers were questioned by fire investigators on Monday.',
  ]);
  assert.equal(result.differences?.filter((c) => c.kind === 'figure').length ?? 0, 0);
});
