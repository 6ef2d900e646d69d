import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article } from '../../model/index.ts';
import { articleFromText } from '../../stages/extract/from-text.ts';
import { textAtAddress } from './address-editions.ts';

// What a text met at a stored article's address is to it: one reading for fetch and ingest (before,
// two near-copies, one asking "another article?" and one "a version only for want of a date?").
// Invented articles.
const URL = 'https://orrin-post.example/briefing/today';
const MONDAY =
  'Engineers will inspect the Tamsby weir this week after a fisherman reported cracks in its apron. The county closed the towpath on Sunday evening.\n\nThe inspection is expected to take four days, the county said.';
const MONDAY_FIXED = `${MONDAY}\n\nCorrection: an earlier version gave the wrong day for the closure.`;
const TUESDAY =
  'Bus drivers at the Quenby depot walked out on Tuesday morning over a pay offer of two percent. Their union said the strike would last until Friday.\n\nRiders were told to expect no service on six routes.';

function article(text: string, extra: Partial<Article> = {}): Article {
  const seed = { title: "Today's briefing", outlet: 'Orrin Post', url: URL };
  return { ...articleFromText('a1', text, seed), publishedAt: '2026-11-16T06:00:00+01:00', ...extra };
}

test('textAtAddress: another day and little shared text is another article; no date to tell is undated; else a version', () => {
  const stored = article(MONDAY);
  const cases: [string, Article, ReturnType<typeof textAtAddress>][] = [
    ['another day, other text', article(TUESDAY, { publishedAt: '2026-11-17T06:00:00+01:00' }), 'another'],
    ['no date, other text', article(TUESDAY, { publishedAt: null }), 'undated'],
    ['the same day, other text (a correction rewrites)', article(TUESDAY), 'version'],
    [
      'another day, shared text',
      article(MONDAY_FIXED, { publishedAt: '2026-11-17T06:00:00+01:00' }),
      'version',
    ],
    ['no date, shared text', article(MONDAY_FIXED, { publishedAt: null }), 'version'],
    [
      'another outlet',
      article(TUESDAY, { outlet: 'Quenby Herald', publishedAt: '2026-11-17T06:00:00+01:00' }),
      'version',
    ],
  ];
  for (const [what, incoming, expected] of cases)
    assert.equal(textAtAddress(incoming, stored), expected, what);
});
