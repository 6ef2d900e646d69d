import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Fact } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { alignClaims } from './align.ts';
import { buildClaims } from './claims.ts';
import { omissionsOf } from './omissions.ts';
import type { CheckedFact } from './support/facts.ts';
import { readClaim } from './support/reading.ts';

// The omissions of one fact told alike by a1 and a2, where alignment finds no sentence of another
// article close to it (as in a big story, where blocking leaves such pairs unscored): only the
// in-part reading can keep an article that tells it in other words off the list.
function omissionsOfShared(
  bodies: readonly string[],
  days: readonly string[] = [],
): Record<string, string[]> {
  const docs = segmentAll(
    bodies.map((b, i) => {
      const article = articleFromText(`a${i + 1}`, b);
      return days[i] ? { ...article, publishedAt: days[i] } : article;
    }),
    createContext(),
  );
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const claims = buildClaims(docs, { entities: [], quotes: [], figures: [] }, sources);
  const alignment = { ...alignClaims(claims), near: () => [], score: () => 0 };
  const supporters = claims.filter((c) => c.articleId === 'a1' || c.articleId === 'a2');
  const absent = Object.fromEntries(docs.slice(2).map((d) => [d.article.id, { mark: 'absent' }]));
  const fact = { id: 'f1', sources: ['a1', 'a2'], coverage: absent } as unknown as Fact;
  const checked = [{ supporters }] as unknown as CheckedFact[];
  return omissionsOf([fact], checked, claims, alignment, docs, sources, (i) =>
    readClaim(claims[i] as (typeof claims)[number], null),
  );
}

test('an article telling a shared fact in part in its own words is not listed as omitting it', () => {
  const out = omissionsOfShared([
    'A harbour boss in Norhaven hanged himself in jail hours after he was arrested in a police raid.',
    'A harbour boss in Norhaven hanged himself in jail hours after he was arrested in a police raid, officials said.',
    // in words of its own: "killed himself in a prison cell", "police arrested him"
    'The suspected harbour boss killed himself in a Norhaven prison cell, hours after police arrested him.',
    // the same man, the police, the town and even "jail", but no hanging and no arrest
    'Police in Norhaven said the harbour boss owned three boats and a villa by the jail.',
  ]);
  assert.deepEqual(out.a3, [], 'a3 tells the hanging in other words');
  assert.deepEqual(out.a4, ['f1']);
});

test('a sentence with the fact’s predicate and one word more does not tell it', () => {
  const out = omissionsOfShared([
    'The harbour crane was also damaged.',
    'The harbour crane was also damaged, the port said.',
    'Homes near the harbour had been damaged, residents said.',
  ]);
  assert.deepEqual(out.a3, ['f1']);
});

test('"terms were not disclosed" is told by "an undisclosed sum"; the terms told as disclosed are not', () => {
  const out = omissionsOfShared([
    'Financial terms of the Vessmark bakery deal were not disclosed.',
    'Financial terms of the Vessmark bakery deal were not disclosed, the chain said.',
    // the participle's un- form: no denial of the other's words
    'Harbor Foods bought the Vessmark bakery chain for an undisclosed sum, ending the deal talks.',
    // the terms told as disclosed: the fact's denial, still an omission
    'Harbor Foods disclosed the financial terms of its Vessmark bakery deal on Monday.',
  ]);
  assert.deepEqual(out.a3, [], 'a3 tells the terms as undisclosed');
  assert.deepEqual(out.a4, ['f1']);
});

test('"was not named" tells "an unnamed official"; "unidentified" reads as "not identified"', () => {
  const named = omissionsOfShared([
    'The official who confirmed the Norhaven arrests was not named.',
    'The official who confirmed the Norhaven arrests was not named by the police.',
    'Three men were held in Norhaven raids, an unnamed official told reporters.',
  ]);
  assert.deepEqual(named.a3, []);
  const identified = omissionsOfShared([
    'The victims of the ferry fire were not identified by the coastguard.',
    'The victims of the ferry fire were not identified by the coastguard, the port said.',
    'Rescuers found three unidentified victims after the ferry fire near Vessmark.',
  ]);
  assert.deepEqual(identified.a3, []);
});

test('an article that gives the fact’s count another value tells it otherwise: no omission', () => {
  const out = omissionsOfShared([
    'The fire at Vessmark quay on Monday injured 17 people.',
    'The fire at Vessmark quay on Monday injured 17 people, the fire service said.',
    // another value of the same count, in words, in a sentence about more: a difference to check
    'Fourteen people were hurt in the Vessmark quay fire, and 40 firefighters fought it for six hours.',
    // the fire, but no count of the hurt: still an omission
    'Crews from three stations fought the Vessmark quay fire until dawn.',
  ]);
  assert.deepEqual(out.a3, [], 'a3 gives another count of the hurt');
  assert.deepEqual(out.a4, ['f1']);
});

const COUNT_SHARED = [
  'Border chief Marta Olsen said 340 people were detained on Monday at the Tessel crossing.',
  'Border chief Marta Olsen said 340 people were detained on Monday, a record for the post.',
];

test('an article that gives the count of what happened inside another speaker’s report is not listed as omitting it', () => {
  const out = omissionsOfShared([
    ...COUNT_SHARED,
    // the count and the detention, told in the minister's report beside a plan
    'Interior minister Ilse Varga said on Tuesday that 200 extra guards would go to the Tessel crossing, a day after about 340 migrants crossed the river illegally and were detained.',
    // the same count of another act: the detention is left out
    'Interior minister Ilse Varga said on Tuesday that 200 extra guards would go to the Tessel crossing, a day after about 340 migrants crossed the river.',
    // the detention with another count, and one not told as happened
    'Aid worker Nadia Holm said 12 families were detained at the crossing.',
    'Interior minister Ilse Varga said 340 people could be detained if they crossed again.',
  ]);
  assert.deepEqual(out.a3, [], 'a3 gives the 340 detained');
  assert.deepEqual(out.a4, ['f1'], 'a4 tells the crossing, not the detention');
  assert.deepEqual(out.a5, ['f1'], 'a5 tells another count');
  assert.deepEqual(out.a6, ['f1'], 'a6 tells a possibility, not what happened');
});

// Twin incidents of one story (two blasts, two days of arrests) give one count of one kind: the same
// count and predicate told of another day or place is another incident, and the fact stays omitted.
test('the same count of another incident, on another day or at another place, does not tell the fact', () => {
  const out = omissionsOfShared([
    'Two people were injured when a second bomb went off near Ostry station on Tuesday evening.',
    'A second bomb went off near Ostry station on Tuesday evening and two people were injured.',
    // another day
    'Two people were injured when a bomb went off at the Brell market on Monday morning.',
    // inside a report: the same day, another place; and the fact itself
    'Mayor Ilse Dorn said on Wednesday that patrols would double, a day after two people were injured when a bomb went off at the Brell market on Tuesday evening.',
    'Mayor Ilse Dorn said on Wednesday that patrols would double, a day after two people were injured when a bomb went off near Ostry station on Tuesday evening.',
  ]);
  assert.deepEqual(out.a3, ['f1'], 'a3 tells Monday’s blast');
  assert.deepEqual(out.a4, ['f1'], 'a4 tells a blast at another place');
  assert.deepEqual(out.a5, [], 'a5 tells the fact');
});

test('an article published before every source of the fact told it does not omit it (newuser17 #7)', () => {
  const fact = 'Orrin Line said all crossings on the Tarnby route would run as normal.';
  const other = 'Crews at Orrin Line will strike for two days from Tuesday, the union said.';
  const out = omissionsOfShared(
    [fact, fact, other, other],
    ['2026-12-06T22:30:00Z', '2026-12-06T23:00:00Z', '2026-12-05T12:00:00Z', '2026-12-07T09:00:00Z'],
  );
  assert.deepEqual(out.a3, [], 'a3 was written a day before the fact was told');
  assert.deepEqual(out.a4, ['f1'], 'a4, written after, leaves it out');
});
