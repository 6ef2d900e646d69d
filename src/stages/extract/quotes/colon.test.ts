import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A direct quote after a colon with no speech verb: the person named right before the colon speaks
// when the name opens its clause or lists an example and the quote ends its sentence.

function lastSpeaker(text: string): string | null {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const quotes = out.quotes.filter((q) => q.kind !== 'indirect');
  assert.ok(quotes.length >= 1, JSON.stringify(quotes));
  return quotes.at(-1)?.speaker?.name ?? null;
}

/** [rule, invented article, the last quote's speaker]. */
const CASES: [string, string, string | null][] = [
  [
    'an example of a list',
    'Harbour plan divides town\n\nThe plan has its critics, such as the outspoken Dr Ina Vale: “The pier will sink within ten years.”',
    'Ina Vale',
  ],
  ['a name alone', 'Harbour plan divides town\n\nMayor Ann Wu: “The pier will stay open.”', 'Ann Wu'],
  // newuser21 #13: a live blog's heading "Minister: “…”" was left unattributed
  [
    "a title alone heading its line: the story's one holder of it",
    'Ferries stop\n\nMinister: “The pier stays open”\n\nTransport Minister Ann Wu said the pier was safe. Ferries stopped on Monday.',
    'Ann Wu',
  ],
  [
    "… after a live blog entry's time",
    'Ferries stop\n\n16:40 Minister: “The pier stays open”\n\nTransport Minister Ann Wu said the pier was safe. Ferries stopped on Monday.',
    'Ann Wu',
  ],
  [
    '… and no one where the story has two',
    'Ferries stop\n\nMinister: “The pier stays open”\n\nTransport Minister Ann Wu said the pier was safe. Finance Minister Ola Berg disagreed.',
    null,
  ],
  // the object of a verb does not speak; nor does a name before a quote that words follow
  [
    'an object before the colon',
    'Harbour plan divides town\n\nThe crowd jeered at Mayor Ann Wu: “Resign now!”',
    null,
  ],
  [
    'a quote that words follow in its sentence',
    'Harbour plan divides town\n\nThe plan has its critics, such as Dr Ina Vale: “The pier will sink within ten years” is her warning.',
    null,
  ],
];

for (const [rule, text, speaker] of CASES)
  test(`colon speaker: ${rule}`, () => assert.equal(lastSpeaker(text), speaker));
