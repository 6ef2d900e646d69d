import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Article, Story } from '../model/index.ts';
import { cite, quote, report, sentence, story } from './fixtures/story.ts';
import { renderStoryPage } from './story-page.ts';

const PIECES = [
  '<script>',
  '</style>',
  '<img src=x onerror=alert(1)>',
  '" onmouseover="x',
  "'",
  '&amp;',
  'javascript:',
  '\u202e',
  '\u2066',
  'Bay',
  ' ',
  'é',
];

const hostile = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));

test('any title, outlet, URL, byline, quote or figure wording renders as inert text', () => {
  fc.assert(
    fc.property(hostile, hostile, hostile, hostile, (title, outlet, url, words) => {
      const a1 = { ...(report.articles[0] as Article), title, outlet, url, byline: words };
      const quoteStory: Story = {
        ...story,
        keywords: [words],
        quotes: [
          {
            id: 'q1',
            kind: 'direct',
            text: words,
            speaker: { name: outlet, entityId: null },
            cue: title,
            occurrences: [cite('a1', quote)],
            speakerEvidence: [],
          },
        ],
        conflicts: [
          {
            id: 'c1',
            kind: 'other',
            about: title,
            sides: [
              { claim: words, evidence: [cite('a1', sentence)] },
              { claim: outlet, evidence: [cite('a2', sentence)] },
            ],
          },
        ],
      };
      const html = renderStoryPage(
        quoteStory,
        { ...report, articles: [a1, report.articles[1] as Article] },
        undefined,
        {
          inlineArticles: true,
        },
      );
      assert.doesNotMatch(html, /<script|<img|<\/style/i);
      // attribute values cannot hold a raw quote or `>`, so every tag ends where it seems to
      for (const [tag] of html.matchAll(/<[a-z][^>]*>/gi)) {
        assert.doesNotMatch(tag.replace(/"[^"]*"/g, '""'), /\son\w+\s*=/i, tag);
        assert.equal((tag.match(/"/g)?.length ?? 0) % 2, 0, tag);
      }
      assert.doesNotMatch(html, /[\u202a-\u202e\u2066-\u2069]/);
      for (const [, href] of html.matchAll(/href="([^"]*)"/g))
        assert.match(href as string, /^(#|https?:\/\/)/);
    }),
    { numRuns: 200 },
  );
});
