import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type InventedArticle, timelineOfStory } from './story-fixture.ts';

const datesOf = (docs: readonly InventedArticle[]): string[] =>
  timelineOfStory(docs).timeline.map((e) => e.date);

// an undated article whose day of writing is only guessed from the latest day it tells as done, far
// down the article (a lower bound, not borne out)
const UNDATED =
  'Union leaders say a credible strike threat is needed.\n\nThe ballots were tallied on January 23, the union said.\n\nThe gala’s February 22 date puts it in the path of a walkout.\n\nTalks collapsed on June 30, 2031, after months of bargaining.';

describe('a day without a year in an article whose day of writing is guessed', () => {
  test('is read in no year the guess alone gives', () => {
    // the guess (June 30, 2031) is a lower bound: January 23 and February 22 may be of 2032
    assert.deepEqual(datesOf([{ text: UNDATED }]), ['2031-06-30']);
  });

  test('is read in a year its paragraph states', () => {
    const text = `${UNDATED}\n\nIn 2031 the harbour season opened on March 3 with a regatta.`;
    assert.deepEqual(datesOf([{ text }]), ['2031-03-03', '2031-06-30']);
  });

  test('is read in the year the story states that day with', () => {
    const other = { text: 'The harbour gala was held on Sunday, February 22, 2031, at the old quay.' };
    const dates = datesOf([{ text: UNDATED }, other]);
    assert.ok(dates.includes('2031-02-22') && !dates.includes('2031-01-23'), dates.join(' '));
  });

  test('is read in the year the story’s dated articles give it', () => {
    const dated = { text: 'Talks on the port contract resumed on Tuesday.', publishedAt: '2031-07-03' };
    const dates = datesOf([{ text: UNDATED }, dated]);
    assert.ok(dates.includes('2031-01-23') && dates.includes('2031-02-22'), dates.join(' '));
  });

  test('is read in the year the story states that day with, where no day of writing gives one', () => {
    const { timeline: events } = timelineOfStory([
      { text: 'The harbour gala will be televised live on Feb. 22 from the old quay, the board said.' },
      { text: 'The harbour gala is set for Sunday, February 22, 2032, at the old quay.' },
    ]);
    // the first article's day is read as the second's: each tells one line of that day
    assert.deepEqual(
      events.map((e) => [e.date, e.citations.length]),
      [
        ['2032-02-22', 1],
        ['2032-02-22', 1],
      ],
    );
  });
});
