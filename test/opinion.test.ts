import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderMarkdown } from '../src/report/markdown.ts';

// An invented flood story: two news reports and a column of the Drossmouth Post, marked opinion by
// its page (JSON-LD OpinionNewsArticle), or, given as a record, only by its URL or its kicker.
const page = (type: string, url: string, outlet: string, headline: string, paragraphs: readonly string[]) =>
  `<html><head><title>${headline}</title><meta property="og:site_name" content="${outlet}"><link rel="canonical" href="${url}"><script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': type, headline, datePublished: '2031-05-05T18:00:00Z', publisher: { '@type': 'Organization', name: outlet } })}</script></head><body><article><h1>${headline}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const COLUMN = [
  'Three people are dead in Drossmouth, and the honest thing to say is that we knew. The River Sallow burst its banks on Sunday and flooded 40 homes on Quay Street.',
  'The council was warned in 2029 that the flood wall was too low. It chose to spend the money on a car park instead.',
];
const NEWS = [
  page(
    'NewsArticle',
    'https://coastradio.example/news/2031/05/05/flood',
    'Coast Radio',
    'Three dead as River Sallow floods Drossmouth',
    [
      'Three people died when the River Sallow burst its banks in Drossmouth on Sunday, flooding 40 homes on Quay Street, police said.',
      'Some 300 residents were evacuated to the sports hall, the council said.',
    ],
  ),
  page(
    'NewsArticle',
    'https://ledger.example/news/2031/05/05/flood',
    'Vessmark Ledger',
    'Drossmouth flood: three dead',
    [
      'Three people died after the River Sallow burst its banks in Drossmouth on Sunday and flooded 40 homes on Quay Street, police said.',
      'About 300 residents were evacuated to the sports hall, the council said.',
    ],
  ),
];
const files = (column: { path: string; text: string }) =>
  [column, ...NEWS.map((text, i) => ({ path: `n${i + 1}.html`, text }))].map(({ path, text }) => ({
    path,
    bytes: new TextEncoder().encode(text),
  }));
const record = (fields: object) =>
  JSON.stringify({ outlet: 'Drossmouth Post', publishedAt: '2031-05-06', ...fields });

test('an opinion column neither states, contradicts nor leaves out a reported fact; it is labelled so', () => {
  const inputs = [
    {
      path: 'column.html',
      text: page(
        'OpinionNewsArticle',
        'https://drossmouth-post.example/2031/05/06/we-knew',
        'Drossmouth Post',
        'We knew',
        COLUMN,
      ),
    },
    {
      path: 'column.jsonl',
      text: record({ url: 'https://drossmouth-post.example/opinion/we-knew', text: COLUMN.join('\n') }),
    },
    { path: 'column.jsonl', text: record({ text: ['Opinion.', ...COLUMN].join('\n') }) },
  ];
  for (const input of inputs) {
    const report = analyze(files(input), {}, createContext());
    const column = report.articles.find((a) => a.outlet === 'Drossmouth Post');
    assert.equal(column?.genre, 'opinion', input.path);
    const story = report.stories.find((s) => s.articleIds.includes(column?.id ?? ''));
    assert.ok(story && story.articleIds.length === 3, input.path);
    const id = column?.id ?? '';
    assert.ok(story.facts.length > 0);
    for (const fact of story.facts) {
      assert.equal(fact.coverage[id], undefined, fact.text);
      assert.ok(!fact.evidence.some((e) => e.articleId === id), fact.text);
    }
    assert.equal(story.omissions[id], undefined);
    assert.ok(!story.summary.some((s) => s.citations.some((c) => c.articleId === id)));
    // its framing is still counted
    assert.ok(story.framing?.tone[id]);
    const md = renderMarkdown(report);
    assert.match(md, /Drossmouth Post \(opinion\)/);
    assert.doesNotMatch(md, /\| Fact \| Status \|[^\n]*Drossmouth Post/);
  }
});

// newuser14 #4: a column marked only by its headline's label or by a line saying it is opinion (no
// page type, section or URL), as a plain-text file
test('a column marked by its headline ("Opinion: …") or a line saying so is opinion; its views are no summary fact', () => {
  const column = (headline: string, opening: readonly string[]) => ({
    path: 'column.txt',
    text: `${headline}\nDrossmouth Post\nBy Ada Fenwick, 6 May 2031\n\n${[...opening, ...COLUMN].join('\n\n')}`,
  });
  for (const input of [
    column('Opinion: Drossmouth knew the wall was too low', []),
    column('Drossmouth knew the wall was too low', [
      'This is an opinion column. The views are the writer’s own.',
    ]),
  ]) {
    const report = analyze(files(input), {}, createContext());
    const piece = report.articles.find((a) => a.title?.includes('Drossmouth knew'));
    assert.equal(piece?.genre, 'opinion', input.text.slice(0, 60));
    const story = report.stories.find((s) => s.articleIds.includes(piece?.id ?? ''));
    assert.ok(story, input.text.slice(0, 60));
    assert.ok(!story.summary.some((s) => s.citations.some((c) => c.articleId === piece?.id)));
    for (const fact of story.facts) assert.equal(fact.coverage[piece?.id ?? ''], undefined, fact.text);
  }
});
