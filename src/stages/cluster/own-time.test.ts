import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { partition, segmented, strike } from './test-articles.ts';

// The times a headline and lead name bridge a gap of a year only when they name another time than the
// article's own, and by its date: invented ferry strikes (test-articles.ts).

test('a follow-up that joins an older event by the time it names does not bring its own days along', () => {
  // a court case over the May 2023 strike, reported on a Friday in September 2024; the 2024 look-alike
  // strike is reported the next week, in the follow-up's own days
  const followUp = {
    title: 'Ostry ferry union leader fined over May 2023 strike',
    publishedAt: '2024-09-20',
    text: 'A court on Friday fined union leader Maren Oduya over the May 2023 strike of ferry crews on the Ostry crossing, when crews walked out over a 9 percent raise. Oduya told reporters at Kallin pier that the union would appeal.\n\nThe operator Brightwater Lines said the fine was fair.',
  };
  // (told in the 2023 words, but not the 2023 reports' texts: a text given again on another day is
  // that article, in its story)
  const later = (day: number, variant = 0) => ({
    ...strike(2023, day, variant),
    text: strike(2023, day, variant).text.replace('reduced timetable', 'reduced timetable this week'),
    publishedAt: `2024-09-${day}`,
  });
  const docs = segmented([strike(2023, 8), strike(2023, 9, 1), followUp, later(23), later(24, 1)]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2', 'a3'],
    ['a4', 'a5'],
  ]);
});

test('a report of a new event that names "last year" in passing is not taken back to last year', () => {
  // the 2024 strike's first report recalls the 2023 walkout "last year" (its leader, its pier); the
  // next days' reports name only their own Monday
  const recalls = {
    title: 'Ostry ferry crews walk out again, this time over night shifts',
    publishedAt: '2024-05-13',
    text: 'Ferry crews on the Ostry crossing walked out on Monday, as they did last year at Kallin pier, when union leader Maren Oduya led them over a 9 percent raise. This time organiser Tomas Ferrie said crews at Sennet quay would not sail after dark.\n\nThe operator Brightwater Lines said it would run a reduced timetable.',
  };
  const docs = segmented([
    strike(2023, 8),
    strike(2023, 9, 1),
    recalls,
    strike(2024, 14),
    strike(2024, 15, 1),
  ]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2'],
    ['a3', 'a4', 'a5'],
  ]);
});

// A new strike's first report recalls the old one by the time a repeat of its own action took
// ("as they did in May", "as in 2023"): the time of a look-alike, not of its own event. Its later
// reports are dated in the new strike's weeks (a month or more after the old one).
for (const [recalled, publishedAt] of [
  ['as they did in May', '2023-11-13'],
  ['as they did last May', '2024-02-12'],
  ['as they did on May 8', '2023-11-13'],
  ['as in 2023', '2024-05-13'],
  ['just as crews had done in May 2023', '2024-05-13'],
] as const) {
  test(`a report of a new event that recalls a look-alike "${recalled}" is not taken back to it`, () => {
    const recalls = {
      title: 'Ostry ferry crews walk out again, this time over night shifts',
      publishedAt,
      text: `Ferry crews on the Ostry crossing walked out on Monday, ${recalled} at Kallin pier, when union leader Maren Oduya led them over a 9 percent raise. This time organiser Tomas Ferrie said crews at Sennet quay would not sail after dark.\n\nThe operator Brightwater Lines said it would run a reduced timetable.`,
    };
    const later = (day: number, variant: number) => ({
      ...strike(2024, day, variant),
      publishedAt: `${publishedAt.slice(0, 8)}${day}`,
    });
    const docs = segmented([strike(2023, 8), strike(2023, 9, 1), recalls, later(14, 0), later(15, 1)]);
    assert.deepEqual(partition(cluster()(docs, createContext())), [
      ['a1', 'a2'],
      ['a3', 'a4', 'a5'],
    ]);
  });
}

test('a follow-up that names its event by a month, no year, still joins it', () => {
  // the walkout's leader in court in November over "the strike she led in May"
  const followUp = {
    title: 'Ostry ferry union leader in court over pay strike',
    publishedAt: '2023-11-13',
    text: 'Union leader Maren Oduya appeared in court on Monday over the strike of ferry crews on the Ostry crossing she led in May at Kallin pier, when crews walked out over a 9 percent raise.\n\nThe operator Brightwater Lines says the walkout cost it a week of fares.',
  };
  const docs = segmented([strike(2023, 8), strike(2023, 9, 1), followUp]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [['a1', 'a2', 'a3']]);
});
