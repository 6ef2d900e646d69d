import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { runCompare } from '../test-story.ts';
import { wantedKept } from './change-links.ts';
import { readSentences } from './index.ts';
import type { Reading } from './reading.ts';

// newuser24 #1 (session 45): the level two dissenters voted to keep ("voted to keep rates at 4.75
// per cent") was listed as another value of the rate every outlet gave as cut to 4.5 per cent, and
// the summary said only one outlet gave 4.5 per cent. Invented sentences.
function reading(text: string): Reading {
  const ctx = createContext();
  const docs = segmentAll([articleFromText('a1', text)], ctx);
  const story = { id: 's', title: '', articleIds: ['a1'], keywords: [] };
  const { find } = readSentences({ story, articles: docs, entities: [], quotes: [], figures: [] });
  const s = docs[0]?.sentences[0];
  assert.ok(s);
  const r = find({ articleId: 'a1', span: { start: s.start, end: s.end } });
  assert.ok(r);
  return r;
}

const kept = (text: string): boolean[] => {
  const r = reading(text);
  return r.claim.figures.map((f) => wantedKept(f, r));
};

test('wantedKept: a level someone voted or wanted kept, not a level the measure reached or was kept at', () => {
  assert.deepEqual(kept('Two members of the Tolmere rates board voted to keep rates at 3.75 per cent.'), [
    false,
    true,
  ]);
  assert.deepEqual(kept('Two policymakers voted to hold the rate at 3.75%.'), [false, true]);
  assert.deepEqual(kept('One member argued for holding the main rate at 3.75 per cent.'), [true]);
  // what the bank did, or a level reached: no wanted level
  for (const text of [
    'The Tolmere central bank held its main rate at 3.75 per cent on Tuesday.',
    'The Tolmere central bank cut its main rate to 3.5 per cent on Tuesday.',
    'Economists expect the bank to keep its main rate at 3.75 per cent.',
  ])
    assert.deepEqual(kept(text), [false], text);
});

test('the level dissenters voted to keep is no other value of the rate the outlets give as cut to', () => {
  const cut =
    'The Tolmere central bank on Tuesday delivered a quarter-point cut to its main rate, bringing it to 3.5 per cent.';
  const { result } = runCompare([
    [
      `${cut}\nTwo policymakers voted to hold the rate at 3.75%.`,
      { outlet: 'Kellmoor Courier', publishedAt: '2031-03-12' },
    ],
    [
      `${cut}\nTwo members voted to keep rates at 3.75 per cent.`,
      { outlet: 'Halden Gazette', publishedAt: '2031-03-12' },
    ],
    [cut, { outlet: 'Eastmere Herald', publishedAt: '2031-03-12' }],
  ]);
  const abouts = (result.differences ?? []).map((d) => d.about);
  assert.ok(!abouts.some((a) => /rate/.test(a)), JSON.stringify(abouts));
});
