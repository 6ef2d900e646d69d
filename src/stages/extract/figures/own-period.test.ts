import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, find } from './test-kit.ts';

// newuser19 finding 11: the Figures table's "Period" is the count's own stretch of time, not a time
// phrase of another verb (invented sentences).
test("figures: a length or a limit ('for more than three years', 'within 24 hours') is no count's period", () => {
  const waiting = figures(
    'At present, the ministry says, 9,000 permits are pending, some for more than three years.',
  );
  assert.equal(find(waiting, '9,000 permits').period, null);
  assert.equal(
    find(
      figures('Ferries would dock at a new 600-berth marina at Dovra within 24 hours.'),
      '600-berth marina',
    ).period,
    null,
  );
  assert.equal(
    find(figures('About 4,000 people have been held for more than a year.'), 'About 4,000 people').period,
    null,
  );
  // a stretch named is the count's: "for the year", "over the past week"
  assert.equal(
    find(figures('The plant produced 2 million tonnes for the year.'), '2 million tonnes').period,
    'for the year',
  );
  assert.equal(
    find(figures('Police made 300 arrests over the past week.'), '300 arrests').period,
    'over the past week',
  );
});

test("figures: another verb's period ('settle … by March and process the 9,000-permit backlog') or one past an aside is not the count's", () => {
  const both = figures(
    'The mayor said the plan would settle every permit by March and process the 9,000-permit backlog.',
  );
  assert.equal(find(both, '9,000').period, null);
  const aside = figures(
    'The backlog of permits, now put at 9,500, will be cleared by the end of next year, the mayor promised.',
  );
  assert.equal(find(aside, '9,500').period, null);
  // a target the count itself is of keeps it
  assert.equal(find(figures('The council will hire 500 wardens by 2030.'), '500 wardens').period, 'by 2030');
});

test("figures: a date owning a noun is a base ('beating last year's total'), unless it opens the count's clause", () => {
  const record = figures(
    'Organisers counted a record 7,300 visitors, beating last year’s total by almost 900.',
  );
  assert.equal(find(record, 'a record 7,300 visitors').period, null);
  assert.equal(find(record, 'almost 900').period, null);
  assert.equal(
    find(figures('This year’s fair brought 41 stalls to the pier.'), '41 stalls').period,
    'This year',
  );
});
