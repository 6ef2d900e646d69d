import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type Report, SCHEMA_VERSION, type Story } from '../../model/index.ts';
import { conflictsSection } from '../../report/sections/conflicts.ts';
import { coverageSection } from '../../report/sections/coverage.ts';
import { differencesSection } from '../../report/sections/differences.ts';
import { framingSection } from '../../report/sections/framing.ts';
import { omissionsSection } from '../../report/sections/omissions.ts';
import { quoteMatrixSection } from '../../report/sections/quote-matrix.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { compare } from './index.ts';

// A small report built from hand-written articles, one of them carrying markup that must be escaped.
function report(): { report: Report; story: Story } {
  const ctx = createContext();
  const articles = [
    articleFromText(
      'a1',
      'Ministers met in Oslo on Monday, but the talks failed to produce a deal.\n\nThe crisis <script>x</script> deepened as 300 trucks waited daily at the border.',
      { title: 'Talks fail' },
    ),
    articleFromText(
      'a2',
      'Ministers met in Oslo on Monday for productive talks.\n\nAbout 300 trucks a day waited at the border.',
      { title: 'Productive talks' },
    ),
    articleFromText('a3', 'Ministers met in Oslo on Monday.\n\nThe weather was cold.', { title: null }),
  ];
  const docs = segmentAll(articles, ctx);
  const group = { id: 's1', title: 'Oslo', articleIds: articles.map((a) => a.id), keywords: [] };
  const c = compare()({ story: group, articles: docs, entities: [], quotes: [], figures: [] }, ctx);
  const story: Story = {
    ...group,
    entities: [],
    quotes: [],
    figures: [],
    facts: [...c.facts],
    conflicts: [...c.conflicts],
    differences: [...(c.differences ?? [])],
    omissions: Object.fromEntries(Object.entries(c.omissions).map(([k, v]) => [k, [...v]])),
    quoteMatrix: [...c.quoteMatrix],
    framing: c.framing,
    headline: null,
    summary: [],
    points: [],
    timeline: [],
    check: { pairs: 0, holding: 0, share: null },
  };
  const r: Report = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: 'parallax', version: 't' },
    generatedAt: '',
    articles,
    stories: [story],
    check: { pairs: 0, holding: 0, share: null },
    issues: [],
  };
  return { report: r, story };
}

test('coverage, differences, omissions and framing render in Markdown and escaped HTML', () => {
  const { report: r, story } = report();
  const md = coverageSection.markdown(story, r);
  assert.match(md, /\| consensus \| ✓ \| ✓ \| ✓ \|/);
  assert.match(differencesSection.markdown(story, r), /outcome/);
  assert.match(omissionsSection.markdown(story, r), /a3/);
  for (const section of [coverageSection, differencesSection, omissionsSection, framingSection]) {
    const html = section.html(story, r);
    assert.ok(html.length > 0, section.id);
    assert.ok(!html.includes('<script>'), `${section.id} escapes article text`);
  }
  const framing = story.framing;
  assert.ok(framing);
  const withTerms: Story = {
    ...story,
    framing: { ...framing, terms: [{ term: 'deal <b>', z: 2.1, articleId: 'a1', count: 3, headline: 1 }] },
  };
  const html = framingSection.html(withTerms, r);
  assert.match(html, /<svg[^>]*>.*<\/svg>/s);
  assert.ok(html.includes('deal &lt;b&gt;'));
});

test('sections stay out of a story without facts', () => {
  const { report: r, story } = report();
  const empty: Story = { ...story, facts: [], conflicts: [], omissions: {}, framing: null };
  for (const section of [coverageSection, conflictsSection, omissionsSection, framingSection]) {
    assert.equal(section.markdown(empty, r).trim(), '', section.id);
    assert.equal(section.html(empty, r).trim(), '', section.id);
  }
});

test('the quote matrix renders each article’s cell and escapes the quote', () => {
  const { report: r, story } = report();
  const withQuote: Story = {
    ...story,
    quotes: [
      {
        id: 'q1',
        kind: 'direct',
        text: 'a <b>deal</b> is near',
        speaker: { name: 'Berg', entityId: null },
        cue: 'said',
        // (a telling of as many words as the quote: a1 quotes it whole, not a part of it)
        occurrences: [{ articleId: 'a1', span: { start: 0, end: 31 } }],
        speakerEvidence: [],
      },
    ],
    quoteMatrix: [{ quoteId: 'q1', byArticle: { a1: 'quoted', a2: 'paraphrased', a3: 'absent' } }],
  };
  const md = quoteMatrixSection.markdown(withQuote, r);
  assert.match(md, /\| “ ” \| ≈ \| — \|/);
  const html = quoteMatrixSection.html(withQuote, r);
  assert.ok(html.includes('&lt;b&gt;deal&lt;/b&gt;') && !html.includes('<b>deal'));
  assert.equal(quoteMatrixSection.html(story, r), '');
});

test('the quote matrix sets quotes in quote marks and reported speech without them', () => {
  const { report: r, story } = report();
  const quote = (id: string, kind: 'direct' | 'indirect', text: string) => ({
    id,
    kind,
    text,
    speaker: { name: 'Berg', entityId: null },
    cue: 'said',
    occurrences: [{ articleId: 'a1', span: { start: 0, end: 8 } }],
    speakerEvidence: [],
  });
  const withQuotes: Story = {
    ...story,
    quotes: [quote('q1', 'direct', 'We are close'), quote('q2', 'indirect', 'a deal was close')],
    quoteMatrix: [
      { quoteId: 'q1', byArticle: { a1: 'quoted' } },
      { quoteId: 'q2', byArticle: { a1: 'paraphrased' } },
    ],
  };
  for (const out of [quoteMatrixSection.markdown(withQuotes, r), quoteMatrixSection.html(withQuotes, r)]) {
    assert.ok(out.includes('“We are close”'));
    assert.ok(out.includes('reported: a deal was close') && !out.includes('“a deal was close”'));
  }
});
