import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lexiconClassOf } from './word-tone.ts';

test('lexiconClassOf: a word’s tone entry and its loaded-word entry, read by stem and in its place', () => {
  // [word, next word, entry, loaded entry]
  const table: [string, string | undefined, string | null, string | null][] = [
    ['closing', undefined, 'clos*', null],
    ['Furious', undefined, 'furious*', 'furious*'],
    ['axed', undefined, 'axe*', 'axe*'],
    ['opposition', 'grew', 'oppos*', null],
    // a side in politics before a role is of no tone there
    ['Opposition', 'leader', null, null],
    ['ferry', undefined, null, null],
  ];
  for (const [word, next, entry, loaded] of table) {
    const c = lexiconClassOf(word, next);
    assert.deepEqual([c.entry, c.loaded], [entry, loaded], word);
  }
});

// newuser19 finding 5: a beat's neutral nouns and a label the terms' table counts are no tone
test('lexiconClassOf: a party before its name, a status before its people, a pact and a counted label are of no tone', () => {
  const none: [string, string | undefined][] = [
    ['opposition', 'Harbour'],
    // a name that starts like a month is still a name (review40-A)
    ['opposition', 'Marrow'],
    ['opposition', 'Decker'],
    ['refused', 'applicants'],
    ['failed', 'asylum'],
    ['agreement', '.'],
    ['illegal', 'migrants'],
    ['illegally', '.'],
  ];
  for (const [word, next] of none) assert.equal(lexiconClassOf(word, next).entry, null, `${word} ${next}`);
  // their own uses keep their tone
  const kept: [string, string | undefined][] = [
    ['opposition', 'to'],
    ['opposition', 'Monday'],
    ['opposition', 'March'],
    ['opposition', 'Sept'],
    ['refused', 'the'],
    ['failed', 'to'],
  ];
  for (const [word, next] of kept) assert.notEqual(lexiconClassOf(word, next).entry, null, `${word} ${next}`);
});
