import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// Where reported words end: before the attribution that closes the sentence, and before "and" or
// "but" when another speaker and a cue follow (content.ts anotherSays, speakers/subject.ts pastComplement).

test('indirect: content ends before the attribution that closes the sentence', () => {
  const quotes = indirectQuotes('Ann Wu agreed to reopen the port in January, the joint statement said.');
  const agreed = quotes.find((q) => q.speaker?.name === 'Ann Wu');
  assert.equal(agreed?.text, 'to reopen the port in January');
});

test('indirect: content ends before "but" and a speaker whose aside comes before the cue', () => {
  const quotes = indirectQuotes(
    'The port said the crane was safe, but the union in Halden, Ore., said it was cracked.',
  );
  assert.equal(quotes[0]?.text, 'the crane was safe');
  assert.equal(quotes[0]?.speaker?.name, 'port');
});

test('a report ends before "and" or "but" when another speaker and a cue follow, comma or not (content.ts anotherSays)', () => {
  const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);
  assert.deepEqual(
    said('The Gazette said the quay was safe and harbour officials told the Herald the ferry would run.'),
    [
      ['the quay was safe', 'Gazette'],
      ['the ferry would run', 'harbour officials'],
    ],
  );
  assert.deepEqual(
    said('Ann Wu said the pier was closed and Lee Park, the harbour master, said it would reopen.')[0],
    ['the pier was closed', 'Ann Wu'],
  );
  // a joint subject of the reported clause, and a second clause with no speaker, stay in it
  assert.deepEqual(said('Ann Wu said the mayor and the council agreed to the plan.'), [
    ['the mayor and the council agreed to the plan', 'Ann Wu'],
  ]);
  assert.deepEqual(said('Ann Wu said the pier was closed and the ferry was late.'), [
    ['the pier was closed and the ferry was late', 'Ann Wu'],
  ]);
});

test('a phrase after a preposition is its object up to "and": the speaker after it is the new clause\'s (subject.ts pastComplement)', () => {
  const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);
  assert.deepEqual(
    said(
      'The Gazette also found no sign of damage at the quay in Gullport and harbour officials told the Herald they, too, had seen none.',
    ),
    [['they, too, had seen none', 'harbour officials']],
  );
  // a clause "after" opens, a list, and a phrase opening its sentence keep their whole subject
  assert.deepEqual(said('In Halvik fishermen and dock workers said the quay was safe.'), [
    ['the quay was safe', 'Halvik fishermen and dock workers'],
  ]);
  assert.deepEqual(
    said('The talks ended a day after officials from Aland, Bey and Cor said the quay was safe.'),
    [['the quay was safe', 'officials from Aland, Bey and Cor']],
  );
});
