import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastCandidate, summarized } from './test-story.ts';

// newuser19 #8: both articles open with the event ("ordered a review …, saying the country should
// decide every asylum claim within six weeks"), yet the summary gave only the reaction: the noun
// "claim" counted as the contested verb (→ say), and "should" after "saying" as the outlet's advice.
// Invented story.
const LEDE =
  'Home Secretary Rana Oltvik on Monday ordered a review of harbour detention, saying Velmora should decide every asylum claim within six weeks.';
const REVIEW = [
  {
    outlet: 'Velmora Courier',
    title: 'Oltvik orders review of harbour detention',
    text: `${LEDE}\n\nThe review will report in May on the Tarsk centre, which holds 300 people.\n\nGreen Party leader Ivo Brask said the review was a stunt.`,
  },
  {
    outlet: 'Velmora Daily',
    title: 'Home Secretary orders detention review',
    text: 'Home Secretary Rana Oltvik on Monday ordered a review of harbour detention and promised a decision on every claim within six weeks.\n\nGreen Party leader Ivo Brask said the review was a stunt.',
  },
];

test('a lede reporting what was said, with the noun "claim", may be told', () => {
  assert.equal(lastCandidate('T', LEDE)?.eligible, true);
  assert.deepEqual(lastCandidate('T', LEDE)?.contested, []);
});

test('the verb "claim" still counts, and the outlet\'s own "should" is still its verdict', () => {
  const said = lastCandidate(
    'T',
    'Critics claim that the Tarsk centre is overcrowded and unsafe for families.',
  );
  assert.deepEqual(said?.contested, ['claim']);
  const doubted = lastCandidate('T', 'The Tarsk centre is not as large as the ministry has claimed.');
  assert.deepEqual(doubted?.contested, ['claim']);
  const advice = lastCandidate(
    'T',
    'The Home Secretary should close the Tarsk centre before the winter storms arrive.',
  );
  assert.equal(advice?.eligible, false);
});

test('the summary tells the event both articles open with', () => {
  const { out } = summarized(REVIEW, 60);
  assert.ok(
    out.summary.some((s) => /ordered a review/.test(s.text)),
    out.summary.map((s) => s.text).join(' | '),
  );
});
