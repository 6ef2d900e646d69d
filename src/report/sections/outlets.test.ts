import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article, report, story } from '../fixtures/story.ts';
import { outletCards } from './outlets.ts';

test('outlet cards: times of publication as each outlet gave them, in its own zone with its offset', () => {
  // Fenwire's 09:15 at +02:00 (07:15 UTC, before the Ledger's 08:30 UTC: the offset tells it)
  const articles = [
    { ...article('a1', 'Fenwire Radio', null), publishedAt: '2026-10-12T09:15:00+02:00' },
    { ...article('a2', 'The Kelvane Ledger', null), publishedAt: '2026-10-12T08:30:00.000Z' },
  ];
  const html = outletCards(story, { ...report, articles });
  assert.match(
    html,
    /Fenwire Radio <time datetime="2026-10-12T09:15:00\+02:00">2026-10-12 09:15 UTC\+02:00<\/time>/,
  );
  assert.match(
    html,
    /The Kelvane Ledger <time datetime="2026-10-12T08:30:00.000Z">2026-10-12 08:30 UTC<\/time>/,
  );
  // a date alone stays a day
  const dated = outletCards(story, {
    ...report,
    articles: [{ ...articles[0], publishedAt: '2026-10-12' }] as typeof articles,
  });
  assert.match(dated, /<time datetime="2026-10-12">2026-10-12<\/time>/);
});
