import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// "Tomas Ekwall of the Velmoor Library Workers Union asked: …": an untitled person's name ends before
// "of the" and a body its own words name (names/extend.ts personBeforeBody), as a titled one's and one
// before "of" without "the" did; read as one organisation, the speaker was another than the same man
// quoted elsewhere as "Tomas Ekwall" (a false "gives these words to another speaker"). Invented articles.

/** Each entity of the articles as "kind: name", and each quote's speaker. */
function read(...texts: string[]): { entities: string[]; speakers: string[] } {
  const input = storyFromTexts(texts.map((text, k) => ({ id: `a${k + 1}`, text })));
  const out = extract()(input, createContext());
  return {
    entities: out.entities.filter((e) => e.kind !== 'date').map((e) => `${e.kind}: ${e.name}`),
    speakers: out.quotes.map((q) => q.speaker?.name ?? '(none)'),
  };
}

test('an untitled person "of the" a body is the person, the body apart', () => {
  for (const [text, person, body] of [
    [
      'Tomas Ekwall of the Velmoor Library Workers Union said: "Ten percent today, what next year?"',
      'Tomas Ekwall',
      'Velmoor Library Workers Union',
    ],
    [
      'Ilse Varga of the Marrowby Water Board said: "The pipes are older than the town hall."',
      'Ilse Varga',
      'Marrowby Water Board',
    ],
    [
      'Mara Tollen of the Harlow Water Company said: "The supply is safe to drink."',
      'Mara Tollen',
      'Harlow Water Company',
    ],
    // a surname that is a common word's plural (midreview34 #2)
    [
      'Ann Banks of the Harlow Teachers Union said: "Our members will not accept this."',
      'Ann Banks',
      'Harlow Teachers Union',
    ],
    [
      'Mark Wells of the Velmoor Water Board said: "The reservoir is full."',
      'Mark Wells',
      'Velmoor Water Board',
    ],
  ]) {
    const got = read(text as string);
    assert.ok(got.entities.includes(`person: ${person}`), `${text}\n${got.entities.join(' | ')}`);
    assert.ok(got.entities.includes(`organization: ${body}`), `${text}\n${got.entities.join(' | ')}`);
    assert.deepEqual(got.speakers, [person], text);
  }
});

test('one quote given to the same man, with and without his body, has one speaker', () => {
  const got = read(
    'The council cut the library budget.\n\nTomas Ekwall of the Velmoor Library Workers Union asked: "Ten percent today, what next year?"',
    'The library budget was cut.\n\nUnion chair Tomas Ekwall said: "Ten percent today, what next year?"',
  );
  assert.deepEqual([...new Set(got.speakers)], ['Tomas Ekwall']);
});

test('a group\'s name "of the" a body stays one name', () => {
  for (const [text, name] of [
    [
      'Velmoor Friends of the Library Trust said the branches must stay open.',
      'Velmoor Friends of the Library Trust',
    ],
    ['Royal Society of the Arts fellows met in Velmoor.', 'Royal Society of the Arts'],
    // a body's unit before "of the" is no person (midreview34 #2)
    [
      'The Velmoor Chapter of the National Nurses Union said the ward must stay open.',
      'Velmoor Chapter of the National Nurses Union',
    ],
    [
      'Harlow Branch of the Velmoor Workers Union called a strike.',
      'Harlow Branch of the Velmoor Workers Union',
    ],
    [
      'Karsby Division of the State Police Department said the road would reopen.',
      'Karsby Division of the State Police Department',
    ],
  ]) {
    const got = read(text as string);
    assert.ok(
      got.entities.some((e) => e.endsWith(`: ${name}`)),
      `${text}\n${got.entities.join(' | ')}`,
    );
    assert.ok(!got.entities.some((e) => e.startsWith('person: ')), `${text}\n${got.entities.join(' | ')}`);
  }
});
