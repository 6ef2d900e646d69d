import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, find } from './test-kit.ts';

test('figures: nouns joined by "and" before the head are all counted', () => {
  const f = find(
    figures('The union represents about 1,900 bus and ferry workers.'),
    'about 1,900 bus and ferry workers',
  );
  assert.equal(f.counts, 'bus and ferry workers');
});

test('figures: a participle after "and" opens the next clause, and is not counted', () => {
  const list = figures(
    'The storm hit the coast, killing 612 people and wounding 1,400.',
    'The quake struck, injuring five people and damaging buildings.',
    'The club hired 40 swimming and diving coaches.',
  );
  assert.equal(find(list, '612 people').counts, 'people');
  assert.equal(find(list, 'five people').counts, 'people');
  assert.equal(find(list, '40 swimming and diving coaches').counts, 'swimming and diving coaches');
});

test('figures: a range whose unit is written once, after its high end, has that unit', () => {
  const f = find(
    figures('The villages sustained between 40 and 80 percent damage.'),
    '40 and 80 percent damage',
  );
  assert.deepEqual([f.value, f.valueHigh, f.unit, f.counts], [40, 80, 'percent', 'damage']);
});

test('figures: an age set off after a name is no figure', () => {
  const list = figures('Nurse Carla Menzies, 34, who works nights, was late again.');
  assert.deepEqual(
    list.map((f) => f.value),
    [],
  );
});

test('figures: a unit joined by a hyphen is the unit, and the noun after it is counted', () => {
  const list = figures('The 1.4-kilometre bridge reopened after a four-hour meeting.');
  const bridge = find(list, '1.4-kilometre bridge');
  assert.deepEqual([bridge.value, bridge.unit, bridge.counts], [1.4, 'kilometers', 'bridge']);
  const meeting = find(list, 'four-hour meeting');
  assert.deepEqual([meeting.value, meeting.unit, meeting.counts], [4, 'hours', 'meeting']);
  // an irregular plural too: "a 30-foot wall" is 30 feet, as "30 feet of fence" is
  const units = figures('Crews built a 30-foot wall and 30 feet of fence.').map((f) => [f.text, f.unit]);
  assert.deepEqual(units, [
    ['30-foot wall', 'feet'],
    ['30 feet of fence', 'feet'],
  ]);
  // an area: "a 1,500-square-kilometer island" is 1,500 km² of an island, as "1,500 square kilometers" is 1,500 km²
  const areas = figures('Rain fell on the 1,500-square-kilometer island, all 1,500 square kilometers of it.');
  assert.deepEqual(
    areas.map((f) => [f.text, f.unit, f.counts]),
    [
      ['1,500-square-kilometer island', 'square kilometers', 'island'],
      ['1,500 square kilometers', 'square kilometers', null],
    ],
  );
});

test('figures: the same measure in two articles is one figure', () => {
  const list = figures(
    'Traffic took a detour of roughly 25 kilometres around the harbour.',
    'Drivers faced a detour of roughly 25 kilometres around the bay.',
  );
  assert.equal(find(list, 'roughly 25 kilometres').occurrences.length, 2);
});

test('figures: "that number was N" counts what the last figure counted', () => {
  const list = figures(
    'In 2023 the agency recorded 2.4 million crossings. In 2020, that number was 646,822.',
  );
  assert.equal(find(list, '646,822').counts, 'crossings');
});

test('figures: a plural noun after a plural noun and before a preposition is a verb, not counted', () => {
  const list = figures('A caravan of thousands of migrants treks towards the border.');
  assert.equal(find(list, 'thousands of migrants').counts, 'migrants');
});

test('figures: a short scale stuck to the number multiplies it', () => {
  const list = figures('The campaign raised $33M in the quarter and $4bn overall.');
  assert.equal(find(list, '$33M').value, 33_000_000);
  assert.equal(find(list, '$4bn').value, 4_000_000_000);
});

test('figures: a singular noun in -us or -is before a plural one leaves that one a noun ("stimulus checks")', () => {
  const list = figures(
    'The law sends $1,400 stimulus checks to most adults.',
    'The city hired 40 crisis counsellors for schools.',
  );
  assert.equal(find(list, '$1,400 stimulus checks').counts, 'stimulus checks');
  assert.equal(find(list, '40 crisis counsellors').counts, 'crisis counsellors');
});

test('figures: a time of day whose colon and "a.m." a tokeniser spaced is no figure', () => {
  const list = figures(
    'The tremor struck at 4: 17 a. m. some 12 miles east of the dam, and again at 9 p. m.',
  );
  assert.deepEqual(
    list.map((f) => f.text),
    ['some 12 miles'],
  );
});

test('figures: an age is no figure, a length of time is one', () => {
  const list = figures(
    'Three 14-year-olds, a six-month-old foal and the driver, 40 years old, were hurt. The dam has held for 14 years.',
  );
  assert.deepEqual(
    list.map((f) => f.text),
    ['14 years'],
  );
});

test('figures: a name after the counted noun, or a headline verb the tagger took for a noun, is not counted', () => {
  const list = figures(
    '4.6 quake rattles Vessmark Bay early Monday\n\n2,000 migrant crossings rise in May\n\nFive bus drivers Vessmark hired last year quit, and a 4.6 magnitude Vessmark earthquake struck.\n\nHe left 20 wives and Ada Berg.',
  );
  assert.deepEqual(
    list.map((f) => f.counts),
    ['quake', 'migrant crossings', 'bus drivers', 'magnitude Vessmark earthquake', 'wives'],
  );
});

test("figures: a title-case headline's verb, or a verb before an article in a line the tagger found none in, is not counted", () => {
  const list = figures('5.9 Earthquake Jolts Vessmark\n\nA quake of at least 5.9 hit the bay on Monday.');
  assert.deepEqual(
    list.map((f) => [f.text, f.counts]),
    [
      ['5.9 Earthquake', 'Earthquake'],
      ['at least 5.9', null],
    ],
  );
});

test('figures: a whole set ("all three cities") is no tally of a period, a count is', () => {
  const list = figures('All three ports saw strikes this summer, and 400 ships were turned away in July.');
  assert.equal(find(list, 'three ports').period, null);
  assert.equal(find(list, '400 ships').period, 'in July');
});

test('figures: the hyphen that joins a number to what it counts is not part of what it counts', () => {
  const list = figures('The mayor sent a three-page letter after a 4.2-magnitude quake.');
  assert.equal(find(list, 'three-page letter').counts, 'page letter');
  assert.equal(find(list, '4.2-magnitude quake').counts, 'magnitude quake');
});

test('figures: a part of one is no count, hyphened or with a spaced slash', () => {
  const list = figures('Two-thirds of the lane and 1 / 4 inch of tarmac went, then 40 workers came.');
  assert.deepEqual(
    list.map((f) => f.text),
    ['40 workers'],
  );
});

test('figures: "a second" before a noun is the ordinal, no rate', () => {
  const list = figures(
    'The siren lasted about 20 seconds and was followed by a second siren. Pumps move 40 litres a second.',
  );
  assert.equal(find(list, 'about 20 seconds').period, null);
  assert.equal(find(list, '40 litres').period, 'a second');
});

test('figures: a product of sizes such as a 4x4 names a vehicle or a board, and counts nothing', () => {
  const list = figures('Two men drove a 4x4 and a 4×4 truck into the shop, then bought 2×4 boards.');
  assert.deepEqual(
    list.map((f) => f.text),
    ['Two men'],
  );
});

test('figures: a time of day told with a point, spaced or not, is no figure; a decimal is one', () => {
  const list = figures(
    'Vans came at around 4. 30am, at 4.30pm and at 9. 05 BST, and the index rose 4. 30 points.',
  );
  assert.deepEqual(
    list.map((f) => f.text),
    ['4. 30 points'],
  );
});

test('figures: a noun the tagger took for a verb before a possessive ends what is counted', () => {
  const list = figures(
    'Four men smash their van into a shop before fleeing, and we paid 5 bus drivers their wages.',
  );
  assert.deepEqual(
    list.map((f) => f.counts),
    ['men', 'bus drivers'],
  );
});

test('figures: a day after the number that no noun follows is when, not what is counted', () => {
  const list = figures(
    'Thieves took gems worth over $2. 6 million early Monday, and we held 3 Monday meetings.',
  );
  assert.deepEqual(
    list.map((f) => [f.text, f.counts]),
    [
      ['over $2. 6 million', null],
      ['3 Monday meetings', 'Monday meetings'],
    ],
  );
});

test('figures: a dash written as a hyphen ends what a figure counts; a participle joined by one does not', () => {
  const list = figures(
    "Each of the club's 300 members and about 2,000 associates-the name for helpers-paid fees.",
  );
  assert.equal(find(list, 'about 2,000 associates').counts, 'associates');
  assert.equal(
    find(figures('The raid indicted 12 top officials-but not Hale.'), '12 top officials').counts,
    'top officials',
  );
  const joined = figures(
    'Crews reached the 12 worst-hit villages, and hundreds of black-hooded men marched.',
  );
  assert.equal(find(joined, '12 worst-hit villages').counts, 'worst-hit villages');
  assert.equal(find(joined, 'hundreds of black-hooded men').counts, 'black-hooded men');
});
