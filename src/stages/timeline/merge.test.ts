import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DatedSentence } from './events.ts';
import { mergeEvents } from './merge.ts';
import { timelineOfStory } from './story-fixture.ts';

const sentence = (i: number, words: string): DatedSentence => ({
  day: 20_000,
  precision: 'day',
  inferred: false,
  evidence: { articleId: `a${i + 1}`, span: { start: 0, end: 10 } },
  text: `sentence ${i}`,
  words: new Set(words.split(' ')),
  order: i,
});

const sizes = (events: ReturnType<typeof mergeEvents>) => events.map((e) => e.citations.length);

test('sentences of one date merge when they share words; the comparison window only matters past it', () => {
  const story = [
    sentence(0, 'ferry engine repair harbour'),
    sentence(1, 'council budget vote'),
    sentence(2, 'school roof storm'),
    sentence(3, 'ferry engine repair almsby'),
  ];
  assert.deepEqual(sizes(mergeEvents(story, 0.4, 3)), [2, 1, 1]);
  // compared with the one sentence before it only, the fourth no longer meets the first
  assert.deepEqual(sizes(mergeEvents(story, 0.4, 3, 1)), [1, 1, 1, 1]);
});

test('thousands of sentences on one date merge without deep recursion and in bounded time', () => {
  const story = Array.from({ length: 5000 }, (_, i) => sentence(i, `ferry engine repair word${i}`));
  const events = mergeEvents(story, 0.4, 3);
  assert.equal(events.length, 1);
  assert.equal(events[0]?.citations.length, 5000);
});

test('two articles telling one event of a day in few words are one row; another event of that day is not', () => {
  const { timeline: events } = timelineOfStory([
    { publishedAt: '2025-06-10T09:00:00Z', text: 'The Tarn Street pool reopened on Monday after repairs.' },
    { publishedAt: '2025-06-10T12:00:00Z', text: 'The water board reopened the pool on Monday.' },
    { text: 'Swimmers were back at the Tarn Street pool, which reopened on Monday.' },
    { publishedAt: '2025-06-10T15:00:00Z', text: 'The Vale library reopened on Monday after a flood.' },
    { publishedAt: '2025-06-10T16:00:00Z', text: 'The water board raised its prices on Monday.' },
  ]);
  const rows = events.map((e) => [e.date, e.citations.map((c) => c.articleId).join(' ')]);
  assert.deepEqual(rows, [
    ['2025-06-09', 'a1 a2 a3'],
    ['2025-06-09', 'a4'],
    ['2025-06-09', 'a5'],
  ]);
});

test('two sentences the compare stage told apart and holding counts are one row only with one verb and the same numbers', () => {
  const told = (
    i: number,
    predicate: string,
    nouns: string,
    numbers: string,
    fact: number,
  ): DatedSentence => ({
    ...sentence(i, `${predicate} ${nouns} ${numbers}`),
    predicate,
    participants: new Set(nouns.split(' ')),
    counts: new Set(numbers.split(' ')),
    facts: new Set([fact]),
  });
  // "Four men rammed their car into a jeweller's on Monday" twice, in two facts: one event
  const rows = (second: DatedSentence) =>
    sizes(mergeEvents([told(0, 'ram', 'men car jeweller', 'four', 0), second], 0.4, 3));
  assert.deepEqual(rows(told(1, 'ram', 'men car shop', 'four', 1)), [2]);
  // another number, or another verb: two events
  assert.deepEqual(rows(told(1, 'ram', 'men car shop', 'five', 1)), [1, 1]);
  assert.deepEqual(rows(told(1, 'rob', 'men car jeweller', 'four', 1)), [1, 1]);
});

test('a row cites only sentences that tell its event: a saying or a trip of that day is its own row', () => {
  const { timeline: events } = timelineOfStory([
    { publishedAt: '2025-06-10T09:00:00Z', text: 'The water board pool reopened on Monday after repairs.' },
    { publishedAt: '2025-06-10T12:00:00Z', text: 'The water board said on Monday that the pool was safe.' },
    {
      publishedAt: '2025-06-12T09:00:00Z',
      text: 'Mayor Ilse Brandt met the Corvan delegation on Wednesday in Tessaly.',
    },
    {
      publishedAt: '2025-06-12T10:00:00Z',
      text: 'Mayor Ilse Brandt travelled to Tessaly on Wednesday to meet the Corvan delegation.',
    },
    {
      publishedAt: '2025-06-12T11:00:00Z',
      text: 'Mayor Ilse Brandt held talks with the Corvan delegation on Wednesday.',
    },
  ]);
  const rows = events.map((e) => [e.date, e.citations.map((c) => c.articleId).join(' ')]);
  assert.deepEqual(rows, [
    ['2025-06-09', 'a1'],
    ['2025-06-09', 'a2'],
    ['2025-06-11', 'a3 a5'],
    ['2025-06-11', 'a4'],
  ]);
});

// the rows of a story of invented articles published on one day, as date and cited articles
const rowsOf = (texts: readonly string[]) =>
  timelineOfStory(texts.map((text) => ({ publishedAt: '2025-06-10T09:00:00Z', text }))).timeline.map((e) => [
    e.date,
    e.citations.map((c) => c.articleId).join(' '),
  ]);

test('a date belongs to the verb of its own clause, not to an earlier verb of the sentence', () => {
  const rows = rowsOf([
    'In 2019 the club was relegated, and in March 2021 the coach admitted to the board that his plan had failed.',
    'In March 2021 the coach of the club admitted the plan had failed.',
  ]);
  assert.deepEqual(rows, [
    ['2019-01-01', 'a1'],
    ['2021-03-01', 'a1 a2'],
  ]);
});

test('a date in what a saying reports, or opening its phrase ("Beginning …"), is the reported verb', () => {
  const rows = rowsOf([
    'Beginning June 16, business customers interested in registering for the Q7 phone can visit the Norvale website.',
    'They did say that after June 16 business customers will be able to register for the Q7 at this link.',
  ]);
  assert.deepEqual(rows, [['2025-06-16', 'a1 a2']]);
});

test('a "to"-infinitive after a planned verb of going is the event ("would return next year to host")', () => {
  const rows = rowsOf([
    'Mara Quint will host the Pellow Prize ceremony next year, the prize committee said.',
    'Reaching back to the stage, the prize committee announced that Mara Quint would return next year to host the Pellow Prize ceremony.',
  ]);
  assert.deepEqual(rows, [['2026-01-01', 'a1 a2']]);
});

// Session 30 (issue 10): one vote told with two tallies is a difference to check (the compare stage's),
// never one timeline row that cites both, even where a telling without a tally joins them; two votes
// of a day with their own tallies are two rows.
test('two tallies of a vote are never one row, even joined by a telling with none', () => {
  const { timeline: events } = timelineOfStory([
    {
      publishedAt: '2031-03-06T09:00:00Z',
      text: 'Harl council voted 7 to 4 on Tuesday to close the Mill Street library, ending 80 years of service.',
    },
    {
      publishedAt: '2031-03-06T09:00:00Z',
      text: 'Harl councillors voted 6 to 5 on Tuesday to close the Mill Street library.',
    },
    {
      publishedAt: '2031-03-06T09:00:00Z',
      text: 'The Harl council voted on Tuesday to close the Mill Street library.',
    },
    {
      publishedAt: '2031-03-06T09:00:00Z',
      text: 'On Tuesday the Harl council voted 7 to 4 to close the Mill Street library.',
    },
  ]);
  const tuesday = events.filter((e) => e.date === '2031-03-04');
  const ids = (e: (typeof events)[number]) => [...new Set(e.citations.map((c) => c.articleId))].sort();
  // the Courier's 6 to 5 stands alone; the two 7 to 4 tellings are one row
  assert.ok(
    tuesday.some((e) => ids(e).join() === 'a2'),
    JSON.stringify(tuesday.map(ids)),
  );
  for (const e of tuesday) assert.ok(!(ids(e).includes('a2') && ids(e).length > 1), JSON.stringify(ids(e)));
  assert.ok(tuesday.some((e) => ids(e).includes('a1') && ids(e).includes('a4')));
});

// newuser16 #18: one vote told by three outlets, one tally in digits, in words and as "a vote of",
// is one row citing all three; another tally that day is not joined to it. Invented articles.
test('one vote of a day told with one tally by three articles is one row', () => {
  const { timeline: events } = timelineOfStory([
    {
      publishedAt: '2026-11-06T21:15:00-05:00',
      text: 'The Tarnby town council voted 6 to 3 on Friday evening to close the Brookside swimming pool.',
    },
    {
      publishedAt: '2026-11-06',
      text: "Tarnby's town council voted on Friday to close the Brookside swimming pool, by six votes to three.",
    },
    {
      publishedAt: '2026-11-06',
      text: 'The Tarnby council on Friday adopted a leaner leisure budget by a vote of 6-3.',
    },
    {
      publishedAt: '2026-11-06',
      text: 'The Tarnby school board voted 5 to 2 on Friday to shorten the school day.',
    },
  ]);
  const rows = events.filter((e) => e.date === '2026-11-06');
  const pool = rows.find((e) => e.citations.some((c) => c.articleId === 'a1'));
  assert.deepEqual(pool?.citations.map((c) => c.articleId).sort(), ['a1', 'a2', 'a3']);
  assert.ok(rows.some((e) => e.citations.every((c) => c.articleId === 'a4')));
});

// Two bodies' votes of one day with one tally are two rows: a tally alone is no tie. Invented articles.
test('timeline: the town council and the school board voting 7-0 that day are two rows', () => {
  const { timeline: events } = timelineOfStory([
    {
      publishedAt: '2026-11-09',
      text: 'The Tarnby town council voted 7-0 on Monday to close the Brookside swimming pool.',
    },
    {
      publishedAt: '2026-11-09',
      text: 'The Tarnby school board voted 7-0 on Monday to shorten the school day at Hill Road school.',
    },
  ]);
  const rows = events.filter((e) => e.date === '2026-11-09');
  assert.deepEqual(rows.map((e) => e.citations.map((c) => c.articleId)).sort(), [['a1'], ['a2']]);
});
