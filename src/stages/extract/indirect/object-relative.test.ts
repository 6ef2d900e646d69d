import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);

test('indirect: the object of an object-only cue ends before a relative clause set off by a comma', () => {
  assert.deepEqual(
    said(
      'Harbour advocates cite the 2010 flood in Halden, when the state wrongly stated that about 1,200 homes were lost.',
    ),
    [
      ['the 2010 flood in Halden', 'Harbour advocates'],
      ['about 1,200 homes were lost', 'state'],
    ],
  );
  // the one endorsed speaks in the relative clause: his words, not the endorser's
  assert.deepEqual(said('Ann Wu endorses Lars Holm, who says he is honored by the support.'), [
    ['he is honored by the support', 'Lars Holm'],
  ]);
});

test('indirect: a relative clause inside a reported clause stays in it', () => {
  assert.deepEqual(said('Ann Wu announced that the pier, which opened in 1990, was closed.'), [
    ['the pier, which opened in 1990, was closed', 'Ann Wu'],
  ]);
});

test('indirect: the object of an object-only cue ends before "and" and a verb, the next act', () => {
  assert.deepEqual(said('The union supported the strike and said it would last a week.'), [
    ['it would last a week', 'union'],
  ]);
  assert.deepEqual(said('The mayor endorsed the budget and left for Halden on Friday.'), []);
  // a gerund after "and" goes on a gerund object
  assert.deepEqual(said('Ann Wu has mentioned refinancing ferry loans and forcing the port to spend more.'), [
    ['refinancing ferry loans and forcing the port to spend more', 'Ann Wu'],
  ]);
});
