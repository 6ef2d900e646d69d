import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext, type SegmentedArticle } from '../../model/index.ts';
import { agesBar, sharedAges, statedAges } from './ages.ts';
import { cluster } from './index.ts';
import { MERGE_THRESHOLD, SHARED_AGES_MERGE_BAR } from './merge-patterns.ts';
import { partition, segmented } from './test-articles.ts';

const ages = (text: string) => statedAges(segmented([text])[0] as SegmentedArticle);

describe('statedAges: the ages an article gives its people', () => {
  const cases: [string, string, string[]][] = [
    ['"a 38-year-old"', 'A 38-year-old accountant opened fire at the Ostry depot.', ['38|age-year']],
    [
      'set off after a name, and "aged"',
      'Ilse Varga, 54, and her son were hurt. The driver, aged 61, was held.',
      ['54|age-year', '61|age-year'],
    ],
    ['a month-old baby keeps its unit', 'A 3-month-old baby was found safe.', ['3|age-month']],
    [
      "a thing's age is no one's: its head names a place, facility or thing",
      'A truck hit the 120-year-old Millrace Bridge. Councillors backed a 90-year-old stone crossing and the Kell pier, which is 80 years old.',
      [],
    ],
    [
      "a thing's age is no one's when its head is a common noun of no person, on no list of things",
      'The 40-year-old tannery burned; its 25-year-old chimney fell on a 90-year-old mule track.',
      [],
    ],
    [
      "a person's age before a name or an occupation stays",
      'The 52-year-old Ann Wu spoke. A 29-year-old gang member and the 55-year-old head of the sect were held. A 31-year-old Kessor town council road worker and a 44-year-old North Quay harbour pilot boat skipper were hurt. A 19-year-old parolee, a 33-year-old bricklayer and a 61-year-old grandmother were named; a 47-year-old was held.',
      [
        '19|age-year',
        '29|age-year',
        '31|age-year',
        '33|age-year',
        '44|age-year',
        '47|age-year',
        '52|age-year',
        '55|age-year',
        '61|age-year',
      ],
    ],
    [
      'no length of time, count, range or age in words',
      'He worked there for 14 years; 12 shots were fired; two boys aged 13 and 15; a six-year-old girl.',
      [],
    ],
  ];
  for (const [name, text, expected] of cases) test(name, () => assert.deepEqual(ages(text), expected));
});

describe('sharedAges and agesBar: a lower merge bar for stories of the same people', () => {
  const own = [['38|age-year'], ['63|age-year', '47|age-year'], undefined];
  test('the most one article of each gives, not the ages of all their articles together', () => {
    assert.equal(sharedAges(own, [['47|age-year', '63|age-year'], ['38|age-year']]), 2);
    // 38 and 63 are both given by the other story, but by no one article of this one
    assert.equal(sharedAges(own, [['38|age-year', '63|age-year'], ['38|age-year']]), 1);
    assert.equal(sharedAges(own, [['38|age-month'], ['64|age-year']]), 0);
    assert.equal(sharedAges([], [['38|age-year']]), 0);
  });
  test('two shared: SHARED_AGES_MERGE_BAR; one: the bar as given', () => {
    assert.equal(agesBar(own, [['63|age-year', '47|age-year']], MERGE_THRESHOLD), SHARED_AGES_MERGE_BAR);
    assert.equal(agesBar(own, [['38|age-year']], MERGE_THRESHOLD), MERGE_THRESHOLD);
    assert.equal(agesBar(own, [['63|age-year', '47|age-year']], 0.2), 0.2);
  });
});

test("a landmark's age and a recurring official's do not make two events seven weeks apart one story", () => {
  // a truck hits an old bridge; the council votes to rebuild it seven weeks later: both name the
  // mayor's age and the bridge's
  const crash = (headline: string, lead: string) => ({
    title: headline,
    publishedAt: '2025-03-03',
    text: `${lead}\n\nThe driver, Lars Holm, 38, was taken to Vessmark General Hospital with a broken arm, police said. Timber spilled into the river.\n\nMayor Ann Wu, 52, said engineers would check the bridge before it reopened.`,
  });
  const vote = (headline: string, lead: string) => ({
    title: headline,
    publishedAt: '2025-04-22',
    text: `${lead}\n\nThe work will cost 14 million euros and close the crossing for two years. Mayor Ann Wu, 52, said the town would seek money from the national roads fund.\n\nShop owners on Quay Street warned that the closure would cut trade.`,
  });
  const docs = segmented([
    crash(
      'Truck strikes Vessmark river bridge, driver hurt',
      'A delivery truck struck the railing of the 120-year-old Millrace Bridge on Monday, injuring its driver and closing the crossing for six hours.',
    ),
    crash(
      'Timber truck crash shuts Millrace Bridge',
      'A timber truck crashed into the railing of the Millrace Bridge, which is 120 years old, on Monday, police said.',
    ),
    vote(
      'Vessmark council votes to rebuild Millrace Bridge',
      'The town council voted 7-2 on Tuesday to rebuild the 120-year-old Millrace Bridge, whose stone piers are wearing away.',
    ),
    vote(
      'Millrace Bridge to be rebuilt after council vote',
      'Councillors approved a plan on Tuesday to rebuild the Millrace Bridge, a 120-year-old stone crossing, at a cost of 14 million euros.',
    ),
  ]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2'],
    ['a3', 'a4'],
  ]);
});

test('the ages of a building and its chimney, on no list of things, do not make two events one story', () => {
  // a fire at an old tannery, and its owner's plan to pull it down five weeks later: both give the
  // tannery's and its chimney's ages, and no one's
  const fire = (title: string, lead: string) => ({
    title,
    publishedAt: '2025-06-02',
    text: `${lead} The 40-year-old tannery and its 25-year-old chimney stand by the Brenn canal.\n\nFirefighters from Olsk and Dunmere fought the flames for five hours; no one was hurt.`,
  });
  const plan = (title: string, lead: string) => ({
    title,
    publishedAt: '2025-07-08',
    text: `${lead} The 40-year-old tannery and its 25-year-old chimney would make way for flats.\n\nNeighbours on the Brenn canal said they would object at the council's hearing.`,
  });
  const docs = segmented([
    fire('Fire guts Olsk tannery', 'A fire gutted the old Olsk tannery on Sunday night.'),
    fire(
      'Olsk tannery burns overnight',
      'The old tannery in Olsk burned through Sunday night, the fire service said.',
    ),
    plan(
      'Owner plans to pull down Olsk tannery',
      'The owner of the Olsk tannery asked on Tuesday to pull it down.',
    ),
    plan(
      'Olsk tannery may be demolished',
      'A plan to demolish the Olsk tannery went to the council on Tuesday.',
    ),
  ]);
  assert.deepEqual(partition(cluster()(docs, createContext())), [
    ['a1', 'a2'],
    ['a3', 'a4'],
  ]);
});
