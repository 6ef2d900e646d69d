import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import type { Article, Report, Story } from '../model/index.ts';
import { SCHEMA_VERSION } from '../model/index.ts';
import { renderArticleText, storyEvidence } from './article-text.ts';
import type { StoryPageLinks } from './links.ts';
import { renderStoryPage } from './story-page.ts';
import { quoted, safeHref } from './util.ts';

const TEXT = 'The <b>council</b> voted 7-2 on Tuesday. "It is done," the clerk said.\n\nWork starts in May.';
const article = (id: string, outlet: string, url: string | null): Article => ({
  id,
  source: `${id}.txt`,
  title: `Vote <script>x()</script> ${id}`,
  titleInferred: false,
  byline: null,
  outlet,
  url,
  publishedAt: '2024-03-14T09:30:00Z',
  modifiedAt: null,
  language: 'en',
  section: null,
  metadataSources: {},
  text: TEXT,
  body: TEXT.split('\n\n'),
  paragraphs: [
    { kind: 'text', span: { start: 0, end: 70 } },
    { kind: 'text', span: { start: 72, end: 91 } },
  ],
  removed: [],
  media: [],
  wordCount: 16,
  syndicatedFrom: null,
  syndicationNote: null,
});

const sentence = { start: 0, end: 40 };
const quote = { start: 41, end: 70 };
const cite = (articleId: string, span: { start: number; end: number }) => ({ articleId, span });

const story: Story = {
  id: 's1',
  title: 'Vote',
  articleIds: ['a1', 'a2'],
  keywords: [],
  entities: [],
  quotes: [],
  figures: [],
  facts: [
    {
      id: 'f1',
      text: 'The council voted 7-2 on Tuesday.',
      status: 'consensus',
      sources: ['a1', 'a2'],
      evidence: [cite('a1', sentence), cite('a2', sentence)],
      figureIds: [],
      entityIds: [],
      modality: 'happened',
      coverage: {
        a1: { mark: 'supports', evidence: cite('a1', sentence), reason: null },
        a2: { mark: 'contradicts', evidence: cite('a2', { start: 4, end: 60 }), reason: 'another day' },
      },
    },
  ],
  conflicts: [],
  omissions: {},
  quoteMatrix: [],
  framing: null,
  headline: 'Council approves the plan',
  summary: [
    { text: 'The council voted 7-2 on Tuesday.', citations: [cite('a1', sentence)], factIds: ['f1'] },
  ],
  points: [],
  timeline: [],
  check: { pairs: 0, holding: 0, share: null },
};

const report: Report = {
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'parallax', version: '0' },
  generatedAt: '2024-03-15T00:00:00.000Z',
  articles: [
    article('a1', 'Harbour "Gazette"', 'javascript:alert(1)'),
    article('a2', 'Bay Times', 'https://bay.example/vote?a=1&b=2'),
  ],
  stories: [story],
  check: { pairs: 0, holding: 0, share: null },
  issues: [],
};

const SERVED: StoryPageLinks = {
  citationHref: (id, span) => `/articles/${id}?hl=${span.start}-${span.end}#s-${span.start}-${span.end}`,
  articleHref: (id) => `/articles/${id}`,
  storyHref: (id) => `/stories/${id}`,
};

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '');

describe('article text', () => {
  test('nested spans become elements with their anchor; a crossing span an anchor with its length', () => {
    const a = report.articles[0] as Article;
    const html = renderArticleText(a, [
      cite('a1', sentence),
      cite('a1', { start: 4, end: 60 }), // crosses the sentence's end
      cite('a1', quote),
      cite('a1', { start: 42, end: 53 }), // inside the quote
      cite('a1', quote), // a duplicate: one element
      cite('a2', { start: 0, end: 5 }), // another article's: ignored
    ]);
    assert.match(
      html,
      /<span class="px-ev" id="ev-a1-0-40">The <span class="px-ev px-ev-at" id="ev-a1-4-60" data-length="56"><\/span>&lt;b&gt;council&lt;\/b&gt; voted 7-2 on Tuesday\.<\/span>/,
    );
    assert.match(
      html,
      /<span class="px-ev" id="ev-a1-41-70">&quot;<span class="px-ev" id="ev-a1-42-53">It is done,<\/span>&quot; the clerk said\.<\/span><\/p>/,
    );
    assert.equal(html.match(/id="ev-a1-41-70"/g)?.length, 1);
    assert.doesNotMatch(html, /ev-a2/);
    const paragraphs = html.split('</p>').map(stripTags).filter(Boolean);
    const unescapeHtml = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"');
    assert.deepEqual(paragraphs.map(unescapeHtml), TEXT.split('\n\n'), 'the text is whole and in order');
  });

  test('the highlighted span is marked on the server side', () => {
    const html = renderArticleText(
      report.articles[0] as Article,
      storyEvidence(story).get('a1') ?? [],
      sentence,
    );
    assert.match(html, /class="px-ev px-on" id="ev-a1-0-40"/);
  });
});

describe('story page', () => {
  test('served: every citation and mark goes through the links it is given, no article text inline', () => {
    const html = renderStoryPage(story, report, SERVED, { headingLevel: 1 });
    assert.doesNotMatch(html, /href="#ev-|href="#article-/);
    assert.match(html, /href="\/articles\/a1\?hl=0-40#s-0-40"/);
    assert.match(html, /<a class="px-mark px-contradicts" href="\/articles\/a2\?hl=4-60#s-4-60"/);
    assert.match(
      html,
      /href="\/articles\/a2" title="[^"]*"><span class="px-sr">Article of Bay Times: <\/span>/,
    );
    assert.doesNotMatch(html, /px-article-text/);
    assert.match(html, /<h1 id="story-s1-h">Council approves the plan<\/h1>/);
  });

  test('single file: the article texts are inline, citations are anchors into them', () => {
    const html = renderStoryPage(story, report, undefined, { inlineArticles: true });
    assert.match(
      html,
      /<a class="cite" href="#ev-a1-0-40" title="Harbour &quot;Gazette&quot;: “The &lt;b&gt;council/,
    );
    assert.match(html, /id="ev-a1-0-40"/);
    assert.match(html, /id="article-a2"/);
  });

  test('only http(s) originals are links; every article string is escaped', () => {
    const html = renderStoryPage(story, report);
    assert.doesNotMatch(html, /javascript:/);
    assert.match(html, /href="https:\/\/bay\.example\/vote\?a=1&amp;b=2"/);
    assert.doesNotMatch(html, /<script>|<b>/);
    assert.match(html, /Vote &lt;script&gt;x\(\)&lt;\/script&gt; a1/);
  });

  test('a one-article story gets its card and a note, not an empty analysis', () => {
    const lone = { ...story, articleIds: ['a1'] };
    const html = renderStoryPage(lone, report, undefined, { inlineArticles: true });
    assert.match(html, /Only one article tells this story/);
    assert.doesNotMatch(html, /px-section|px-matrix|px-menu/);
    assert.match(html, /id="article-a1"/);
  });
});

test('a story of many outlets shows twelve cards at a glance and keeps its matrix from widening the page', () => {
  const many = Array.from({ length: 16 }, (_, i) => article(`a${i + 1}`, `Outlet ${i + 1}`, null));
  const wide = { ...story, articleIds: many.map((a) => a.id) };
  const html = renderStoryPage(wide, { ...report, articles: many });
  const [glance, rest] = html.split('4 more outlets');
  assert.equal(glance?.match(/class="px-card"/g)?.length, 12);
  assert.equal(rest?.split('</details>')[0]?.match(/class="px-card"/g)?.length, 4);
  assert.match(
    html,
    /<div class="px-scroll" tabindex="0" role="region" aria-label="Facts by outlet"><table class="px-matrix">/,
  );
});

test('quoted adds quotation marks once', () => {
  for (const [input, expected] of [
    ['It is done', '“It is done”'],
    ['“It is done,” she said.', '“It is done,” she said.'],
    ['"It is done"', '"It is done"'],
    ['“half open', '“half open'],
    ['‘single’', '‘single’'],
  ])
    assert.equal(quoted(input as string), expected);
});

test('safeHref keeps http(s) URLs only', () => {
  for (const [input, expected] of [
    ['https://a.example/x?y=1', 'https://a.example/x?y=1'],
    ['HTTP://A.EXAMPLE', 'http://a.example/'],
    ['javascript:alert(1)', null],
    [' javascript:alert(1)', null],
    ['data:text/html,<script>', null],
    ['//a.example/x', null],
    ['/relative', null],
    ['', null],
    [null, null],
  ] as const)
    assert.equal(safeHref(input), expected, String(input));
});

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

describe('omissions on the page', () => {
  test("an outlet's omissions are listed by how many sources share them, at most five, each citing three", () => {
    const ids = Array.from({ length: 8 }, (_, i) => `a${i + 1}`);
    const facts = Array.from({ length: 9 }, (_, k) => ({
      ...(story.facts[0] as Story['facts'][number]),
      id: `f${k + 1}`,
      text: `Shared fact number ${k + 1}.`,
      status: 'corroborated' as const,
      // fact k is told by k + 1 of the other articles (at most all 7)
      sources: ids.slice(1, k + 3),
      evidence: ids.slice(1, k + 3).map((id) => cite(id, sentence)),
      coverage: {},
    }));
    const big: Story = { ...story, articleIds: ids, facts, omissions: { a1: facts.map((f) => f.id) } };
    const many: Report = {
      ...report,
      articles: ids.map((id) => article(id, `Outlet ${id}`, null)),
      stories: [big],
    };
    const html = renderStoryPage(big, many, SERVED);
    const start = html.indexOf('What each outlet leaves out');
    assert.ok(start >= 0);
    const part = stripTags(html.slice(start));
    for (const k of [9, 8, 7, 6, 5]) assert.match(part, new RegExp(`Shared fact number ${k}\\.`));
    for (const k of [1, 2, 3, 4]) assert.doesNotMatch(part, new RegExp(`Shared fact number ${k}\\.`));
    assert.match(part, /and 4 more shared facts/);
    // facts 6 to 9 are told by all 7 other articles (three cited, "and 4 more"), fact 5 by 6
    assert.equal(part.match(/and 4 more(?! shared)/g)?.length, 4);
    assert.equal(part.match(/and 3 more/g)?.length, 1);
  });
});
