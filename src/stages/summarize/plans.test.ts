import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story: one outlet writes before the trip ("is sending … in the coming days", which the
// summary reads as a plan), two write after it; the later ones tell the sending in other words and
// with other details, so no sentence of theirs is alike enough to be aligned with the plan.
const TRIP = [
  {
    outlet: 'Valley Herald',
    title: 'Governor sending deputies to Orvale',
    text: 'Governor Lena Marsh is sending her two deputies to Orvale in the coming days for direct talks on the shared river dam, her office said Monday.\n\nThe dam has been closed to barges since a storm damaged its locks in the spring.',
  },
  {
    outlet: 'Orvale Times',
    title: 'Marsh deputies arrive in Orvale for dam talks',
    text: 'Governor Lena Marsh sent two deputies to Orvale this week as barge owners lost money along the idle waterway.\n\nThe deputies met the Orvale mayor, Piet Hanssen, on Thursday and agreed to reopen the locks by June.\n\nHanssen called the meeting frank and useful.',
  },
  {
    outlet: 'River Post',
    title: 'Deal to reopen dam locks by June',
    text: 'Two deputies of Governor Lena Marsh met Orvale mayor Piet Hanssen on Thursday and agreed to reopen the locks by June.\n\nBarge owners welcomed the deal.',
  },
];

describe('a plan another outlet tells as done, of the same people and place, is not told', () => {
  const { out } = summarized(TRIP, 400);

  test('with room for everything, the summary tells the sending as done and never as planned', () => {
    assert.ok(out.summary.some((s) => /met .*on Thursday/.test(s.text)));
    for (const s of out.summary) assert.doesNotMatch(s.text, /is sending/, s.text);
  });

  test('the plan stays when the done sentence is about someone else', () => {
    const other = TRIP.map((d, i) =>
      i === 1 ? { ...d, text: d.text.replace('Governor Lena Marsh sent', 'Governor Ruud Vos sent') } : d,
    );
    const told = summarized(other, 400).out;
    assert.ok(told.summary.some((s) => /is sending/.test(s.text)));
  });
});
