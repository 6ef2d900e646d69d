import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleQuoteRegions } from '../../../text/quotes/article-regions.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { articleTone, articleToneCounts } from './tone.ts';

test('tone: the own voice’s words found in the lexicon are given with their spans and how each counted', () => {
  const text =
    'The ferry talks were not productive, and the quay saw a chaotic morning. "A disaster," the harbour master said.';
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  if (!doc) throw new Error('no article');
  const tone = articleTone(articleToneCounts(doc, articleQuoteRegions(doc.article)));
  const hits = tone.evidence.map((h) => [text.slice(h.span.start, h.span.end), h.sentiment, h.subjective]);
  // "not productive" counts as negative (and "productive" is subjective); "chaotic" is negative and
  // subjective; the quoted "disaster" is no word of the outlet's own voice
  assert.deepEqual(hits, [
    ['productive', 'negative', true],
    ['chaotic', 'negative', true],
  ]);
  assert.equal(tone.toneWords, hits.length, 'one piece of evidence per word counted');
  assert.ok(tone.evidence.every((h) => h.articleId === 'a1'));
});

test('tone: words a lexicon entry takes by stem or prefix but that are not of its tone score nothing', () => {
  // "goods" stems to "good", "human" to "humane"'s stem; "shut*", "deadl*", "commit*" and "hope*" open
  // "shuttle", "deadline", "committee" and "hopefuls"
  const text =
    'The goods shuttle left before the deadline set by the committee. Human rights hopefuls met at the quay.';
  const [doc] = segmentAll(
    [articleFromText('a1', text, { title: 'Goods shuttle meets deadline' })],
    createContext(),
  );
  if (!doc) throw new Error('no article');
  const tone = articleTone(articleToneCounts(doc, []));
  assert.deepEqual(
    tone.evidence.map((h) => text.slice(h.span.start, h.span.end)),
    [],
  );
  assert.deepEqual([tone.toneWords, tone.sentiment, tone.headlineToneWords], [0, null, 0]);
  // the words themselves still count
  const [plain] = segmentAll(
    [articleFromText('a2', 'A good and humane plan was shut down.')],
    createContext(),
  );
  assert.equal(plain && articleTone(articleToneCounts(plain, [])).toneWords, 3);
});

test('tone: a word naming a side in politics before a role is no tone word; its own use still is', () => {
  const text =
    'Opposition leader Ada Brenn spoke first, and opposition councillors voted as one. The plan met opposition, and opposition to the ferry plan grew.';
  const [doc] = segmentAll(
    [articleFromText('a1', text, { title: 'Opposition leader backs ferry plan' })],
    createContext(),
  );
  if (!doc) throw new Error('no article');
  const tone = articleTone(articleToneCounts(doc, []));
  // "met opposition" and "opposition to" count (session 35, newuser14 #10: a straight report read
  // negative on a title)
  const at = (from: number) => text.indexOf('opposition', from);
  assert.deepEqual(
    tone.evidence.map((h) => h.span.start),
    [at(text.indexOf('met')), at(text.indexOf('met') + 5)],
  );
  assert.equal(tone.headlineToneWords, 0);
});

test('tone: "safety" naming a field before a noun ("safety inspection") is no tone word; "their safety" is', () => {
  const text =
    'The mill passed a safety inspection in March, and safety rules were met. Workers feared for their safety.';
  const [doc] = segmentAll(
    [articleFromText('a1', text, { title: 'Fire at mill after safety checks' })],
    createContext(),
  );
  if (!doc) throw new Error('no article');
  const tone = articleTone(articleToneCounts(doc, []));
  // newuser15 #13: an article reporting a death read "positive" on "safety inspection"
  const hits = tone.evidence.filter((h) => text.slice(h.span.start, h.span.end) === 'safety');
  assert.deepEqual(
    hits.map((h) => h.span.start),
    [text.lastIndexOf('safety')],
  );
  assert.equal(tone.headlineToneWords, 0);
});
