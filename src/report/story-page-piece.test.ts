import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import type { Report } from '../model/index.ts';
import type { StoryPageLinks } from './links.ts';
import { renderStoryPage } from './story-page.ts';
import { SERVED_LIMITS, STORY_PARTS, type StoryPageLimits } from './story-page-limits.ts';
import { PIECE_VERSION, pieceFits, storyPagePiece } from './story-page-piece.ts';

// The bundled example's report (a story of 6 outlets with every part: conflicts, matrix, omissions,
// quotes, figures, framing, timeline, names), whole and cut to its page's piece.
const report = JSON.parse(
  readFileSync(new URL('../../test/fixtures/examples-harbor-bridge/expected.json', import.meta.url), 'utf8'),
) as Report;
const links: StoryPageLinks = {
  citationHref: (id, s) => `/articles/${id}?hl=${s.start}-${s.end}`,
  articleHref: (id) => `/articles/${id}`,
  storyHref: (id) => `/stories/${id}`,
  maxCitations: 2,
};
const partHref = (part: string) => `/stories/s1/${part}`;
// every part cut to one to three items, the matrix to two columns
const TINY: StoryPageLimits = {
  ...Object.fromEntries(STORY_PARTS.map((p, i) => [p, 1 + (i % 3)])),
  coverageOutlets: 2,
};

const page = (r: Report, limits: StoryPageLimits, options?: Parameters<typeof renderStoryPage>[3]) =>
  renderStoryPage(r.stories[0] as Report['stories'][number], r, links, {
    headingLevel: 1,
    cuts: { limits, partHref },
    ...options,
  });

describe('a story page piece', () => {
  for (const [name, limits] of [
    ['tiny limits', TINY],
    ['the served limits', SERVED_LIMITS],
    ['two cards, the matrix uncut (its columns alone given)', { outlets: 2, coverageOutlets: 1 }],
    ['nothing of any part', Object.fromEntries(STORY_PARTS.map((p) => [p, 0]))],
    [
      'one item of each part, the matrix at one column',
      { ...TINY, ...Object.fromEntries(STORY_PARTS.map((p) => [p, 1])), coverageOutlets: 1 },
    ],
  ] as const)
    test(`renders the page the whole report renders (${name})`, () => {
      const piece = storyPagePiece(report, limits);
      assert.ok(piece);
      const whole = page(report, limits);
      const cut = renderStoryPage(piece.report.stories[0] as Report['stories'][number], piece.report, links, {
        headingLevel: 1,
        cuts: { limits, partHref, totals: piece.totals },
      });
      assert.equal(cut, whole);
      // the cuts happened: a part's "all" link counts the whole story
      const quotes = (report.stories[0] as Report['stories'][number]).quotes.length;
      if (limits === TINY) assert.ok(whole.includes(`All ${quotes} quotes`), `All ${quotes} quotes`);
    });

  test('keeps what tells a part whether to show at all: a scare quote only by an outlet left out', () => {
    const story = report.stories[0] as Report['stories'][number];
    const last = story.articleIds.at(-1) as string;
    const framing = story.framing as NonNullable<typeof story.framing>;
    const quote = {
      articleId: last,
      text: 'reform',
      evidence: { articleId: last, span: { start: 0, end: 6 } },
    };
    const odd: Report = {
      ...report,
      stories: [{ ...story, framing: { ...framing, scareQuotes: [quote] } }, ...report.stories.slice(1)],
    };
    const limits = { ...TINY, framing: 1 };
    const piece = storyPagePiece(odd, limits);
    assert.ok(piece);
    const whole = page(odd, limits);
    assert.match(whole, /<h3>Scare quotes<\/h3>/);
    assert.equal(page(piece.report, limits, { cuts: { limits, partHref, totals: piece.totals } }), whole);
  });

  test('without its totals the cut story would count only what it kept (the totals are needed)', () => {
    const piece = storyPagePiece(report, TINY);
    assert.ok(piece);
    assert.notEqual(page(piece.report, TINY), page(report, TINY));
  });

  test('is a fraction of the report: facts marked for the shown columns only, texts up to their last citation', () => {
    const piece = storyPagePiece(report, TINY);
    assert.ok(piece);
    const [whole, cut] = [report.stories[0], piece.report.stories[0]];
    assert.ok(whole && cut);
    assert.ok(cut.facts.length < whole.facts.length);
    assert.ok(cut.facts.every((f) => Object.keys(f.coverage).length <= 2));
    assert.equal(cut.quotes.length, 1 + (STORY_PARTS.indexOf('quotes') % 3));
    assert.deepEqual(piece.totals.parts.quotes, whole.quotes.length);
    const textOf = (r: Report) => r.articles.reduce((n, a) => n + a.text.length, 0);
    assert.ok(textOf(piece.report) < textOf(report));
    assert.ok(JSON.stringify(piece).length < JSON.stringify(report).length / 3);
    // only the story's own articles, each labelled as in the whole report
    assert.deepEqual(piece.report.articles.map((a) => a.id).sort(), [...whole.articleIds].sort());
    assert.ok(piece.report.articles.every((a) => a.label));
  });

  test('fits the limits it was cut for, of this version only', () => {
    const piece = storyPagePiece(report, SERVED_LIMITS);
    assert.ok(piece);
    assert.equal(piece.version, PIECE_VERSION);
    assert.equal(pieceFits(piece, SERVED_LIMITS), true);
    assert.equal(pieceFits(piece, { ...SERVED_LIMITS, quotes: 16 }), false);
    assert.equal(pieceFits({ ...piece, version: PIECE_VERSION + 1 }, SERVED_LIMITS), false);
    assert.equal(pieceFits(JSON.parse(JSON.stringify(piece)), SERVED_LIMITS), true);
  });

  test('of an unknown story is null', () => {
    assert.equal(storyPagePiece(report, SERVED_LIMITS, 'nope'), null);
    assert.equal(storyPagePiece({ ...report, stories: [] }, SERVED_LIMITS), null);
  });
});
