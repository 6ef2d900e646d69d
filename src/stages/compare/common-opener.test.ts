import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Token } from '../../model/index.ts';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { alignClaims } from './align.ts';
import { buildClaims } from './claims.ts';
import { commonOpener } from './common-opener.ts';
import { compare } from './index.ts';

// Two invented reports of one council vote and one ballot, told in other words by each outlet.
const TEXTS = [
  'Velmora Town Council voted on Monday evening to approve a £96 million budget for next year. ' +
    'The Velmora Ferry Workers Union said 64 per cent of members who voted backed the offer.',
  'Councillors in Velmora approved a £96 million budget on Monday. ' +
    'Sixty-four per cent of union members who voted were in favour, the Velmora Ferry Workers Union said.',
];

function run() {
  const input = storyFromTexts(TEXTS.map((text, i) => ({ id: `a${i + 1}`, text })));
  const ctx = createContext();
  const extraction = extract()(input, ctx);
  const sources = new Map(input.articles.map((a) => [a.article.id, a.article.id]));
  return { input, extraction, ctx, claims: buildClaims(input.articles, extraction, sources) };
}

test('a capitalised plural opening a sentence is no name: the other outlet states the budget vote (✓)', () => {
  const { input, extraction, ctx, claims } = run();
  const opener = claims.find((c) => c.text.startsWith('Councillors'));
  assert.ok(opener);
  assert.ok(!opener.terms.has('n:councillors'), 'read as a word, not a name');
  const { facts } = compare()({ ...input, ...extraction }, ctx);
  const vote = facts.find((f) => f.text.includes('£96 million'));
  assert.ok(vote);
  assert.deepEqual([...vote.sources].sort(), ['a1', 'a2']);
  assert.equal(vote.coverage.a1?.mark, 'supports');
  assert.equal(vote.coverage.a2?.mark, 'supports');
});

test('a share in words ("Sixty-four per cent") aligns with the same share in digits', () => {
  const { claims } = run();
  const digits = claims.find((c) => c.text.includes('64 per cent'));
  const words = claims.find((c) => c.text.startsWith('Sixty-four'));
  assert.ok(digits && words);
  const { groups } = alignClaims(claims);
  assert.ok(groups.some((g) => g.includes(digits.index) && g.includes(words.index)));
});

// Tokens as the tagger gives them (each word, its part of speech), offsets by position.
const tagged = (words: [string, string][]): Token[] =>
  words.map(([text, pos], i) => ({
    start: i * 20,
    end: i * 20 + text.length,
    text,
    norm: text.toLowerCase(),
    pos,
    stop: false,
  }));

test('a capitalised plural that reports stays a source to give ("Engineers have said …"), one that acts does not', () => {
  const reports = tagged([
    ['Engineers', 'PROPN'],
    ['have', 'AUX'],
    ['said', 'VERB'],
    ['the', 'DET'],
    ['pier', 'NOUN'],
  ]);
  assert.equal(commonOpener(reports, reports, []), reports, 'the source stays as tagged');
  const acts = tagged([
    ['Engineers', 'PROPN'],
    ['have', 'AUX'],
    ['closed', 'VERB'],
    ['the', 'DET'],
    ['pier', 'NOUN'],
  ]);
  assert.equal(commonOpener(acts, acts, [])[0]?.pos, 'NOUN');
});
