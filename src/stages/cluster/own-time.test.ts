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
  const later = (day: number, variant = 0) => ({
    ...strike(2023, day, variant),
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
