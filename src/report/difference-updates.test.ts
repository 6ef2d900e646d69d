import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportSchema, type Story } from '../model/index.ts';
import { renderCsv } from './csv/index.ts';
import { cite, report, sentence, story } from './fixtures/story.ts';
import { renderReport } from './index.ts';

// newuser17 #4: a figure difference whose values follow each other in time, a newer one told as a
// change, is shown as an update ("Updated: 2 → 4 (newest last)"), not as values outlets differ on.
// Invented story (the fixture's two outlets).
const difference = (update: boolean): Story => ({
  ...story,
  differences: [
    {
      id: 's1-d1',
      kind: 'figure',
      about: 'killed',
      sides: [
        {
          claim: 'Four people died.',
          evidence: [cite('a2', { start: 4, end: 60 })],
          value: { number: 4, unit: null, measure: 'killed' },
          told: [{ articleId: 'a2', publishedAt: '2024-03-15T08:00:00Z' }],
        },
        {
          claim: 'Two people died.',
          evidence: [cite('a1', sentence)],
          value: { number: 2, unit: null, measure: 'killed' },
          told: [{ articleId: 'a1', publishedAt: '2024-03-14T09:30:00Z' }],
        },
      ],
      ...(update ? { update: true as const } : {}),
    },
  ],
});
const md = (update: boolean) =>
  renderReport(ReportSchema.parse({ ...report, stories: [difference(update)] }), 'md');
const html = (update: boolean) =>
  renderReport(ReportSchema.parse({ ...report, stories: [difference(update)] }), 'html');

test('an update is told with its values in order, oldest first; a difference as values', () => {
  assert.match(
    md(true),
    /- Updated: 2 → 4 \(newest last\): 2 — Harbour "Gazette" \[a1\], 2024-03-14 09:30 UTC → 4 — Bay Times \[a2\]/,
  );
  assert.doesNotMatch(md(true), /Values, newest last/);
  assert.match(md(false), /- Values, newest last: 2 — /);
  assert.match(html(true), /Updated: 2 → 4 \(newest last\):/);
});

// The update story with a2's cell on the fact told otherwise (`told`, with its reason).
const toldCell = (told: 'later-value' | 'earlier-value', reason: string): Story => ({
  ...difference(true),
  facts: story.facts.map((f) => ({
    ...f,
    status: 'corroborated',
    coverage: {
      ...f.coverage,
      a2: { mark: 'absent', evidence: cite('a2', { start: 4, end: 60 }), reason, told },
    },
  })),
});

test('a cell giving a later value of an update is », with its legend, not ≠', () => {
  const later = toldCell(
    'later-value',
    'a sentence of it gives a later value of its figure (an update, see Differences to check)',
  );
  const out = renderReport(ReportSchema.parse({ ...report, stories: [later] }), 'md');
  assert.match(out, /\| corroborated \| ✓ \| » \|/);
  assert.match(out, /» a sentence of it gives a later value of its figure: an update/);
  assert.doesNotMatch(out, /≠ a sentence/);
});

// newuser20 (session 41): an outlet published before another's update gave the earlier value: its
// cell says it is out of date (« told before the update), not that it gives another value (≠), in
// Markdown, HTML and the CSV's mark name.
test('a cell giving an earlier value of an update, told before it, is «, with its legend, not ≠', () => {
  const earlier = toldCell(
    'earlier-value',
    'a sentence of it gives an earlier value of its figure, told before the update (see Differences to check)',
  );
  const parsed = ReportSchema.parse({ ...report, stories: [earlier] });
  const out = renderReport(parsed, 'md');
  assert.match(out, /\| corroborated \| ✓ \| « \|/);
  assert.match(out, /« a sentence of it gives an earlier value of its figure, told before the update/);
  assert.doesNotMatch(out, /≠ a sentence/);
  const page = renderReport(parsed, 'html');
  assert.match(page, /class="px-mark px-earlier-value"/);
  assert.match(page, /told before the update \(see Differences to check\)/);
  assert.match(renderCsv(parsed, 'coverage'), /,«,earlier-value,/);
});
