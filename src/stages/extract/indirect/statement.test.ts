import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

// Verbs of statement and the clauses they report: every finite form of a cue ("states", "testifies"),
// a quantity that opens with "as" ("as many as 2,000 people"), a clause after "that" that opens with
// its own adverbial clause, and "that" before a comma.

/** [rule, sentence, expected content, expected speaker name]. */
const FOUND: IndirectCase[] = [
  [
    '"stated that as many as"',
    'Governor Ann Wu stated that as many as 2,000 people had left the coast.',
    'as many as 2,000 people had left the coast',
    'Ann Wu',
  ],
  [
    '"said as much as"',
    'Mayor Lars Holm said as much as $3 million had been spent on the pier.',
    'as much as $3 million had been spent on the pier',
    'Lars Holm',
  ],
  [
    'a cue in -s tagged as a noun',
    'Governor Ann Wu states that the pier flooded twice last winter.',
    'the pier flooded twice last winter',
    'Ann Wu',
  ],
  [
    'an adverbial clause inside the reported one',
    'Mayor Lars Holm said that when the storm hit, the pier flooded.',
    'when the storm hit, the pier flooded',
    'Lars Holm',
  ],
  [
    'a verb of statement before a clause',
    'Governor Ann Wu underscored that the ferry would run again in May.',
    'the ferry would run again in May',
    'Ann Wu',
  ],
  [
    '"that" before a comma',
    'Mayor Lars Holm joked that, among the ferry crews, he ranks fourth.',
    'among the ferry crews, he ranks fourth',
    'Lars Holm',
  ],
  // the saying's date before an infinitive is the promise's time, not what was promised
  [
    'a date after a preposition before "to"',
    'Minister Ilse Varga promised on Tuesday to send 200 guards to the ford.',
    'to send 200 guards to the ford',
    'Ilse Varga',
  ],
  [
    'a bare date before "to"',
    'Mayor Lars Holm vowed Monday to rebuild the pier.',
    'to rebuild the pier',
    'Lars Holm',
  ],
  // the occasion after a promise or a call, in the writer's words, is no part of it
  [
    'an "after" clause after an infinitive',
    'Minister Ilse Varga promised to send 200 guards to the ford after the crossers reached Tollbridge.',
    'to send 200 guards to the ford',
    'Ilse Varga',
  ],
  [
    'an "as" clause after an infinitive',
    'Mayor Lars Holm asked the port to close the quay, as the storm headed north.',
    'the port to close the quay',
    'Lars Holm',
  ],
  [
    'an "after" clause in a reported clause stays',
    'Mayor Lars Holm said the pier flooded after the storm hit.',
    'the pier flooded after the storm hit',
    'Lars Holm',
  ],
  // "as long as", "as soon as" state the promise's condition: its second "as" opens no occasion
  [
    '"as long as" after an infinitive',
    'Mayor Lars Holm promised to keep the quay open as long as the divers say it is safe.',
    'to keep the quay open as long as the divers say it is safe',
    'Lars Holm',
  ],
  [
    '"as soon as" after an infinitive',
    'Minister Ilse Varga pledged to reopen the ferry as soon as the new pier is finished.',
    'to reopen the ferry as soon as the new pier is finished',
    'Ilse Varga',
  ],
  // a cut that would leave the promise too short to keep is not made
  [
    'an "after" clause after a short infinitive',
    'Mayor Lars Holm vowed to rebuild after the storm passed.',
    'to rebuild after the storm passed',
    'Lars Holm',
  ],
];

testIndirectCases(FOUND);

/** [rule, sentence]: no indirect speech. */
const NONE: [string, string][] = [
  ['"as" opening a clause of time', 'Mayor Lars Holm said Friday as he left the hall.'],
  ['"said that as" with no clause', 'Mayor Lars Holm said that as a joke.'],
  ['a verb of statement before a bare object', 'Governor Ann Wu underscored the need to act on the pier.'],
  ['"concludes with"', 'The council’s video concludes with footage of the flooded pier.'],
];

for (const [rule, text] of NONE)
  test(`not indirect: ${rule}`, () => assert.deepEqual(indirectQuotes(text), []));

test('a promise too short to cut keeps its occasion, beside the report inside it', () => {
  const quotes = indirectQuotes(
    'Council leader Ann Wu promised to resign after the audit found the accounts were wrong.',
  );
  const wu = quotes.find((q) => q.speaker?.name === 'Ann Wu');
  assert.equal(wu?.text, 'to resign after the audit found the accounts were wrong');
});
