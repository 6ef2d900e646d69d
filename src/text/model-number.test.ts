import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { modelNameAt, modelNumberAt, nameNumberAt } from './model-number.ts';
import { sentenceFigures } from './quantities.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

test('a number glued to a code or a name before it is part of the name, no count', () => {
  const cases: [string, string, boolean][] = [
    ['Troops seized six AK 47 rifles.', '47', true],
    ['Two F 16 jets flew over the port.', '16', true],
    ['The G 20 met in Oslo.', '20', true],
    ['COVID 19 cases rose again.', '19', true],
    ['Crews inspected a Boeing 737 at the airport.', '737', true],
    ['The bank lent USD 5 million to the port.', '5', false],
    ['Some 40 people died.', '40', false],
    ['Troops seized 47 rifles.', '47', false],
    // a line in capitals holds no code; a unit, scale or time word after the number counts it
    ['REBELS KILL 40 IN ATTACK ON VILLAGE.', '40', false],
    ['Troops from the US 20 days ago seized 47 rifles.', '20', false],
    ['Exports to the UK 5 percent lower.', '5', false],
    // a place that opens its clause after a preposition is no model's name
    ['In Oslo 300 people marched on Sunday.', '300', false],
    ['Protests spread, and in Lisbon 40 homes burned.', '40', false],
    ['Engineers found flaws in Boeing 737 jets.', '737', true],
    // a name's number glued to the noun after it, in a phrase that opens the sentence, stays the name's
    ['In Boeing 737 cockpits, 12 screens failed.', '737', true],
    ['In Boeing 737 cockpits 12 screens failed.', '737', true],
    ['In Oslo 300 were held overnight.', '300', false],
    // one digit with a capital letter glued after it names a generation or a format
    ['The ferry has no 3G coverage yet.', '3', true],
    ['4G phones sold out on the quay.', '4', true],
    ['The museum shows a 3D film of the port.', '3', true],
    ['The port has 4G.', '4', true],
    ['The ferry will not have 3G, but it has radio.', '3', true],
    ['It was 30C on the quay.', '30', false],
    ['Runners ran 5K along the quay.', '5', false],
    ['Four G Street homes burned, and 4 G homes too.', '4', false],
    // a video format told by its lines; "50p" is pence
    ['The drone records 1080p video.', '1080', true],
    ['The old set shows 720p.', '720', true],
    ['The set shows 1080i broadcasts.', '1080', true],
    ['She paid with a 50p coin.', '50', false],
    // a measure's name before its number is no model's name: the number is its value
    ['A Category 4 hurricane hit the coast.', '4', false],
    ['Officials raised the alert to Level 3 on Monday.', '3', false],
  ];
  for (const [text, number, expected] of cases) {
    const tokens = tokensOf(text);
    const i = tokens.findIndex((t) => t.text === number);
    assert.equal(modelNumberAt(tokens, i), expected, text);
  }
});

test('the support judge reads "six AK 47 rifles" as six rifles, as "six AK-47 rifles" is', () => {
  for (const text of ['Troops seized six AK 47 rifles.', 'Troops seized six AK-47 rifles.']) {
    const [sentence] = segmentAll([articleFromText('a', text)], createContext())[0]?.sentences ?? [];
    const figures = sentenceFigures(sentence as NonNullable<typeof sentence>);
    assert.deepEqual(
      figures.map((f) => [f.value, f.counts]),
      [[6, 'rifl']],
      text,
    );
  }
});

test('"AK-47" and "AK 47" read as one word; a currency code and its amount do not', () => {
  const spaced = tokensOf('Troops seized six AK 47 rifles.');
  const glued = tokensOf('Troops seized six AK-47 rifles.');
  assert.equal(
    modelNameAt(
      spaced,
      spaced.findIndex((t) => t.text === 'AK'),
    ),
    'ak-47',
  );
  assert.equal(
    modelNameAt(
      glued,
      glued.findIndex((t) => t.text === 'AK-47'),
    ),
    'ak-47',
  );
  const money = tokensOf('The bank lent USD 5 million.');
  assert.equal(
    modelNameAt(
      money,
      money.findIndex((t) => t.text === 'USD'),
    ),
    null,
  );
});

test('"3G coverage", "a 4G network" and "1080p video" count nothing, in both figure readers', () => {
  for (const text of [
    'The ferry has no 3G coverage but runs on a 4G network with 12 masts.',
    'The drone records 1080p video and has 12 rotors.',
  ]) {
    const [sentence] = segmentAll([articleFromText('a', text)], createContext())[0]?.sentences ?? [];
    const figures = sentenceFigures(sentence as NonNullable<typeof sentence>);
    assert.deepEqual(
      figures.map((f) => f.value),
      [12],
      text,
    );
  }
});

test('"Boeing 737" and "Boeing-737" read as one name with its number; a code or a lone name does not', () => {
  const at = (text: string, word: string) => {
    const tokens = tokensOf(text);
    return nameNumberAt(
      tokens,
      tokens.findIndex((t) => t.text === word),
    );
  };
  assert.equal(at('Crews inspected a Boeing 737 at the airport.', 'Boeing'), 'boeing-737');
  assert.equal(at('Crews inspected a Boeing-737 at the airport.', 'Boeing-737'), 'boeing-737');
  assert.equal(at('Crews inspected a Boeing at the airport.', 'Boeing'), null);
  assert.equal(at('Troops seized six AK-47 rifles.', 'AK-47'), null);
  // a measure's name and its value, spaced or glued, are no name
  assert.equal(at('A Category 4 hurricane hit the coast.', 'Category'), null);
  assert.equal(at('Magnitude-5.9 quake shakes the valley.', 'Magnitude-5'), null);
});
