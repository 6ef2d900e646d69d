import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { compressSentence } from './compress.ts';
import { quoteIndex } from './quote-index.ts';
import { summarized } from './test-story.ts';
import { quoteRanges } from './text.ts';

// An invented one-sentence article's sentence, told without its asides.
function compressed(text: string): string {
  const ctx = createContext();
  const bytes = new TextEncoder().encode(JSON.stringify({ title: 'Ferry news from Orvik', text }));
  const [doc] = readArticles([{ path: 'one.json', bytes }], {}, ctx).map((a) => segment()(a, ctx));
  const sentence = doc?.sentences[0];
  assert.ok(doc && sentence);
  const quotes = quoteIndex(quoteRanges(doc.article.text));
  return compressSentence({
    text: doc.article.text,
    start: sentence.start,
    end: sentence.end,
    tokens: sentence.tokens,
    quotedChars: quotes.quotedChars,
  });
}

describe('a sentence told without its asides', () => {
  // [sentence as written, as told]
  const cases: [string, string][] = [
    // a bracketed aside, a party label
    [
      'The Orvik Ferry Authority (OFA) cancelled the evening sailings to the island on Monday.',
      'The Orvik Ferry Authority cancelled the evening sailings to the island on Monday.',
    ],
    [
      'Sen. Tove Lund (S-Orvik) asked the ferry company to restore the evening sailings.',
      'Sen. Tove Lund asked the ferry company to restore the evening sailings.',
    ],
    // an aside between dashes, and a tail after a last dash
    [
      'The ferry company — long the island’s biggest employer — cancelled the evening sailings.',
      'The ferry company cancelled the evening sailings.',
    ],
    [
      'The ferry company cancelled the evening sailings to the island on Monday — a blow to commuters.',
      'The ferry company cancelled the evening sailings to the island on Monday.',
    ],
    // a closing participle phrase of commentary; one telling a further event is kept
    [
      'The ferry company cancelled the evening sailings on Monday, signaling a shift in its priorities.',
      'The ferry company cancelled the evening sailings on Monday.',
    ],
    [
      'The ferry company cancelled the evening sailings on Monday, leaving commuters stranded on the quay.',
      'The ferry company cancelled the evening sailings on Monday, leaving commuters stranded on the quay.',
    ],
    [
      'A storm cut the power cable to the island on Monday, causing outages in every village.',
      'A storm cut the power cable to the island on Monday, causing outages in every village.',
    ],
    // kept: a number, a date, a negation, a modal, a hedge, a quotation, an alternative, who says so
    [
      'The ferry company cancelled the evening sailings (all 14 of them) on Monday.',
      'The ferry company cancelled the evening sailings (all 14 of them) on Monday.',
    ],
    [
      'The ferry company cancelled the evening sailings — the first time since March — on Monday.',
      'The ferry company cancelled the evening sailings — the first time since March — on Monday.',
    ],
    [
      'The ferry company cancelled the evening sailings to the island — not the morning ones.',
      'The ferry company cancelled the evening sailings to the island — not the morning ones.',
    ],
    [
      'The ferry company cancelled the evening sailings to the island — and may cancel more.',
      'The ferry company cancelled the evening sailings to the island — and may cancel more.',
    ],
    [
      'The ferry company cancelled the evening sailings (reportedly over fuel costs) on Monday.',
      'The ferry company cancelled the evening sailings (reportedly over fuel costs) on Monday.',
    ],
    [
      'The ferry company cancelled the evening sailings — “a disgrace,” one commuter said — on Monday.',
      'The ferry company cancelled the evening sailings — “a disgrace,” one commuter said — on Monday.',
    ],
    [
      'The ferry company — ‘a lifeline’ to commuters — cancelled the evening sailings to the island.',
      'The ferry company — ‘a lifeline’ to commuters — cancelled the evening sailings to the island.',
    ],
    [
      'The ferry company asked the council to pay for the sailings — or cut them entirely — this winter.',
      'The ferry company asked the council to pay for the sailings — or cut them entirely — this winter.',
    ],
    [
      'The ferry company cancelled the evening sailings on Monday, citing a shortage of crews.',
      'The ferry company cancelled the evening sailings on Monday, citing a shortage of crews.',
    ],
    [
      'The ferry company cancelled the evening sailings on Monday, according to the harbour office.',
      'The ferry company cancelled the evening sailings on Monday, according to the harbour office.',
    ],
    [
      'The ferry company hired a new captain for its flagship, Catching Fire.',
      'The ferry company hired a new captain for its flagship, Catching Fire.',
    ],
    // an aside that puts someone in or out of a number before it tells what it counts; without a number
    // before it, it is an aside like another
    [
      'Four people were killed (including the gunman) at the harbour festival on Sunday.',
      'Four people were killed (including the gunman) at the harbour festival on Sunday.',
    ],
    [
      'The ferry company cancelled 14 sailings — excluding the night boat — on Monday.',
      'The ferry company cancelled 14 sailings — excluding the night boat — on Monday.',
    ],
    [
      'The harbour councillors (including the mayor) voted to keep the evening ferry.',
      'The harbour councillors voted to keep the evening ferry.',
    ],
    // a tail that goes on after a comma may qualify the whole sentence
    [
      'The company cancelled the sailings over fuel costs — the main reason, among others.',
      'The company cancelled the sailings over fuel costs — the main reason, among others.',
    ],
    // nor is the sentence's start cut
    [
      '(Updated) The ferry company cancelled the evening sailings to the island on Monday.',
      '(Updated) The ferry company cancelled the evening sailings to the island on Monday.',
    ],
    [
      '— Updated — The ferry company cancelled the evening sailings to the island on Monday.',
      '— Updated — The ferry company cancelled the evening sailings to the island on Monday.',
    ],
    // what is left must still be a sentence
    ['Ferry sailings cancelled (again).', 'Ferry sailings cancelled (again).'],
  ];
  for (const [written, told] of cases) test(written, () => assert.equal(compressed(written), told));
});

describe('the summary tells a chosen sentence without its asides', () => {
  test('the text is shortened, its evidence is the sentence as written', () => {
    const written =
      'The Orvik Ferry Authority (OFA) cancelled all evening sailings to Haldor island on Monday, signaling a shift in its priorities.';
    const { out, articles } = summarized(
      [
        {
          title: 'Evening ferries cancelled',
          text: `${written} Crews had warned of the cuts for weeks before the winter timetable.`,
        },
      ],
      120,
    );
    const first = out.summary[0];
    assert.ok(first);
    assert.equal(
      first.text,
      'The Orvik Ferry Authority cancelled all evening sailings to Haldor island on Monday.',
    );
    const own = first.citations[0];
    const doc = articles.find((d) => d.article.id === own?.articleId);
    assert.ok(own && doc);
    assert.equal(doc.article.text.slice(own.span.start, own.span.end), written);
  });
});
