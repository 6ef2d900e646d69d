import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// Cue words used where no one speaks (not-speech.ts): a machine's or a thing's "support", "can expect",
// "citing" a source. Each sentence is no one's report; the last ones keep theirs.

/** [rule, text]: no indirect speech. */
const NO_SPEAKER: [string, string][] = [
  ['a device supports a service', 'The handset does not support 3G but does have quad band support.'],
  [
    'an "it" the story names no one for supports a service',
    'The Pebble 9 arrives in March. It will support the carrier’s calling service as well as video chat.',
  ],
  ['"can expect" looks forward', 'Buyers can expect the Pebble 9 to reach the shops in May.'],
  ['"could also expect" looks forward', 'We could also expect more carriers to follow in the summer.'],
  [
    '"citing" a source tells no content',
    'Citing unnamed people familiar with the matter, the paper ran the story.',
  ],
];

for (const [rule, text] of NO_SPEAKER) {
  test(`no speaker: ${rule}`, () => {
    assert.deepEqual(
      indirectQuotes(text).map((q) => [q.speaker?.name, q.text]),
      [],
    );
  });
}

test('a body\'s "it" still supports, and one who expects or cites still reports', () => {
  const found = (text: string) => indirectQuotes(text).map((q) => [q.speaker?.name, q.text]);
  assert.deepEqual(found('Acme Corp. said on Monday that it supports the merger with Zenith.'), [
    ['Acme Corp.', 'it supports the merger with Zenith'],
  ]);
  // (the "it" is kept as the report's speaker: what the pronoun stands for is another matter)
  assert.deepEqual(
    indirectQuotes('When Acme Corp. closed the plant, it cited the rising costs of steel.').map(
      (q) => q.text,
    ),
    ['the rising costs of steel'],
  );
  assert.deepEqual(found('The port expects the new ferry to sail in May.'), [
    ['port', 'the new ferry to sail in May'],
  ]);
  assert.deepEqual(found('The mayor cited safety concerns in closing the bridge.'), [
    ['mayor', 'safety concerns in closing the bridge'],
  ]);
});
