/**
 * Words that make a sentence's count one of a span of the calendar, not of one event ("About 2,300
 * people have reached the country by sea this year", "since January", "so far"): lead-counts.ts sets
 * no such count beside the event's. Whole words, lower case; a year after "in" ("in 2019") too.
 */
export const CALENDAR_SPANS: readonly string[] = [
  'this year',
  'last year',
  'a year',
  'per year',
  'each year',
  'every year',
  'this month',
  'last month',
  'this week',
  'last week',
  'since',
  'so far',
  'to date',
  'in total',
  'annually',
  'a day',
  'a week',
  'a month',
  'each day',
  'per day',
  'daily',
];

/**
 * Words that tell a count as a part of a whole the sentence counts ("140 people, 38 of them children",
 * "among them 41 children", "including 12 children"): before the number, or ("of them", "of whom")
 * right after it. Lower case.
 */
export const PART_BEFORE: readonly string[] = ['among them', 'including', 'of whom', 'among whom'];
export const PART_AFTER: readonly string[] = ['of them', 'of whom'];
