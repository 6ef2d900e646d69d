import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportSchema, type Story } from '../model/index.ts';
import { cite, report, sentence, story, stripTags } from './fixtures/story.ts';
import { renderReport } from './index.ts';
import { renderStoryPage } from './story-page.ts';

// newuser15 #4, #5, #7: a figure difference lists its values oldest first, newest last, with each
// article's time and an outlet's update of its own value; a cell told otherwise is ≈ or ≠ with its
// legend, never "—"; a disputed timeline event says so. Invented story (the fixture's two outlets).
const valued: Story = {
  ...story,
  facts: story.facts.map((f) => ({
    ...f,
    status: 'corroborated',
    coverage: {
      ...f.coverage,
      a2: {
        mark: 'absent',
        evidence: cite('a2', { start: 4, end: 60 }),
        reason: 'a sentence of it gives its count in other words (not checked as stating it)',
        told: 'in-other-words',
      },
    },
  })),
  differences: [
    {
      id: 's1-d1',
      kind: 'figure',
      about: 'injured',
      sides: [
        {
          claim: 'Fifteen people were injured.',
          evidence: [cite('a2', { start: 4, end: 60 })],
          value: { number: 15, unit: null, measure: 'injured' },
          told: [{ articleId: 'a2', publishedAt: '2024-03-14T19:05:00Z', updates: ['a1'] }],
        },
        {
          claim: 'At least 12 people were injured.',
          evidence: [cite('a1', sentence)],
          value: { number: 12, unit: null, measure: 'injured', qualifier: 'at least' },
          told: [{ articleId: 'a1', publishedAt: '2024-03-14T09:30:00Z' }],
        },
      ],
    },
  ],
  timeline: [
    {
      date: '2024-02-01',
      inferred: false,
      precision: 'month',
      text: 'The hall passed an inspection in February.',
      citations: [cite('a1', sentence)],
      disputedBy: ['the Dock Union'],
    },
  ],
};
const withValues = ReportSchema.parse({ ...report, stories: [valued] });

test('Markdown: the values newest last with times and the update; ≈ with its legend; the dispute', () => {
  const md = renderReport(withValues, 'md');
  assert.match(
    md,
    /- Values, newest last: at least 12 — Harbour "Gazette" \[a1\], 2024-03-14 09:30 UTC → 15 — Bay Times \[a2\], 2024-03-14 19:05 UTC, updates its own at least 12 \[a1\]/,
  );
  assert.match(md, /\| corroborated \| ✓ \| ≈ \|/);
  assert.match(md, /≈ a sentence of it gives its count in other words \(not checked as ✓\)/);
  assert.doesNotMatch(md, /≠ a sentence/);
  assert.match(md, /\*\*Feb 2024\*\* \(disputed by the Dock Union\): The hall passed/);
});

test('HTML story page: the values list and the ≈ cell with its sentence', () => {
  const html = renderStoryPage(valued, withValues);
  const text = stripTags(html);
  assert.match(text, /Values, newest last:/);
  assert.match(text, /at least 12 — Harbour &quot;Gazette&quot;, 2024-03-14 09:30 UTC/);
  assert.match(html, /px-in-other-words/);
  assert.match(html, /gives its count in other words/);
});

test('a difference without values shows no values line', () => {
  const plain: Story = {
    ...valued,
    differences: valued.differences?.map((d) => ({
      ...d,
      sides: d.sides.map(({ claim, evidence }) => ({ claim, evidence })),
    })),
  };
  assert.doesNotMatch(renderReport({ ...withValues, stories: [plain] }, 'md'), /Values, newest last/);
});
