import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Fact } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { alignClaims } from './align.ts';
import { buildClaims } from './claims.ts';
import { omissionsOf } from './omissions.ts';
import type { CheckedFact } from './support/facts.ts';
import { readClaim } from './support/reading.ts';

// The omissions of one fact told alike by a1 and a2 (their claims with "detained"), alignment finding
// no sentence of another article close to it: only the omission rules can keep an article off the list.
function omissionsOfShared(bodies: readonly string[]): Record<string, string[]> {
  const docs = segmentAll(
    bodies.map((b, i) => articleFromText(`a${i + 1}`, b)),
    createContext(),
  );
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const claims = buildClaims(docs, { entities: [], quotes: [], figures: [] }, sources);
  const alignment = { ...alignClaims(claims), near: () => [], score: () => 0 };
  const supporters = claims.filter((c) => ['a1', 'a2'].includes(c.articleId) && c.text.includes('detained'));
  const absent = Object.fromEntries(docs.slice(2).map((d) => [d.article.id, { mark: 'absent' }]));
  const fact = { id: 'f1', sources: ['a1', 'a2'], coverage: absent } as unknown as Fact;
  const checked = [{ supporters }] as unknown as CheckedFact[];
  return omissionsOf([fact], checked, claims, alignment, docs, sources, (i) =>
    readClaim(claims[i] as (typeof claims)[number], null),
  );
}

const SHARED = [
  'Border chief Marta Olsen said 340 people were detained on Monday at the Tessel crossing.',
  'Border chief Marta Olsen said 340 people were detained on Monday, a record for the post.',
];

test('an article that gives the count of what happened inside another speaker’s report is not listed as omitting it', () => {
  const out = omissionsOfShared([
    ...SHARED,
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
