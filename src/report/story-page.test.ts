import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Report, Story } from '../model/index.ts';
import { headingSkips } from './fixtures/headings.ts';
import { article, cite, report, SERVED, sentence, story, stripTags } from './fixtures/story.ts';
import { renderStoryPage } from './story-page.ts';
import { STORY_PARTS } from './story-page-limits.ts';
import { renderStoryPart } from './story-page-parts.ts';

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

  test('its headings skip no level: served under an h1 headline, in the file under the report h1, a part on its own page', () => {
    const lone = { ...story, articleIds: ['a1'] };
    for (const shown of [story, lone]) {
      const served = renderStoryPage(shown, report, SERVED, { headingLevel: 1 });
      assert.match(served, /<h1 /);
      assert.deepEqual(headingSkips(served, 1), []);
      assert.match(served, /<h2 id="s1-outlets">/, 'a part heading right below the headline');
      const file = renderStoryPage(shown, report, undefined, { inlineArticles: true });
      assert.deepEqual(headingSkips(file, 2), []);
      assert.match(file, /<h3 id="s1-outlets">/, 'the file keeps its outline');
    }
    const window = { offset: 0, count: 100, outletOffset: 0, outletCount: 30 };
    for (const part of STORY_PARTS) {
      const html = renderStoryPart(story, report, SERVED, part, window, 1);
      assert.deepEqual(headingSkips(`<h1>${part}</h1>${html}`, 1), [], part);
    }
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
    const start = html.indexOf('Shared facts not matched in an outlet');
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

test('story page: a topic of many stories links its first neighbours and counts the rest', () => {
  const others = Array.from({ length: 11 }, (_, i) => ({
    ...story,
    id: `s${i + 2}`,
    title: `Quay ${i + 2}`,
    headline: null,
    topicId: 't9',
  }));
  const big = { ...report, stories: [{ ...story, topicId: 't9' }, ...others] } as Report;
  const html = renderStoryPage(big.stories[0] as Story, big, SERVED, { headingLevel: 1 });
  assert.equal(html.match(/href="\/stories\/s\d+"/g)?.length ?? 0, 8);
  assert.match(html, /Quay 9<\/a> · and 3 more<\/p>/);
});

test("story page: the coverage count names the matrix's columns, articles (two of one outlet), not outlets", () => {
  const third = article('a3', 'Bay Times', null);
  const three: Story = { ...story, articleIds: ['a1', 'a2', 'a3'] };
  const html = renderStoryPage(three, { ...report, articles: [...report.articles, third], stories: [three] });
  assert.match(html, /1 shared fact × 3 articles/);
  assert.match(html, /3 articles · 2 outlets/);
  assert.doesNotMatch(html, /× 3 outlets/);
});

test("story page: the header's days are the cards' days, each the writer's own (newuser16 #13)", () => {
  // 20:00 at -05:00 on the 5th is 01:00 UTC on the 6th, but its outlet's 5th: its card and the span
  // both read the 5th, so the story is not spread over two days
  const articles = [
    { ...article('a1', 'Harbour Gazette', null), publishedAt: '2025-03-05T09:00:00Z' },
    { ...article('a2', 'Bay Times', null), publishedAt: '2025-03-05T20:00:00-05:00' },
  ];
  const html = renderStoryPage(story, { ...report, articles });
  assert.match(html, /2 articles · 2 outlets · published 2025-03-05</);
  assert.match(
    html,
    /Bay Times <time datetime="2025-03-05T20:00:00-05:00">2025-03-05 20:00 UTC-05:00<\/time>/,
  );
});
