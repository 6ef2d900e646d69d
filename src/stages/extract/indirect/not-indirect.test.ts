import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// What is not indirect speech, and what is not reported a second time.

/** [rule, sentence]: no indirect speech. */
const NOT_FOUND: [string, string][] = [
  ['passive cue', 'The mayor was told that the bridge was unsafe.'],
  // newuser25 #5: a study is the source of a finding, no speaker
  [
    '"according to" a study',
    'A new tablet cut hospital admissions by 41%, according to a large trial of 980 people.',
  ],
  ['time clause after the cue', 'Ann Wu said Friday as she left the long meeting.'],
  ['"called" a hearer', 'Ann Wu called the harbor office on Monday.'],
  ['"it appeared that"', 'It appeared that the bridge would stay shut all winter.'],
  [
    'a headline with a topic and a colon',
    'Harbor News: Bridge Will Reopen in May\n\nThe bridge closed in March.',
  ],
  ['a preposition after a noun-phrase cue', 'Mayor Ann Wu has support from most of the harbor workers.'],
  ['"as" opening a time clause', 'Mayor Ann Wu slammed the port board as the storm season began.'],
  [
    'a stance after "who" with a place for antecedent',
    'Donors from around the country who want to see a new bridge will send money.',
  ],
  ['a publishing verb without a document', 'Mayor Ann Wu sent three boats to the flooded harbor.'],
  ['a claim without a holder', 'The claim that the bridge was safe spread quickly.'],
  ['"ensure that"', 'The new rules ensure that every ferry carries a doctor.'],
  ['a naming verb without a name', 'Ann Wu painted the old fence for the harbor festival.'],
  ['"to" without a raising verb', 'The plan to say that taxes would fall was dropped.'],
  ['"add" before a bare object', 'The port will add six ferry sailings a day from Monday.'],
  [
    'a relative "that" after a finding verb',
    'Engineers found a crack in the girders that carry the northbound deck.',
  ],
  ['what pictures show', 'Photos from the scene showed flames rising above the bakery roof.'],
  ['what a video shows', 'Video of the arrest shows the officer pushing the driver to the ground.'],
  ['a threat of what cannot speak', 'The pandemic threatens to close more shops in the harbour this winter.'],
  ['"respond to" a request', 'The harbor office did not immediately respond to requests for comment.'],
  [
    'an event as the subject of a participle',
    'The discussions delved into harbor trade, acknowledging the ties between the two ports.',
  ],
  [
    'a debate that reveals',
    'The CNN debate on Tuesday night revealed new dynamics in the race: Ann Wu took fire from rivals.',
  ],
];

for (const [rule, text] of NOT_FOUND) {
  test(`not indirect: ${rule}`, () => {
    assert.deepEqual(indirectQuotes(text), []);
  });
}

test('indirect: a cue inside reported content is not reported again', () => {
  const quotes = indirectQuotes('Ann Wu said that Lars Holm had claimed the cranes were too old.');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]?.speaker?.name, 'Ann Wu');
});

test('indirect: "according to" after a report that names its own speaker gives no second record', () => {
  const quotes = indirectQuotes(
    'The port’s director said on Monday that exports fell by a third, according to the Harbour Gazette. Exports of fish rose last year, according to the fisheries office.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.speaker?.name, q.text]),
    [
      ['port’s director', 'exports fell by a third'],
      ['fisheries office', 'Exports of fish rose last year'],
    ],
  );
});
