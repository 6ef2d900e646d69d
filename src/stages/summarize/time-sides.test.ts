import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story: one outlet has the council say the branches close "immediately", two have it
// say March 1, 2027; the compare stage lists the two times as a difference to check.
const CLOSING = [
  {
    outlet: 'Velm Courier',
    text: 'The Tarrow council voted on Monday to close three library branches to save money.\n\nThe Ashgrove, Millbrook and Quayside branches will close immediately, the council said.\n\nLibrarians said the cuts would hurt children most.',
  },
  {
    outlet: 'Tarrow Daily',
    text: 'The Tarrow council voted on Monday to close three library branches to save money.\n\nThe Ashgrove, Millbrook and Quayside branches will close on March 1, 2027, the council said.\n\nThe union called a protest for Friday.',
  },
  {
    outlet: 'Estuary Radio',
    text: 'Councillors in Tarrow voted on Monday to close three library branches to save money.\n\nThe Ashgrove, Millbrook and Quayside branches will close on March 1, 2027.\n\nThe union called a protest for Friday outside the town hall.',
  },
];

test('a time the outlets give otherwise ("immediately" / "on March 1") is told on no side, said or not', () => {
  const { comparison, out } = summarized(CLOSING, 400);
  const differences = comparison.differences ?? [];
  assert.ok(
    differences.some(
      (d) =>
        d.kind === 'date' &&
        d.sides.some((s) => /immediately/.test(s.claim)) &&
        d.sides.some((s) => /March 1/.test(s.claim)),
    ),
    'the compare stage lists the two times',
  );
  assert.ok(out.summary.some((s) => /voted on Monday/.test(s.text)));
  for (const s of out.summary) assert.doesNotMatch(s.text, /immediately|March 1/, s.text);
});

test('nor does the headline: a title with one of the two times is passed over', () => {
  const titles = [
    'Tarrow closes three library branches at once',
    'Three Tarrow library branches to close on March 1',
  ];
  const { out } = summarized(
    CLOSING.map((d, i) => (titles[i] ? { ...d, title: titles[i] } : d)),
    400,
  );
  assert.ok(out.headline);
  assert.doesNotMatch(out.headline, /at once|immediately|March 1/);
  // a title whose day every side tells ("voted on Monday") is no side
  const monday = summarized(
    CLOSING.map((d, i) => ({
      ...d,
      title: i === 1 ? 'Tarrow council votes on Monday to close branches' : undefined,
    })),
    400,
  ).out.headline;
  assert.equal(monday, 'Tarrow council votes on Monday to close branches');
});
