import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type InventedArticle, timelineOfStory } from './story-fixture.ts';

const datesOf = (docs: readonly InventedArticle[]): [string, string, boolean][] =>
  timelineOfStory(docs).timeline.map((e) => [e.date, e.text, e.planned ?? false]);

describe('dates the writer tells as still ahead', () => {
  test('a day without a year in a sentence told with "will" is the next one, and planned', () => {
    const [event] = datesOf([
      {
        publishedAt: '2024-08-02T12:00:00Z',
        text: 'She will make her debut as the host of the show on the March 2 broadcast.',
      },
    ]);
    assert.deepEqual(event?.slice(0, 1).concat(event?.[2] ?? []), ['2025-03-02', true]);
  });

  test('a past day in such a sentence stays past: the verb it belongs to happened', () => {
    const [event] = datesOf([
      {
        publishedAt: '2024-08-02T12:00:00Z',
        text: 'The driver, who was arrested on March 2 near the harbour, will appear in court next week.',
      },
    ]);
    assert.equal(event?.[0], '2024-03-02');
  });

  test('a day told as ahead does not bound the day of writing of an undated article', () => {
    const events = datesOf([
      {
        text: 'The committee named Ada Marsh as host of the harbour gala on Friday. She will make her debut as the host of the gala at its opening night of Saturday, Feb. 22, 2025. Its chair met her on Jan. 6, 2025, to ask her.',
      },
    ]);
    const named = events.find(([, text]) => text.includes('named Ada Marsh'));
    // written about Jan. 6, not after the gala it announces (Friday, Feb. 21): that Friday is in January
    assert.ok(named && named[0] >= '2024-12-27' && named[0] < '2025-02-01', String(named));
  });
});

describe('weekdays that are part of a name', () => {
  test('"Oscar Sunday" and "Black Friday" date nothing; a weekday after an outlet\'s name does', () => {
    const events = datesOf([
      {
        publishedAt: '2024-03-13T12:00:00Z',
        text: 'We look forward to having her back for Oscar Sunday. Shops said Black Friday sales had risen. The mayor told Harbour Radio Monday that the ferry had been late.',
      },
    ]);
    assert.deepEqual(
      events.map(([date]) => date),
      ['2024-03-11'],
    );
  });
});

describe('the mood of what a date belongs to', () => {
  test('a past "was" nearer the date than a planned verb: what is dated happened', () => {
    const events = datesOf([
      {
        publishedAt: '2024-03-13T12:00:00Z',
        text: 'The club has long looked for a coach who would win titles: the best of them was the hire of Ana Ruiz in 2011. Fans were angry last week that the board would not renew her contract.',
      },
    ]);
    assert.deepEqual(
      events.map(([date, , planned]) => [date, planned]),
      [
        ['2011-01-01', false],
        ['2024-03-04', false],
      ],
    );
  });
});

describe('the year of a day stated without one', () => {
  test('is not taken from a date the story tells as ahead: an undated story leaves it unresolved', () => {
    const events = datesOf([
      {
        text: 'The sequel is scheduled to open on November 20, 2026. The first film was released in cinemas on November 21 and took $70 million in its first weekend.',
      },
    ]);
    // the first film's year is nowhere: not 2026, the year of the sequel's planned opening
    assert.deepEqual(
      events.map(([date, , planned]) => [date, planned]),
      [['2026-11-20', true]],
    );
  });
});

describe('the days that bound an undated article’s day of writing', () => {
  test('only a day a past form tells as done: not the date of a show still being prepared', () => {
    const events = datesOf([
      {
        text: 'The gallery has been preparing for months for this year’s show on Oct. 4, 2025. On Friday, the gallery named Ana Ruiz as its curator. Its director resigned on June 30, 2025.',
      },
    ]);
    const named = events.find(([, text]) => text.includes('named Ana Ruiz'));
    // written on or after June 30, when the director resigned; not after the show (Friday, Oct. 3)
    assert.ok(named && named[0] >= '2025-06-27' && named[0] < '2025-08-01', String(named));
  });
});

describe("a weekday's possessive after 'ahead of' or 'before'", () => {
  test('is the coming one, and planned; after a past verb it stays the last one', () => {
    // a Wednesday
    const events = datesOf([
      {
        publishedAt: '2031-04-02T16:00:00Z',
        text: "Parents in Fenmoor are looking for childcare ahead of Thursday's nurses' strike. The union chair resigned before Monday's vote.",
      },
    ]);
    const at = (part: string) => events.find(([, text]) => text.includes(part));
    assert.deepEqual(
      at('childcare')?.filter((_, i) => i !== 1),
      ['2031-04-03', true],
    );
    assert.deepEqual(
      at('resigned')?.filter((_, i) => i !== 1),
      ['2031-03-31', false],
    );
  });
});
