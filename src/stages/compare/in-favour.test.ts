import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { alignClaims } from './align.ts';
import { buildClaims } from './claims.ts';
import { judge } from './support/judge.ts';
import { readClaim } from './support/reading.ts';

// Two invented reports of one ballot: a vote for the offer, told with another verb by each outlet.
const TEXTS = [
  'The Velmora Ferry Workers Union said 64 per cent of members who voted backed the offer.',
  'Sixty-four per cent of union members who voted were in favour, the Velmora Ferry Workers Union said.',
];

test('"were in favour" states "backed the offer", and the other way round', () => {
  const input = storyFromTexts(TEXTS.map((text, i) => ({ id: `a${i + 1}`, text })));
  const extraction = extract()(input, createContext());
  const claims = buildClaims(
    input.articles,
    extraction,
    new Map([
      ['a1', 'a1'],
      ['a2', 'a2'],
    ]),
  );
  const [backed, favour] = [
    claims.find((c) => c.articleId === 'a1'),
    claims.find((c) => c.articleId === 'a2'),
  ];
  assert.ok(backed && favour);
  const { idf } = alignClaims(claims);
  const [a, b] = [readClaim(backed, null), readClaim(favour, null)];
  assert.equal(judge(a, b, idf).verdict, 'supports', judge(a, b, idf).reason);
  assert.equal(judge(b, a, idf).verdict, 'supports', judge(b, a, idf).reason);
});
