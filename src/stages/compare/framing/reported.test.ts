import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Span } from '../../../model/index.ts';
import { articleQuoteRegions } from '../../../text/quotes/article-regions.ts';
import { articleFromText, segmentAll, storyFromTexts } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { compare } from '../index.ts';
import { frameStory } from './index.ts';

// Reported speech ("Lee said that …") is someone else's account told in the outlet's words: its
// distinctive terms and tone are not the outlet's own account, its contested terms are its wording.
function framingOf(texts: string[]) {
  const ctx = createContext();
  const input = storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text })));
  const extraction = extract()(input, ctx);
  return compare()({ ...input, ...extraction }, ctx).framing;
}

const STORY = [
  'Ferry workers walked out on Monday. Union leader Ann Wu said the terrorist attack on the depot had frightened crews and that unpaid overtime and unpaid overtime shifts had worn them down.',
  'Ferry workers walked out on Monday. The depot was damaged and crews stayed home. Buses ran instead of ferries.',
  'Ferry workers walked out on Monday. Crews stayed home after the depot was damaged. Buses ran all day.',
];

test('framing: a contested term in a paraphrase is the outlet’s own wording', () => {
  const framing = framingOf(STORY);
  const terrorist = framing?.contested.find((c) => c.term === 'terrorist');
  assert.equal(terrorist?.byArticle.a1?.ownVoice, 1);
});

test('framing: the tone of reported speech is not the outlet’s', () => {
  const ctx = createContext();
  const text = 'The council met on Monday. Lee Park said the disastrous plan had been a chaotic failure.';
  const [doc] = segmentAll([articleFromText('a1', text)], ctx);
  const docs = doc ? [doc] : [];
  const tone = (reported: Map<string, Span[]>) =>
    frameStory(docs, new Map([['a1', 'a1']]), new Map(), [], [], undefined, reported).tone.a1?.sentiment;
  assert.ok((tone(new Map()) ?? 0) < 0);
  const content = { start: text.indexOf('the disastrous'), end: text.length - 1 };
  // the reported words set aside, no word of the lexicon is left in the outlet's voice: no reading
  assert.equal(tone(new Map([['a1', [content]]])), null);
});

test('framing: words of reported speech are not the outlet’s distinctive terms', () => {
  const ctx = createContext();
  const text =
    'Agents said irregular crossings rose again and that irregular arrivals strained shelters, irregular routes moved east and irregular arrivals came at dawn.';
  const docs = segmentAll(
    [
      text,
      'Agents reported crossings again. Shelters asked for funding. Buses carried families north. Clinics treated children.',
      'Agents reported crossings again. Volunteers cooked meals daily. Churches opened spare rooms. Lawyers offered advice.',
    ].map((t, i) => articleFromText(`a${i + 1}`, t)),
    ctx,
  );
  const sources = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const regions = new Map(docs.map((d) => [d.article.id, articleQuoteRegions(d.article)]));
  const own = (reported: Map<string, Span[]>) =>
    frameStory(docs, sources, regions, [], [], undefined, reported).terms.filter((t) => t.articleId === 'a1');
  // the same article in its own voice has 'irregular' as its distinctive term
  assert.ok(own(new Map()).some((t) => t.term === 'irregular'));
  const content = { start: text.indexOf('irregular'), end: text.length - 1 };
  assert.deepEqual(own(new Map([['a1', [content]]])), []);
});
