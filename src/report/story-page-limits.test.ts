import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article, Fact, Report, Story } from '../model/index.ts';
import { SCHEMA_VERSION } from '../model/index.ts';
import type { StoryPageLinks } from './links.ts';
import { renderStoryPage } from './story-page.ts';
import { coverageOutletOrder, partSize, type StoryPageLimits, windowStory } from './story-page-limits.ts';
import { renderStoryPart } from './story-page-parts.ts';

// A big story made up here: 40 outlets, 30 shared facts (fact k stated by the first k+1 outlets, so
// the outlets first in the story carry the most marks), 25 quotes, names, points and events.
const N = 40;
const TEXT = 'The council met on Tuesday. "We agree," the mayor said. Work starts in May.';
const span = { start: 0, end: 27 };
const ids = Array.from({ length: N }, (_, i) => `a${i + 1}`);
const article = (id: string, i: number): Article => ({
  id,
  source: `${id}.txt`,
  title: `Council <i>${id}</i>`,
  titleInferred: false,
  byline: null,
  outlet: `Outlet ${i + 1}`,
  url: `https://o${i + 1}.example/news`,
  publishedAt: '2024-03-14T09:30:00Z',
  modifiedAt: null,
  language: 'en',
  section: null,
  metadataSources: {},
  text: TEXT,
  body: [TEXT],
  paragraphs: [{ kind: 'text', span: { start: 0, end: TEXT.length } }],
  removed: [],
  media: [],
  wordCount: 14,
  syndicatedFrom: null,
  syndicationNote: null,
});
const cite = (articleId: string) => ({ articleId, span });
// the story order puts the outlets of fewest marks first, so the matrix must reorder its columns
const storyOrder = [...ids].reverse();
const facts: Fact[] = Array.from({ length: 30 }, (_, k) => {
  const sources = ids.slice(0, k + 2);
  return {
    id: `f${k}`,
    text: `Fact number ${k} <b>`,
    status: 'corroborated',
    sources,
    evidence: sources.map(cite),
    figureIds: [],
    entityIds: [],
    modality: 'happened',
    coverage: Object.fromEntries(
      sources.map((id) => [id, { mark: 'supports' as const, evidence: cite(id), reason: null }]),
    ),
  } as Fact;
});
const story: Story = {
  id: 's1',
  title: 'Council',
  articleIds: storyOrder,
  keywords: [],
  entities: Array.from({ length: 25 }, (_, k) => ({
    id: `e${k}`,
    kind: 'person' as const,
    name: `Person ${k}`,
    aliases: [],
    flags: [],
    mentions: ids.slice(0, k + 1).map(cite),
  })),
  quotes: Array.from({ length: 25 }, (_, k) => ({
    id: `q${k}`,
    kind: 'direct' as const,
    text: `Quote ${k}`,
    speaker: { name: `Speaker ${k % 5}`, entityId: null },
    cue: 'said',
    occurrences: ids.slice(0, 3).map(cite),
    speakerEvidence: [],
  })),
  figures: [],
  facts,
  conflicts: [],
  omissions: Object.fromEntries(ids.slice(2).map((id) => [id, ['f0']])),
  quoteMatrix: [],
  framing: null,
  headline: 'The council agrees',
  summary: [{ text: 'The council met on Tuesday.', citations: ids.map(cite), factIds: ['f0'] }],
  points: Array.from({ length: 15 }, (_, k) => ({
    text: `Point ${k}`,
    kind: 'single-source' as const,
    articleIds: [ids[k] as string],
    citations: [cite(ids[k] as string)],
  })),
  timeline: Array.from({ length: 25 }, (_, k) => ({
    date: `2024-03-${String(k + 1).padStart(2, '0')}`,
    inferred: false,
    text: `Event ${k}`,
    citations: [cite('a1')],
  })),
  check: { pairs: 0, holding: 0, share: null },
};
const report: Report = {
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'parallax', version: '0' },
  generatedAt: '2024-03-15T00:00:00.000Z',
  articles: ids.map(article),
  stories: [story],
  check: { pairs: 0, holding: 0, share: null },
  issues: [],
};
const links: StoryPageLinks = {
  citationHref: (id, s) => `/articles/${id}?hl=${s.start}-${s.end}`,
  articleHref: (id) => `/articles/${id}`,
  storyHref: (id) => `/stories/${id}`,
  maxCitations: 4,
};
const LIMITS: StoryPageLimits = {
  outlets: 10,
  points: 5,
  coverage: 6,
  coverageOutlets: 8,
  omissions: 3,
  quotes: 7,
  entities: 9,
  timeline: 4,
};
const cuts = { limits: LIMITS, partHref: (part: string) => `/stories/s1/${part}?x=1&y=2` };
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const section = (html: string, id: string) => html.split(`id="s1-${id}"`)[1]?.split('</details>')[0] ?? '';

describe('a big story cut to limits', () => {
  const page = renderStoryPage(story, report, links, { headingLevel: 1, cuts });
  const whole = renderStoryPage(story, report, links, { headingLevel: 1 });

  test('each part shows its first items and links to all of them; the page without limits shows everything', () => {
    assert.equal(count(page, /class="px-card"/g), 10);
    assert.equal(count(whole, /class="px-card"/g), N);
    assert.equal(count(section(page, 'quotes'), /<q /g), 7);
    assert.equal(count(section(page, 'entities'), /<li>/g), 9);
    assert.equal(count(section(page, 'timeline'), /<li id=/g), 4);
    assert.equal(count(section(page, 'points'), /<li>/g), 5);
    for (const [part, all] of [
      ['outlets', 'All 40 outlets'],
      ['quotes', 'All 25 quotes'],
      ['entities', 'All 25 names'],
      ['points', 'All 15 points'],
      ['timeline', 'All 25 events'],
      ['coverage', 'The whole matrix: 30 shared facts × 40 articles'],
      ['omissions', 'Shared facts not matched, all 38 outlets'],
    ])
      assert.ok(page.includes(`<a href="/stories/s1/${part}?x=1&amp;y=2">${all} →</a>`), part);
    assert.doesNotMatch(whole, /px-all/);
    // the expanders still count every item
    assert.match(page, /25 quotes, 5 speakers/);
  });

  test('the matrix: the most-sourced facts × the outlets stating most of them, in story order', () => {
    const matrix = section(page, 'coverage').split('</table>')[0] as string;
    assert.equal(count(matrix, /<tr><th scope="row"/g), 6);
    assert.match(matrix, /Fact number 29 &lt;b&gt;/, 'the fact of most sources first');
    assert.doesNotMatch(matrix, /Fact number 23 /);
    const columns = [...matrix.matchAll(/<th scope="col" title="Outlet (\d+)"/g)].map((m) => `a${m[1]}`);
    assert.deepEqual(columns, ['a8', 'a7', 'a6', 'a5', 'a4', 'a3', 'a2', 'a1']);
    // a1 and a2 state every fact: the story's order between them
    assert.deepEqual(coverageOutletOrder(story).slice(0, 3), ['a2', 'a1', 'a3']);
  });

  test('citations after one statement stop at the cap, saying how many more', () => {
    const summary = page.split('class="px-summary"')[1]?.split('</p>')[0] ?? '';
    assert.equal(count(summary, /class="cite"/g), 4);
    assert.match(summary, /and 36 more/);
  });

  test("a part's own pages window its items in the part's order", () => {
    assert.equal(partSize(story, 'quotes'), 25);
    const quotes = windowStory(story, 'quotes', { offset: 5, count: 5 }).quotes;
    // by speaker: Speaker 0's five quotes, then Speaker 1's
    assert.deepEqual(
      quotes.map((q) => q.id),
      ['q1', 'q6', 'q11', 'q16', 'q21'],
    );
    const html = renderStoryPart(story, report, links, 'coverage', {
      offset: 28,
      count: 10,
      outletOffset: 38,
      outletCount: 10,
    });
    assert.equal(count(html, /<tr><th scope="row"/g), 2, 'the last two facts');
    assert.deepEqual(
      [...html.matchAll(/<th scope="col" title="Outlet (\d+)"/g)].map((m) => `a${m[1]}`),
      ['a33', 'a32'],
      'the last two columns: of no marks, after a40-a34 in story order',
    );
    assert.doesNotMatch(html, /<i>/, 'escaped');
  });
});
