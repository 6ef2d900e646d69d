import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, find } from './test-kit.ts';

// newuser22 #1: what a figure counts comes from its own phrase, and two counts that differ are two
// rows of the Figures table (invented sentences).
test('figures: "total" told as a verb refers back to no earlier figure', () => {
  const list = figures(
    'The yacht lost its mast about 12 nautical miles offshore. Marina visits this year total about 3,400, the harbour office says.',
  );
  assert.equal(find(list, 'about 12 nautical miles').counts, 'nautical miles');
  assert.equal(find(list, 'about 3,400').counts, null);
  // a determiner opens a back reference, an adjective may stand between
  const back = figures('The league sold 900 season tickets. The final tally was 950.');
  assert.equal(find(back, '950').counts, 'season tickets');
  const owned = figures('The fair drew 8,200 visitors, beating last year’s total by almost 900.');
  assert.equal(find(owned, 'almost 900').counts, 'visitors');
});

test('figures: two exact counts one apart are two figures; a rounding and its exact value one', () => {
  const votes = figures(
    'The council approved the plan by 213 votes to 186.',
    'The plan passed by 212 votes to 187 on Monday.',
  );
  for (const text of ['213 votes', '212 votes', '186', '187'])
    assert.equal(find(votes, text).occurrences.length, 1, text);
  const fund = figures('The fund holds $2.4 million.', 'The fund holds $2,412,000 in cash.');
  assert.equal(find(fund, '$2.4 million').occurrences.length, 2);
});
