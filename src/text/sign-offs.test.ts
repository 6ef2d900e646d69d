import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SegmentedArticle } from '../model/index.ts';
import { isSignOff, signOffSentences } from './sign-offs.ts';

describe('a live page telling of its own coverage', () => {
  test('its sign-offs and opening line are read; news, speech and a team "back" are not', () => {
    for (const text of [
      'That is all from our live coverage for today.',
      "That's all for today.",
      'That is it for the live blog this evening.',
      "That's it from us for tonight.",
      'We will be back on Saturday morning.',
      "We'll be back with more updates tomorrow.",
      'We are pausing our live coverage for now.',
      'Thank you for following our live coverage.',
      'Follow our live coverage of the storm in Kessmoor.',
    ])
      assert.ok(isSignOff(text), text);
    for (const text of [
      '“We will be back next season,” the Dunmore captain said.',
      'That is all the council can afford this year, the treasurer said.',
      'The ferry will be back in service on Saturday morning.',
      'Residents were told they could follow the repairs online.',
      // review30-A (fail before): a thing's end, a body's last word
      'This is it for the Dunmore ferry, which makes its last crossing on Sunday.',
      'That is all from the council until the budget is set in March.',
    ])
      assert.ok(!isSignOff(text), text);
  });
});

test('a sentence inside a quotation of several is no sign-off (invented; fails before)', () => {
  const text =
    '“We lost the final. We will be back next season. We always are,” the Dunmore captain said. We will be back on Saturday morning.';
  const cuts = [0, 20, 49, 91, text.length];
  const doc = {
    article: { text, paragraphs: [{ span: { start: 0, end: text.length } }] },
    sentences: cuts.slice(1).map((end, i) => ({ start: cuts[i] as number, end })),
  } as unknown as SegmentedArticle;
  assert.deepEqual(signOffSentences(doc), [3]);
});
