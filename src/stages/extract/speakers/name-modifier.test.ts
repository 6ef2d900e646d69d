import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from '../indirect/fixtures/indirect-cases.ts';

/** A body's or a place's name before a common noun only modifies it: the speaker is the whole phrase. */
test('speakers: "according to the Brisholm fire service" is the fire service, not Brisholm', () => {
  const quotes = indirectQuotes(
    'A fire closed the Brisholm ferry terminal on Tuesday. The blaze broke out in a store room at dawn, according to the Brisholm fire service.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.name]),
    [['The blaze broke out in a store room at dawn', 'Brisholm fire service']],
  );
});

test('speakers: a name before "at" and a place stays the head ("Passengers at the Brisholm terminal")', () => {
  const quotes = indirectQuotes(
    'Passengers at the Brisholm terminal said the wait for a seat had stretched to an hour at times.',
  );
  assert.deepEqual(
    quotes.map((q) => q.speaker?.name),
    ['Passengers at the Brisholm terminal'],
  );
});

// midreview30 finding 18: "Hope" (tagged a verb) was read as the cue, and the role before it as the speaker
test('speakers: a given name the tagger reads as a verb, between a role and a surname, is the name ("coxswain Hope Lund said")', () => {
  const quotes = indirectQuotes(
    'Three fishermen were still missing off Skell on Tuesday, lifeboat coxswain Hope Lund said. Lund said the sea was rough.',
  );
  assert.deepEqual(
    quotes.map((q) => [q.text, q.speaker?.name]),
    [
      ['Three fishermen were still missing off Skell on Tuesday', 'Hope Lund'],
      ['the sea was rough', 'Hope Lund'],
    ],
  );
});
