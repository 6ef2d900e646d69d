import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A company's name keeps a capitalised preposition inside it ("Research In Motion", names/extend.ts and
// speakers/phrases.ts), no name opens with one ("Vice President of Research In Motion", names/title-lookup.ts),
// and a legal suffix after a comma closes the name before it ("Acme, Inc."), opening none.

function extracted(text: string): { entities: string[]; speakers: (string | undefined)[] } {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return { entities: out.entities.map((e) => e.name), speakers: out.quotes.map((q) => q.speaker?.name) };
}

test('"Research In Motion" is one name, as an entity and as the speaker', () => {
  const { entities, speakers } = extracted(
    'Northwind Tel and Research In Motion today announced that Northwind will offer the Pebble 9 in March.',
  );
  assert.deepEqual(speakers, ['Northwind Tel and Research In Motion']);
  assert.ok(entities.includes('Research In Motion'), JSON.stringify(entities));
  assert.deepEqual(extracted('Bank Of America announced that it will cut fees.').speakers, [
    'Bank Of America',
  ]);
});

test('no name opens with a preposition after a title\'s "of"', () => {
  const { entities } = extracted(
    '“The new Pebble features a compact design,” said Mark Tennant, Vice President of Research In Motion.',
  );
  assert.ok(!entities.some((e) => /^In /.test(e)), JSON.stringify(entities));
});

test('a legal suffix after a comma closes the name before it', () => {
  const joint = extracted(
    'Northwind Tel, Inc. and Research In Motion today announced that Northwind will offer the Pebble 9.',
  );
  assert.deepEqual(joint.speakers, ['Research In Motion']);
  assert.ok(!joint.entities.some((e) => e.startsWith('Inc.')), JSON.stringify(joint.entities));
  const alone = extracted('Acme, Inc. said on Monday that it would buy the Zenith line.');
  assert.deepEqual(alone.speakers, ['Acme, Inc.']);
  assert.ok(!alone.entities.includes('Inc.'), JSON.stringify(alone.entities));
});

// newuser7's finding 3: names joined by "&" are a firm's; its statement is the firm's, and a partner
// named with her role ("said partner Liv Voss") stays a person.
test('"Voss & Pellam" is one organisation and speaks for itself; "partner Liv Voss" is a person', () => {
  const out = extract()(
    storyFromTexts([
      {
        id: 'a1',
        text: 'The Tarn Ferry Line collapsed on Monday. The administrators, Voss & Pellam, say a reduced service could restart within days.',
      },
      {
        id: 'a2',
        text: 'The Tarn Ferry Line went into administration on Monday. "We hope to restart a reduced service within days," said partner Liv Voss.',
      },
    ]),
    createContext(),
  );
  const kinds = new Map(out.entities.map((e) => [e.name, e.kind]));
  assert.equal(kinds.get('Voss & Pellam'), 'organization', JSON.stringify([...kinds]));
  assert.equal(kinds.get('Liv Voss'), 'person', JSON.stringify([...kinds]));
  const speakers = new Map(out.quotes.map((q) => [q.text, q.speaker?.name]));
  assert.equal(speakers.get('a reduced service could restart within days'), 'Voss & Pellam');
  assert.equal(speakers.get('We hope to restart a reduced service within days'), 'Liv Voss');
});

test('a text that ends on "and" after a name reads (no word after it to ask)', () => {
  const { entities } = extracted('Tova Rask opened the store. The new store was opened by Tova Rask and');
  assert.ok(entities.includes('Tova Rask'), JSON.stringify(entities));
});
