import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article, Report, Story } from '../../model/index.ts';
import { SCHEMA_VERSION } from '../../model/index.ts';
import { escapeHtml, escapeMarkdown } from '../util.ts';
import { pointsHtml, summarySection } from './summary.ts';
import { fromLegend, timelineSection } from './timeline.ts';

const TEXT = 'Crews ended the <strike> on Wednesday. The operator lost 400,000 euros.';

const article: Article = {
  id: 'a1',
  source: 'a.txt',
  title: 'Strike ends',
  titleInferred: false,
  byline: null,
  outlet: 'Harbour Gazette',
  url: null,
  publishedAt: '2024-03-14',
  modifiedAt: null,
  language: 'en',
  section: null,
  metadataSources: {},
  text: TEXT,
  body: [TEXT],
  paragraphs: [{ kind: 'text', span: { start: 0, end: TEXT.length } }],
  removed: [],
  media: [],
  wordCount: 12,
  syndicatedFrom: null,
  syndicationNote: null,
};

const cite = (start: number, end: number) => [{ articleId: 'a1', span: { start, end } }];

const story: Story = {
  id: 's1',
  title: 'Strike ends',
  articleIds: ['a1'],
  keywords: [],
  entities: [],
  quotes: [],
  figures: [],
  facts: [],
  conflicts: [],
  omissions: {},
  quoteMatrix: [],
  framing: null,
  headline: 'Ferry strike ends',
  summary: [{ text: 'Crews ended the <strike> on Wednesday.', citations: cite(0, 38), factIds: [] }],
  points: [
    {
      text: 'The operator lost 400,000 euros.',
      kind: 'single-source',
      articleIds: ['a1'],
      citations: cite(39, 71),
    },
  ],
  timeline: [
    {
      date: '2024-03-13',
      inferred: true,
      from: 'Wednesday',
      text: 'Crews ended the <strike> on Wednesday.',
      citations: cite(0, 38),
    },
    {
      date: '2024-03-14',
      inferred: false,
      text: 'The operator lost 400,000 euros.',
      citations: cite(39, 71),
    },
    {
      date: '2024-03-01',
      inferred: true,
      precision: 'month',
      text: 'The operator lost 400,000 euros.',
      citations: cite(39, 71),
    },
  ],
  check: { pairs: 0, holding: 0, share: null },
};

const report: Report = {
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'parallax', version: '0' },
  generatedAt: '2024-03-15T00:00:00.000Z',
  articles: [article],
  stories: [story],
  check: { pairs: 0, holding: 0, share: null },
  issues: [],
};

describe('summary section', () => {
  test('markdown: headline, cited sentences, points with their outlet', () => {
    const md = summarySection.markdown(story, report);
    assert.match(md, /\*\*Ferry strike ends\*\*/);
    assert.match(md, /on Wednesday\. \[a1\]/);
    assert.match(
      md,
      /Matched in one source only \(no other article here was matched to it\):[\s\S]*400,000 euros\. — _Harbour Gazette_ \[a1\]/,
    );
  });

  test('html: escaped text, citation markers linking to the cited sentence with its outlet', () => {
    const html = summarySection.html(story, report);
    assert.ok(!html.includes('<strike>'));
    assert.match(html, /&lt;strike&gt;/);
    assert.match(html, /href="#ev-a1-0-38"/);
    assert.match(html, /title="Harbour Gazette: “Crews ended the &lt;strike&gt; on Wednesday\.”"/);
  });

  test('a point told elsewhere but for a detail names the detail only its source gives', () => {
    const [point] = story.points;
    assert.ok(point);
    const detailed = { ...story, points: [{ ...point, onlyHere: ['400,000 euros', 'Brennport'] }] };
    assert.match(
      summarySection.markdown(detailed, report),
      /400,000 euros\. — _Harbour Gazette_ \[a1\] \(only \[a1\] gives “400,000 euros”, “Brennport”; other sources tell the rest, at least in part\)/,
    );
    assert.match(
      pointsHtml(detailed, report),
      /<small class="only-here">\(only Harbour Gazette gives “400,000 euros”, “Brennport”; other sources tell the rest, at least in part\)<\/small>/,
    );
    // a point without one says nothing of details
    assert.ok(!summarySection.markdown(story, report).includes('only [a1] gives'));
    assert.ok(!pointsHtml(story, report).includes('only-here'));
  });

  test('a story without summary or points has no section', () => {
    const empty = { ...story, summary: [], points: [] };
    assert.equal(summarySection.markdown(empty, report), '');
    assert.equal(summarySection.html(empty, report), '');
  });
});

describe('timeline section', () => {
  test('markdown lists the events with worked-out dates (and their words) and coarse precision marked', () => {
    assert.deepEqual(timelineSection.markdown(story, report).split('\n'), [
      '- **2024-03-13** (from “Wednesday”): Crews ended the \\<strike\\> on Wednesday. [a1]',
      '- **2024-03-14**: The operator lost 400,000 euros. [a1]',
      // a report written before the words were kept
      '- **Mar 2024** (date worked out): The operator lost 400,000 euros. [a1]',
      '',
      // the legend names the list's own words (newuser16 #18: it named "Monday" under rows of "Friday")
      escapeMarkdown(
        '(from “Wednesday”): the date is worked out from those words (a weekday, “last week”, a day without its year) and the date of the article that tells them.',
      ),
    ]);
    // no legend under dates the text states whole
    const stated = { ...story, timeline: story.timeline.filter((e) => !e.inferred) };
    assert.equal(
      timelineSection.markdown(stated, report),
      '- **2024-03-14**: The operator lost 400,000 euros. [a1]',
    );
  });

  test('a planned event is marked planned in markdown and html', () => {
    const [first] = story.timeline;
    assert.ok(first);
    const planned = { ...story, timeline: [{ ...first, planned: true }] };
    assert.equal(
      timelineSection.markdown(planned, report),
      `- **2024-03-13** (planned) (from “Wednesday”): Crews ended the \\<strike\\> on Wednesday. [a1]\n\n${escapeMarkdown(fromLegend(planned.timeline))}`,
    );
    assert.match(timelineSection.html(planned, report), /<small> \(planned\) \(from “Wednesday”\)<\/small>/);
    assert.ok(timelineSection.html(planned, report).includes(escapeHtml(fromLegend(planned.timeline))));
    assert.match(fromLegend(planned.timeline), /^\(from “Wednesday”\)/);
    // no row kept its words: the legend says it generally
    const worked = { ...first, from: undefined };
    assert.match(fromLegend([worked]), /^\(date worked out\): the date is worked out from words/);
  });

  test('html has an inline SVG with one dot per event, linked to the list, and nothing external', () => {
    const html = timelineSection.html(story, report);
    assert.equal(html.match(/<circle /g)?.length, 3);
    assert.match(html, /<a href="#s1-event-1"><circle[^>]*fill="currentColor"/);
    assert.match(html, /<li id="s1-event-0">/);
    assert.doesNotMatch(html, /<script|https?:|<strike>/);
  });
  test('html: a row too long for the SVG is cut on a word and marked', () => {
    const [first] = story.timeline;
    assert.ok(first);
    const text = `Crews ended the strike on Wednesday after ${'negotiations '.repeat(12)}ended.`;
    const html = timelineSection.html({ ...story, timeline: [{ ...first, text }] }, report);
    const row =
      /<text x="[\d.]+" y="[\d.]+" font-size="11" fill="currentColor" opacity=".85">([^<]*)<\/text>/.exec(
        html,
      )?.[1];
    // a whole word of the text, then the mark
    assert.ok(row?.endsWith('…'), row);
    const kept = (row ?? '').slice(0, -1);
    assert.ok(text.startsWith(kept) && text.charAt(kept.length) === ' ', row);
  });

  test('html: far-apart dates get a row each and a marked gap, not one crowded axis', () => {
    const at = (date: string) => ({
      date,
      inferred: false,
      text: `Event of ${date}.`,
      citations: cite(0, 38),
    });
    const spread = {
      ...story,
      timeline: [at('1971-05-01'), ...['2025-03-01', '2025-03-02', '2025-03-02', '2025-03-04'].map(at)],
    };
    const html = timelineSection.html(spread, report);
    const labels = [...html.matchAll(/<text [^>]*text-anchor="end"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    assert.deepEqual(labels, ['1971-05-01', '2025-03-01', '2025-03-02', '2025-03-04']);
    assert.match(html, /⋮ 54 years later/);
    assert.equal(html.match(/<circle /g)?.length, 5);
    const ys = [...html.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    assert.equal(new Set(ys).size, 4, 'one row per date');
  });
});
