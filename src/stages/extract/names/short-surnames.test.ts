import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The names of the people of one invented article, each with its aliases. */
function people(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.entities
    .filter((e) => e.kind === 'person')
    .map((e) => [e.name, ...e.aliases].join(' / '))
    .sort();
}

// [surname, a sentence naming someone by it]: a short surname, whatever wink tags it, stays in the name
const SHORT: [string, string][] = [
  ['Das', 'The library will reopen on Monday, said Priya Das, its director.'],
  ['Oh', 'The library will reopen on Monday, said Mei Oh, its director.'],
  ['Ng', 'The library will reopen on Monday, said Tom Ng, its director.'],
  ['Wu', 'The library will reopen on Monday, said Lan Wu, its director.'],
  ['Li', 'The library will reopen on Monday, said Wen Li, its director.'],
  ['Roy', 'The library will reopen on Monday, said Anil Roy, its director.'],
  ['Ali', 'The library will reopen on Monday, said Sara Ali, its director.'],
];

test('a short surname stays part of the name ("Priya Das", not "Priya")', () => {
  for (const [surname, text] of SHORT) {
    const names = people(text);
    assert.ok(
      names.some((n) => n.split(' / ')[0]?.endsWith(` ${surname}`)),
      `${surname}: ${JSON.stringify(names)}`,
    );
  }
});

test('a lone short surname wink misreads is the person it names later on ("Das said …")', () => {
  const text =
    'The library will reopen on Monday, said Priya Das, its director. Das said the children’s wing would follow.';
  assert.deepEqual(people(text), ['Priya Das / Das']);
});

test('a Title-Case line capitalises its auxiliaries: "Is" is no surname', () => {
  const text = 'Marlow Mayor Harris Is Back At Work\n\nMayor Dana Harris returned to work on Monday.';
  const names = people(text).join(' | ');
  assert.ok(!/Harris Is/.test(names), names);
});
