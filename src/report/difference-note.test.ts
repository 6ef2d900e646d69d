import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportSchema, type Story } from '../model/index.ts';
import { cite, report, sentence, story } from './fixtures/story.ts';
import { renderReport } from './index.ts';
import { renderStoryPage } from './story-page.ts';

// A difference to check with a note (one value may be the other rounded), shown beside what it is
// about in every format, and kept by the JSON schema (differ36: it was written into `about`).
const NOTE = '“$3 million” may be “$3.1 million” rounded';
const noted: Story = {
  ...story,
  differences: [
    {
      id: 's1-d1',
      kind: 'figure',
      about: 'renovation (USD)',
      note: NOTE,
      sides: [
        { claim: 'The renovation will cost $3 million.', evidence: [cite('a1', sentence)] },
        { claim: 'The renovation will cost $3.1 million.', evidence: [cite('a2', { start: 4, end: 60 })] },
      ],
    },
  ],
};
const withNote = { ...report, stories: [noted] };

test('a difference’s note follows what it is about in Markdown, the HTML report and the story page', () => {
  assert.match(
    renderReport(withNote, 'md'),
    /- \*\*renovation \(USD\)\*\* \(figure\) — “\$3 million” may be/,
  );
  for (const html of [renderReport(withNote, 'html'), renderStoryPage(noted, withNote)])
    assert.match(html, /<span class="px-note">— “\$3 million” may be “\$3\.1 million” rounded<\/span>/);
});

test('the JSON report keeps a difference’s note through its schema; a difference without one has none', () => {
  const parsed = ReportSchema.parse(JSON.parse(renderReport(withNote, 'json')));
  assert.equal(parsed.stories[0]?.differences?.[0]?.note, NOTE);
  const plain = ReportSchema.parse(JSON.parse(renderReport(report, 'json')));
  assert.ok(plain.stories[0]?.conflicts.every((c) => c.note === undefined));
});
