import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type InventedArticle, timelineOfStory } from './story-fixture.ts';

// The timeline of a story of invented articles: each line's date, text and cited articles (by their
// place in the story), and the codes of the issues met.
function timelineOf(docs: readonly InventedArticle[]): {
  lines: [string, string, number[]][];
  codes: string[];
} {
  const { timeline: events, issues, ids } = timelineOfStory(docs);
  const lines = events.map((e): [string, string, number[]] => [
    e.date,
    e.text,
    [...new Set(e.citations.map((c) => ids.indexOf(c.articleId)))],
  ]);
  return { lines, codes: issues.map((i) => i.code) };
}

// the day an undated article states last is a lower bound of its day of writing, not the day itself
describe('relative dates of an article whose day of writing is only guessed', () => {
  test('a day told far down the article bears out no day: "on Friday" is left unresolved', () => {
    const { lines, codes } = timelineOf([
      {
        text: 'The Marlow county board named Ada Reyes as its new harbour master on Friday, the board said.\n\nReyes has worked at the port for twenty years.\n\nShe takes over from Tom Hale, who ran the harbour for a decade.\n\nHale stepped down on June 30, 2031, after a long illness.',
      },
    ]);
    assert.deepEqual(
      lines.map(([date]) => date),
      ['2031-06-30'],
    );
    assert.ok(codes.includes('timeline/guessed-reference'));
  });

  test('a day its lede tells as done is the news it reports: "on Friday" is the Friday before it', () => {
    const { lines, codes } = timelineOf([
      {
        text: 'The Marlow ferry terminal reopened on Monday, June 30, 2031, after a two-week closure.\n\nCrews finished the repairs to the loading ramp on Friday, the operator said.',
      },
    ]);
    assert.deepEqual(
      lines.map(([date]) => date),
      ['2031-06-27', '2031-06-30'],
    );
    assert.ok(!codes.includes('timeline/guessed-reference'));
  });

  test('a lede that tells something as still ahead reports no news of its day', () => {
    const { lines, codes } = timelineOf([
      {
        text: 'Yesterday it was announced that Ada Reyes, who hosted the harbour gala on Saturday, July 5, 2031, will host it again.\n\nReyes has hosted the gala twice before.',
      },
    ]);
    // the gala's day is no day of writing: "yesterday" is not the day before it
    assert.deepEqual(
      lines.map(([date]) => date),
      ['2031-07-05'],
    );
    assert.ok(codes.includes('timeline/guessed-reference'));
  });

  // the support judge's reading of a past form (plan-tense.ts pastForm), which "agreed" is
  test('a day told with a past in -eed bounds the day of writing', () => {
    const { lines } = timelineOf([
      {
        text: 'The two unions agreed a pay deal with the port on Monday, June 2, 2031, ending the strike.\n\nThe final round of talks began on Friday.',
      },
    ]);
    assert.deepEqual(
      lines.map(([date]) => date),
      ['2031-05-30', '2031-06-02'],
    );
  });

  test('a dated article telling the same event on the same weekday bears out the day', () => {
    const { lines } = timelineOf([
      {
        publishedAt: '2031-07-04T16:00:00Z',
        text: 'The Marlow county board named Ada Reyes as its new harbour master on Friday.',
      },
      {
        text: 'The Marlow county board named Ada Reyes as its new harbour master on Friday, officials said.\n\nReyes has worked at the port for twenty years.\n\nShe takes over from Tom Hale, who ran the harbour for a decade.\n\nHale stepped down on June 30, 2031, after a long illness.',
      },
    ]);
    assert.deepEqual(lines, [
      ['2031-06-30', 'Hale stepped down on June 30, 2031 …', [1]],
      ['2031-07-04', 'The Marlow county board named Ada Reyes as its new harbour master on Friday.', [0, 1]],
    ]);
  });
});

// a guessed day of writing is a lower bound: what comes after it may well be told as done
describe('dates after a day of writing only guessed', () => {
  const obituary = (lede: string, rest: string) => ({
    text: `Ada Reyes, the first woman to pilot ships into Marlow harbour, has died, her family said on Friday.\n\n${lede}\n\n${rest}`,
  });
  const marks = (text: string) =>
    timelineOfStory([{ text }]).timeline.map((e) => [e.date, e.planned === true] as const);

  test('a year after the guess told as done is no plan', () => {
    const { text } = obituary(
      'Friends remembered her as fearless.\n\nThe port flew its flags at half mast.\n\nShe was born on May 3, 1941, in Marlow.',
      'She married Tom Hale in 1965 and retired from the harbour in 1999.',
    );
    assert.deepEqual(marks(text), [
      ['1941-05-03', false],
      ['1965-01-01', false],
      ['1999-01-01', false],
    ]);
  });

  test("a lede's day before a year the article tells as done bears out no day of writing", () => {
    const { text } = obituary(
      'She was born on May 3, 1941, in Marlow.',
      'She married Tom Hale in 1965 and retired from the harbour in 1999.\n\nShe had suffered a stroke on Dec. 2 and never recovered.',
    );
    // "on Friday" and "Dec. 2" were read in 1940-1941, the years of the birth, and 1965 and 1999 as plans
    assert.deepEqual(marks(text), [
      ['1941-05-03', false],
      ['1965-01-01', false],
      ['1999-01-01', false],
    ]);
    assert.ok(timelineOfStory([{ text }]).issues.some((i) => i.code === 'timeline/guessed-reference'));
  });
});
