import assert from 'node:assert/strict';
import test from 'node:test';
import { filterBlocks, isDateOnly, matchText } from './filter.ts';
import type { Block } from './walk.ts';

// [paragraph, reason of the rule that must match it, or null for body text]
const CASES: [string, string | null][] = [
  ['Photo: Jonas Pike / Courier', 'photo credit'],
  ['(Image credit: Harbour Authority)', 'photo credit'],
  ['Crowds gather at the quay on Saturday. (AP Photo/Jane Roe)', 'photo caption'],
  ['The old mill at dusk.Kari Lund/Getty Images', 'photo caption'],
  ['Two fishermen mend nets on the pier (Image: REUTERS)', 'photo caption'],
  ['© Mira Holm', 'photo credit'],
  ['Share this article', 'share widget'],
  ['Tweet', 'share widget'],
  ['Follow Harbour Radio on Instagram, Facebook and YouTube.', 'share widget'],
  ['Follow her on Twitter @quaywriter.', 'share widget'],
  ['Sign up for our weekly newsletter to get the best local stories.', 'newsletter box'],
  ['Get the latest updates right in your inbox.', 'newsletter box'],
  ['Become a member for as little as $3 a month and enjoy stories with no paywalls.', 'subscription pitch'],
  ['This website uses cookies to give you the best experience.', 'cookie notice'],
  ['Advertisement', 'advertisement'],
  ['Read more: Why the quay had to close', 'inline teaser'],
  ['Related: Ferry fares rise again', 'inline teaser'],
  ["DON'T MISS", 'inline teaser'],
  ['Filed under: Harbour, Ferries |', 'tags'],
  ['Tags: shipping, weather', 'tags'],
  ['Copyright 2025 Harbour Post. All rights reserved.', 'copyright notice'],
  ['This material may not be published, broadcast, rewritten or redistributed.', 'copyright notice'],
  ['Reading time: 4 minutes', 'reading time'],
  ['3 min read', 'reading time'],
  ['Leave a comment', 'comments'],
  ['Skip to content', 'navigation'],
  ['Continue reading', 'navigation'],
  ['Image 3 of 12', 'gallery'],
  ['4 / 9', 'gallery'],
  ['Have a tip? Ola Berg may be reached at ola@example.com.', 'contact line'],
  [
    'Denial of responsibility! Quaynews Hub is an automatic aggregator of the world media.',
    'aggregator disclaimer',
  ],
  // body text that looks a little like boilerplate must stay
  ['The harbour master said the photo of the damaged crane was taken on Monday by a passer-by.', null],
  ['Residents can share their views at a meeting in the town hall next week.', null],
  ['More than two hundred boats were moored in the bay when the storm arrived.', null],
  ['She said the tags on the crates showed they had come from a farm in the north.', null],
  ['Subscribers to the ferry pass will get a refund for the weeks of closure, the operator said.', null],
];

test('text rules: each kind of boilerplate, and body text that must stay', () => {
  for (const [text, reason] of CASES) assert.equal(matchText(text, 5, 20)?.reason ?? null, reason, text);
});

test('edge-only rules apply only near the start or end of the article', () => {
  const byline = 'By Ola Berg and Kari Lund';
  assert.equal(matchText(byline, 0, 20)?.reason, 'byline');
  assert.equal(matchText(byline, 10, 20), undefined);
  assert.equal(matchText('Updated: 5 March 2025, 10:04', 19, 20)?.reason, 'dateline');
});

test('isDateOnly recognises datelines in several languages', () => {
  const cases: [string, boolean][] = [
    ['Tuesday, Nov. 19, 2019 at 6:55 AM EST', true],
    ['sexta-feira, 22 de outubro de 2010 às 20:13', true],
    ['Mittwoch, 5. März 2025, 10:04 Uhr', true],
    ['19/11/2019', true],
    ['The bridge opened in May 2019 after a long delay', false],
    ['May', false],
    ['In 2019', false],
  ];
  for (const [text, expected] of cases) assert.equal(isDateOnly(text), expected, text);
});

const block = (text: string, extra: Partial<Block> = {}): Block => ({
  kind: 'text',
  text,
  linkChars: 0,
  tag: 'p',
  ...extra,
});

test('filterBlocks: headline, byline, permalink, teaser links, link lists and author bios', () => {
  const body = 'The quay reopened on Monday after a month of repairs to the sea wall and the old crane.';
  const blocks: Block[] = [
    block('Quay reopens after repairs', { kind: 'heading', tag: 'h1' }),
    block('By Ola Berg'),
    block('https://www.harbour.example/news/quay-reopens'),
    block(body),
    block('Ferry fares rise again in spring', { linkChars: 33 }),
    block('Council approves new bus lanes', { linkChars: 30, tag: 'li' }),
    block('Port traffic hits a record high', { linkChars: 31, tag: 'li' }),
    block(body.replace('Monday', 'Tuesday')),
    block('A single linked item in a list', { linkChars: 30, tag: 'li' }),
    block('Ola Berg is a reporter who has covered the port since 2009.'),
  ];
  const out = filterBlocks(
    blocks,
    [{ action: 'caption', reason: 'photo caption', text: 'The quay at dawn.' }],
    {
      title: 'Quay reopens after repairs',
      byline: 'Ola Berg',
      url: 'https://harbour.example/news/quay-reopens/',
    },
  );
  assert.deepEqual(
    out.paragraphs.map((p) => p.text),
    [body, body.replace('Monday', 'Tuesday'), 'A single linked item in a list'],
  );
  assert.deepEqual(
    out.removed.map((r) => r.reason),
    ['headline', 'byline', 'permalink', 'inline teaser', 'link list', 'link list', 'author bio'],
  );
  assert.deepEqual(out.media, [{ kind: 'caption', text: 'The quay at dawn.' }]);
});
