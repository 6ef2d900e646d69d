import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

const ALIASES: [string, string[], string][] = [
  [
    'Nebraska Gov. Dale Harmon signed the bill. Harmon said it was needed.',
    ['Dale Harmon', 'Harmon'],
    'person',
  ],
  [
    'Andrés Manuel Gómez Arrieta met the envoys. Gomez Arrieta smiled.',
    ['Andrés Manuel Gómez Arrieta', 'Gomez Arrieta'],
    'person',
  ],
  [
    'Secretary of State Antony J. Blinken flew in. Antony Blinken spoke first.',
    ['Antony J. Blinken', 'Antony Blinken'],
    'person',
  ],
  [
    'U.S. Customs and Border Protection released data. CBP said crossings fell.',
    ['U.S. Customs and Border Protection', 'CBP'],
    'organization',
  ],
  [
    'The Federal Water Office (FWO) issued a warning. The FWO said rivers were rising.',
    ['Federal Water Office', 'FWO'],
    'organization',
  ],
];

for (const [text, names, kind] of ALIASES) {
  test(`alias: ${names.join(' = ')}`, () => {
    const e = run(text).entities.find((x) => x.name === names[0] || x.aliases.includes(names[0] as string));
    assert.ok(e, `no entity for ${names[0]}`);
    assert.equal(e.kind, kind);
    for (const n of names)
      assert.ok(e.name === n || e.aliases.includes(n), `${n} not in ${JSON.stringify(e)}`);
  });
}

test('alias: an inconsistent name for the same body is kept as an alias and flagged', () => {
  const out = run(
    'U.S. Customs and Border Protection released data.',
    'Customs and Border Patrol said crossings fell.',
  );
  const cbp = out.entities.filter((e) => e.kind === 'organization');
  assert.equal(cbp.length, 1);
  assert.deepEqual(cbp[0]?.flags, ['inconsistent-name: Customs and Border Patrol']);
});

test('alias: different people with one surname stay apart; places joined by "and" stay apart', () => {
  const out = run('Joe Marlow met Hunter Marlow in Nebraska and Finland.');
  assert.equal(out.entities.filter((e) => e.kind === 'person').length, 2);
  const places = out.entities.filter((e) => e.kind === 'place').map((e) => e.name);
  assert.deepEqual(places.sort(), ['Finland', 'Nebraska']);
});

test('entities: photo credits and headline fragments are not entities', () => {
  const out = run(
    'Storm Hits Coast As Crews Race To Restore Power\n\nCrews worked through the night in Valmora. (Photo by JOHN SMITH/AFP via Getty Images)',
  );
  const names = out.entities.map((e) => e.name);
  assert.ok(!names.some((n) => /SMITH|Getty|Crews Race|Storm Hits/.test(n)), JSON.stringify(names));
});

test('dates: the same day in two articles is one date entity; relative phrases are not dates', () => {
  const out = run(
    'The vote is on May 5 in the capital.',
    'Officials said the vote on May 5 would go ahead this month.',
  );
  const dates = out.entities.filter((e) => e.kind === 'date');
  assert.deepEqual(
    dates.map((d) => [d.name, d.mentions.length]),
    [['May 5', 2]],
  );
});

test('dates: a decade of someone’s life is an age, no date; a decade of the calendar is one', () => {
  const out = run(
    'She moved to Lisbon in her mid-40s, when he was in his late 30s. In their 20s, the twins ran the shop.',
    'Jazz clubs thrived in the 30s and in the 1930s across the city.',
  );
  assert.deepEqual(
    out.entities.filter((e) => e.kind === 'date').map((d) => d.name),
    ['30s', '1930s'],
  );
});

test('alias: a name written twice around a hyphen ("Ana Berg-Ana Berg: …") is the name, twice', () => {
  const out = run(
    'Ana Berg-Ana Berg: Singer And Actress Dies At 90\n\nAna Berg, the singer who starred in a dozen films, has died. Berg was 90.',
  );
  const people = out.entities.filter((e) => e.kind === 'person' && /Berg/.test(e.name));
  assert.deepEqual(
    people.map((e) => [e.name, e.aliases]),
    [['Ana Berg', ['Berg']]],
  );
});
