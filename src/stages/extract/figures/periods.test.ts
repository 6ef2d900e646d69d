import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, find } from './test-kit.ts';

test("figures: a period told in another clause is not the figure's", () => {
  const list = figures('The ground shook over 10 seconds, and at least four aftershocks followed.');
  assert.deepEqual(
    list.map((f) => [f.text, f.period]),
    [
      ['over 10 seconds', null],
      ['at least four aftershocks', null],
    ],
  );
  // a comma alone opens no clause: "In 2022, 200 people died" is told of 2022
  assert.equal(find(figures('In 2022, 200 people died.'), '200 people').period, 'In 2022');
});

test('figures: the day something happened is no period; a stretch of time is', () => {
  const list = figures(
    'The crack, about 30 centimetres long, was found on Thursday. Exports fell by 3 percent in November.',
  );
  assert.equal(find(list, 'about 30 centimetres').period, null);
  assert.equal(find(list, '3 percent').period, 'in November');
});

test('figures: a period that only repeats the rate is said once', () => {
  assert.equal(
    find(figures('About 80,000 cars cross the bridge each day.'), 'About 80,000 cars').period,
    'a day',
  );
});

test('figures: a period told of a nearer figure is not reused; times of day are no figures', () => {
  const list = figures(
    'The port, which handled 80,000 containers in February, said 1,100 trucks a day use the bridge. Deliveries move to between 10 p.m. and 5 a.m.',
  );
  assert.equal(find(list, '80,000 containers').period, 'in February');
  assert.equal(find(list, '1,100 trucks').period, 'a day');
  assert.deepEqual(
    list.filter((f) => f.value === 10 || f.value === 5),
    [],
  );
});

test('figures: "over an hour" is a length of time, not the rate of the figure before it', () => {
  const list = figures('Journeys which once took 15 minutes now take well over an hour.');
  assert.equal(find(list, '15 minutes').period, null);
});

test("figures: the period after the base of a comparison is the base's; a list of years is one period", () => {
  const list = figures(
    'Officials said 41,300 visitors came in May, a 9 percent increase over the 37,900 visitors counted in April.',
    "The singer took over after the comedian's three stints in 1991, 1995 and 1998.",
  );
  assert.equal(find(list, '9 percent increase').period, null);
  assert.equal(find(list, '37,900 visitors').period, 'in April');
  assert.equal(find(list, 'three stints').period, 'in 1991, 1995 and 1998');
  // "to" brings in no base: the month is the change's too
  assert.equal(
    find(figures('Exports rose 3 percent to $4 billion in November.'), '3 percent').period,
    'in November',
  );
});

test('figures: "the first time in 14 years" or "the busiest month in 14 years" is a record, not a period', () => {
  const list = figures(
    'Agents stopped over 52,000 boats in July, passing the 50,000 mark for the first time in 14 years.',
    'About 9,000 boats crossed, the busiest month at the coast in 14 years.',
  );
  assert.equal(find(list, '50,000 mark').period, null);
  assert.equal(find(list, 'About 9,000 boats').period, null);
  assert.deepEqual(
    list.filter((f) => f.value === 14),
    [],
  );
});

test('figures: a length of time before "after" or "ago" is a distance between events, no period', () => {
  const list = figures(
    'The raid came little over a month after a bandit took $136M of gems.',
    'Police seized 40 kilos over two weeks.',
  );
  assert.equal(find(list, '$136M of gems').period, null);
  assert.equal(find(list, '40 kilos').period, 'over two weeks');
});

test('figures: "up from" or "down from" opens the value a change started at, no period (newuser22 #14)', () => {
  const list = figures(
    'Ferries may now wait for up to 90 days, up from 28 days, before the port inspects them.',
  );
  assert.equal(find(list, 'up to 90 days').period, null);
  assert.equal(find(figures('The average wait fell to 12 days, down from 40 days.'), '12 days').period, null);
});

test('figures: "its first cut in more than a year" or "the third rise in a year" is a record, no period of a figure near it (newuser24 #6)', () => {
  const list = figures(
    'The Tolmere bank cut its rate by 0.25 percentage points to 3.5 per cent, its first cut in more than a year, as prices fell below its 2 per cent target.',
    'Tolmere fares rose 4 percent, the third rise in a year.',
  );
  assert.equal(find(list, '0.25 percentage points').period, null);
  assert.equal(find(list, '3.5 per cent').period, null);
  assert.equal(find(list, '2 per cent target').period, null);
  assert.equal(find(list, '4 percent').period, null);
  // a period that qualifies the figure stays its own
  assert.equal(
    find(figures('Tolmere fares rose 4 percent over the past year.'), '4 percent').period,
    'over the past year',
  );
});
