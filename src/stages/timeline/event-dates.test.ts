import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type InventedArticle, timelineOfStory } from './story-fixture.ts';

// The timeline's lines as "day: text", for invented articles.
function lines(docs: readonly InventedArticle[]): string[] {
  return timelineOfStory(docs).timeline.map((e) => `${e.date}: ${e.text}`);
}
const dayOf = (all: readonly string[], words: string): string[] =>
  all.filter((l) => l.includes(words)).map((l) => l.slice(0, 10));

test('"today" after a plural noun in a present-tense statement means "these days": no dated event', () => {
  const all = lines([
    {
      publishedAt: '2031-03-12T08:00:00Z',
      text: 'Vessmark Ferries today announced that it has ordered two electric boats for the harbour route.\n\nBatteries are one of the hottest topics today in ferry design, the company said.\n\n“Fuel is the largest cost of the crossings today,” its chief engineer said.\n\nSkippers today are trained for both kinds of boat.\n\nThe boats are available for charter today at a price of $900 an hour.\n\nDockworkers today said they welcomed the order.',
    },
  ]);
  assert.deepEqual(dayOf(all, 'hottest topics'), []);
  assert.deepEqual(dayOf(all, 'largest cost'), []);
  assert.deepEqual(dayOf(all, 'Skippers today'), []);
  // told of the day: a past verb, or what is available on the day
  assert.deepEqual(dayOf(all, 'today announced'), ['2031-03-12']);
  assert.deepEqual(dayOf(all, 'for charter today'), ['2031-03-12']);
  assert.deepEqual(dayOf(all, 'Dockworkers today said'), ['2031-03-12']);
});

test('a postponement dates its event on the new day, not the old one', () => {
  const all = lines([
    {
      publishedAt: '2031-04-20T08:00:00Z',
      text: 'The Vessmark council ran into problems with the new ferry timetable, pushing its start back from April 24 to April 29.\n\nThe harbour fair was postponed from May 3 to May 10 because of the storm.\n\nThe market is open from Monday to Friday, the council said.',
    },
  ]);
  assert.deepEqual(dayOf(all, 'timetable'), ['2031-04-29']);
  assert.deepEqual(dayOf(all, 'harbour fair'), ['2031-05-10']);
});

test('a day or month without a year, in a clause of no past tense, takes the nearest year', () => {
  const all = lines([
    {
      publishedAt: '2031-11-12T08:00:00Z',
      text: 'Vessmark Ferries said on Monday it had agreed to buy the Tarn Boatyard.\n\nThe firm expects the deal to close by its first fiscal 2032 quarter, which ends January 31.\n\nThe new boat has been rumored to be launched sometime in February, a month before the season.\n\nThe old boat was sold in December to a museum.',
    },
  ]);
  assert.deepEqual(dayOf(all, 'which ends January 31'), ['2032-01-31']);
  assert.deepEqual(dayOf(all, 'rumored to be launched'), ['2032-02-01']);
  // told in the past: the latest before the day of writing
  assert.deepEqual(dayOf(all, 'sold in December'), ['2030-12-01']);
});

test('a day without a year takes the tense of the verb of its own clause, not of the clause before', () => {
  const all = lines([
    {
      publishedAt: '2031-03-02T08:00:00Z',
      text: 'The old ferry was sold to a museum last year, and on May 12 the new owner restarts the island route.\n\nThe harbour fair was moved indoors, and on February 20 the stalls opened in the market hall.',
    },
  ]);
  // "restarts" is no past: the nearest May 12, after the day of writing (the row of "last year" aside)
  const restart = dayOf(all, 'restarts the island route');
  assert.ok(restart.includes('2031-05-12') && !restart.includes('2030-05-12'), restart.join(' '));
  // "opened" is past: the latest February 20 not after it
  assert.deepEqual(dayOf(all, 'stalls opened'), ['2031-02-20']);
});

test('a month of a relative clause is no anchor of the year of undated articles', () => {
  const story = (background: string) =>
    lines([
      { text: `Vessmark Ferries agreed on May 12 to buy the Tarn Boatyard.\n\n${background}` },
      { text: 'The Tarn Boatyard confirmed the sale on May 13, its owner said.\n\nThe yard opened in 1990.' },
    ]);
  // "who was hired in March 2020": background of a person, not the story's time; no year is shown
  const all = story(
    'The deal is a bet of Ann Rook, who was hired as chief executive in March 2020, on new boats.',
  );
  assert.deepEqual(dayOf(all, 'agreed on May 12'), []);
  assert.deepEqual(dayOf(all, 'on May 13'), []);
  // told in the main clause, the month fixes the story's year
  const told = story('Ann Rook was hired as chief executive in March 2020 to lead the yard into new boats.');
  assert.deepEqual(dayOf(told, 'agreed on May 12'), ['2020-05-12']);
});

test('a month told by a past "was" or before any verb keeps the latest year before the writing', () => {
  const all = lines([
    {
      publishedAt: '2031-11-12T08:00:00Z',
      text: 'A storm hit the Vessmark coast on Monday.\n\nThe last big storm to hit the coast was in December, the weather office said.\n\nIn December, a storm gusting to 140 km/h hit the harbour of Tarn.\n\nIn December, it was reported that the port had closed for a week.',
    },
  ]);
  assert.deepEqual(dayOf(all, 'was in December'), ['2030-12-01']);
  assert.deepEqual(dayOf(all, 'a storm gusting'), ['2030-12-01']);
  assert.deepEqual(dayOf(all, 'it was reported'), ['2030-12-01']);
});
