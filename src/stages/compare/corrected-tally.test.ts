import assert from 'node:assert/strict';
import { test } from 'node:test';
import { storyCorrections } from './corrections.ts';
import { storyOf } from './corrections-fixture.ts';

// A corrected tally (differ36, newuser14 #7: "said the vote was seven to four. It was eight to
// three." was followed to no other outlet): the sentences of other outlets that still tell the wrong
// tally as their own, with the note's right one (invented articles).
const carried = (note: string, others: readonly string[]) =>
  storyCorrections(
    storyOf([
      ['Pell Courier', `Pell council approved its budget on Tuesday.\n${note}`, '2031-05-03', '2031-05-04'],
      ...others.map((text, i): [string, string, string, null] => [`Outlet ${i}`, text, '2031-05-06', null]),
    ]),
  ).flatMap((n) => n.stillCarried.map((c) => [c.text, c.wrong, c.right]));

const NOTE =
  'Correction: An earlier version of this article said the vote was seven to four. It was eight to three.';

test('a corrected tally: a sentence still telling the wrong one as its own, with the right one', () => {
  assert.deepEqual(
    carried(NOTE, [
      'Pell council voted seven to four on Tuesday to approve the budget.',
      // the right tally and a tally in another clause (another vote): none; one in digits: listed
      'Pell council voted eight to three on Tuesday to approve the budget.',
      'The budget passed a week after an amendment to it failed by seven votes to four.',
      'The vote, 7-4, came after a long debate in Pell.',
    ]),
    [
      [
        'Pell council voted seven to four on Tuesday to approve the budget.',
        'seven to four',
        'eight to three',
      ],
      ['The vote, 7-4, came after a long debate in Pell.', 'seven to four', 'eight to three'],
    ],
  );
});

test('a note that gives no right tally, or two, puts none right', () => {
  const others = ['Pell council voted seven to four on Tuesday to approve the budget.'];
  const none = 'Correction: An earlier version of this article said the vote was seven to four.';
  const two = `${NOTE} An amendment passed six to five.`;
  assert.deepEqual(carried(none, others), []);
  assert.deepEqual(carried(two, others), []);
});
