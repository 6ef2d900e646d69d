import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';
import { typeName } from './types.ts';

/** Each entity of a story of invented articles, as "kind: name / aliases". */
function entities(...texts: string[]): string[] {
  const story = storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text })));
  return extract()(story, createContext()).entities.map(
    (e) => `${e.kind}: ${[e.name, ...e.aliases].join(' / ')}`,
  );
}

test('a given name written with a hyphen and a lower-case syllable is whole ("Pak Sol-mi")', () => {
  const names = entities('The envoy met Pak Sol-mi, the premier of Tarvonia, on Monday.').join(' | ');
  assert.match(names, /person: Pak Sol-mi/);
  assert.doesNotMatch(names, /Pak Sol(?!-mi)/);
});

test('"Pak Sol-mi", "Pak Sol Mi" and the family name alone "Pak" are one person', () => {
  const people = entities(
    'The envoy met Pak Sol-mi, the premier of Tarvonia, on Monday. Pak said the talks went well.',
    'Premier Pak Sol Mi visited the harbour on Tuesday.',
  ).filter((e) => e.startsWith('person'));
  assert.equal(people.length, 1, people.join(' | '));
  for (const alias of ['Pak Sol-mi', 'Pak Sol Mi', 'Pak'])
    assert.ok(people[0]?.split(/: | \/ /).includes(alias), alias);
});

test('a word that describes a name after a hyphen stays apart from it ("-born", "-based", "-led")', () => {
  const names = entities(
    'The Dana Pellworth-led review found the girder cracked, said Mayor Rosa Marchetti.',
    'A Port Vessmark-based engineer, Tom Reyes, and a Kestrel Bay-born diver inspected the pier.',
    'Protesters waved anti-Pellworth and pro-Marchetti signs outside the hall.',
  ).join(' | ');
  assert.doesNotMatch(names, /-(?:led|based|born)/, names);
  assert.match(names, /person: Dana Pellworth/);
});

test('a headline’s title-case words with its verb are no organisation', () => {
  const headline = '‘Pure Invention’: Norway Dismisses Lurid Kestrel Story About Pak Sol-mi.';
  const names = entities(`${headline}\n\nThe premier’s office denied the report on Monday.`).join(' | ');
  assert.doesNotMatch(names, /Dismisses/, names);
});

test('typeName: a place leads no body in a headline’s clause, and a known body stays one', () => {
  const words = ['Norway', 'Dismisses', 'Lurid', 'Kestrel', 'Story'];
  assert.deepEqual(typeName(words, false), { kind: 'organization', strong: true });
  assert.deepEqual(typeName(words, false, true), { kind: 'unknown', strong: false });
  assert.deepEqual(typeName(['Red', 'Cross'], false, true), { kind: 'organization', strong: true });
});
