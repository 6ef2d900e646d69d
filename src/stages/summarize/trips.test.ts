import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { segmented } from '../compared-story.ts';
import { buildCandidates } from './candidates.ts';
import { candidateTellings } from './modality.ts';
import { summarized } from './test-story.ts';
import { contestedMatcher } from './text.ts';
import { sameTrip } from './trips.ts';

// An invented story: one outlet names who went, the other who sent them, with a background clause
// of its own; both tell one trip to Orvale this week.
const STORY = [
  {
    outlet: 'Valley Herald',
    title: 'Ministers visit Orvale over idle dam',
    text: 'Interior Minister Sara Lind travelled to Orvale on Tuesday alongside Transport Minister Jon Berg.\n\nThe two ministers met the Orvale mayor, Piet Hanssen, and agreed to reopen the dam locks by June.\n\nBarge owners have lost money since a storm damaged the locks in the spring.',
  },
  {
    outlet: 'Orvale Times',
    title: 'Ministers in Orvale as barge traffic stalls',
    text: 'Prime Minister Ada Koll sent two senior ministers to Orvale this week as barge traffic stalls and parliament has failed to agree on funding for the dam.\n\nThe ministers met mayor Piet Hanssen and agreed to reopen the dam locks by June.\n\nHanssen called the meeting frank and useful.',
  },
];

// Whether the first sentence of each text tells the same trip as the first of the other.
function trip(a: string, b: string): boolean {
  const ctx = createContext();
  const docs = segmented(
    [a, b].map((text, i) => ({ outlet: `Outlet ${i}`, title: 'Orvale dam', text })),
    ctx,
  );
  const candidates = buildCandidates(docs, { entities: [], findContested: contestedMatcher([]) });
  const tellings = candidateTellings(candidates, docs);
  const [x, y] = [a, b].map((text) => candidates.find((c) => c.text === text));
  assert.ok(x && y, 'both sentences are candidates');
  return sameTrip(x, y, tellings) && sameTrip(y, x, tellings);
}

describe('one trip told by who went and by who sent them is told once', () => {
  test('the summary keeps one of the two tellings, with room for both', () => {
    const { out } = summarized(STORY, 400);
    const trips = out.summary.filter((s) => /travelled to Orvale|sent two senior ministers/.test(s.text));
    assert.equal(trips.length, 1, out.summary.map((s) => s.text).join('\n'));
  });

  test('the same destination, verb class and days make one trip; another place, day or mood, or names after a verb between do not', () => {
    const went = 'Interior Minister Sara Lind travelled to Orvale on Tuesday alongside Jon Berg.';
    const cases: [string, string, boolean][] = [
      [went, 'Prime Minister Ada Koll sent two ministers to Orvale this week as barges stall.', true],
      [went, 'Sara Lind visited Orvale on Tuesday with the transport minister.', true],
      [went, 'Prime Minister Ada Koll sent two ministers to Brenna this week as barges stall.', false],
      [went, 'Prime Minister Ada Koll sent two ministers to Orvale on Friday as barges stall.', false],
      [went, 'Prime Minister Ada Koll will send two ministers to Orvale this week as barges stall.', false],
      [went, 'Prime Minister Ada Koll praised the two ministers in Orvale this week as barges stall.', false],
      [
        'The ministry sent a dozen clerks to receive the Orvale barge owners, a complaint says.',
        'The clerks were sent to help the Orvale barge owners without training, a complaint says.',
        false,
      ],
    ];
    for (const [a, b, same] of cases) assert.equal(trip(a, b), same, b);
  });
});
