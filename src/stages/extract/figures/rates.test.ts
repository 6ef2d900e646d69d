import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, find } from './test-kit.ts';

// A figure's rate ("a day", "a year") is read from its own clause (periods.ts, rateNear).

test('figures: a rate word in a clause that "that" or "which" opens is not the figure’s', () => {
  const list = figures(
    'At least 12 more were hurt during a race that took place at the annual harbour fair.',
    'Firms with over 100 staff will soon need to ensure that their crews are tested weekly.',
    'The port hired 40 pilots, which the board reviews monthly.',
  );
  assert.equal(find(list, 'At least 12').period, null);
  assert.equal(find(list, 'over 100 staff').period, null);
  assert.equal(find(list, '40 pilots').period, null);
});

test('figures: a rate in the figure’s own clause is still its rate', () => {
  const list = figures(
    'The ferry carries 80,000 daily passengers.',
    'The port earns $5 million a year.',
    'Some 300 sailors cross the bay daily.',
    'The harbour paid 24 monthly instalments that the board approved.',
  );
  assert.equal(find(list, '80,000 daily passengers').period, 'a day');
  assert.equal(find(list, '$5 million').period, 'a year');
  assert.equal(find(list, 'Some 300 sailors').period, 'a day');
  assert.equal(find(list, '24 monthly instalments').period, 'a month');
});
