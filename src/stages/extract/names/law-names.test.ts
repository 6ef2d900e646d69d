import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A law's name ("the Grace Period Act") is no one's name, though a given name opens it: a word that
// names an act of law (data/organizations.ts EVENT_WORDS) is no word of a person's name.

/** Each entity of one invented article as "kind: name". */
function named(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.entities.filter((e) => e.kind !== 'date').map((e) => `${e.kind}: ${e.name}`);
}

test('a law named by a given name and words ending in "Act" or "Amendment" is no person', () => {
  for (const text of [
    'The Grace Period Act, passed last year, gives parents six weeks to appeal.',
    'Parents in Tollen will appeal under the Grace Period Act, their lawyer said.',
    'Councillors cited the Victor Hale Amendment when they voted.',
  ]) {
    const people = named(text).filter((e) => e.startsWith('person: '));
    assert.deepEqual(people, [], text);
  }
});

test('a person whose name is near a law is still a person', () => {
  const got = named('Grace Holm said the Tollen Housing Act would be repealed.');
  assert.ok(got.includes('person: Grace Holm'), got.join(', '));
});

test('a law\'s title keeps its "and"; two bodies joined by "and" stay two (newuser22 #14)', () => {
  const got = named(
    'Parliament passed the Harbour and Borders Bill on Thursday. Critics said the Harbour and Borders Bill went too far.',
  );
  assert.ok(got.includes('other: Harbour and Borders Bill'), got.join(', '));
  assert.ok(!got.some((e) => /: Borders Bill$|: Harbour$/.test(e)), got.join(', '));
  const two = named('The Ministry of Defence and Kestrel Marine signed the deal on Monday.');
  assert.ok(!two.some((e) => e.includes(' and ')), two.join(', '));
  // a given name after "and" is no law's word: "Tom and Bill Hale" keeps Bill Hale a person
  assert.ok(named('Tom and Bill Hale spoke at the pier.').includes('person: Bill Hale'));
});

test('two laws joined by "and" stay two (review44b of 3a09f667)', () => {
  const got = named(
    'Congress amended the Clean Air Act and Clean Water Act on Tuesday. Critics said the Clean Air Act and Clean Water Act were now weaker.',
  );
  assert.ok(got.includes('other: Clean Air Act') && got.includes('other: Clean Water Act'), got.join(', '));
  assert.ok(!got.some((e) => e.includes(' and ')), got.join(', '));
});
