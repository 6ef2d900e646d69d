import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ReportSchema, type Story } from '../model/index.ts';
import { cite, report, sentence, story, stripTags } from './fixtures/story.ts';
import { renderReport } from './index.ts';
import { renderStoryPage } from './story-page.ts';

// The invented story with a difference to check in place of its contradiction: a2 gives another day
// of the vote by a clash not proven a contradiction, so it is — in the table, and the two sentences
// are listed under their own heading, never among the conflicts.
const differing: Story = {
  ...story,
  facts: story.facts.map((f) => ({
    ...f,
    status: 'corroborated',
    coverage: { ...f.coverage, a2: { mark: 'absent', evidence: null, reason: null } },
  })),
  differences: [
    {
      id: 's1-d1',
      kind: 'date',
      about: 'date of the event',
      sides: [
        { claim: 'The council voted 7-2 on Tuesday.', evidence: [cite('a1', sentence)] },
        { claim: 'The council voted 7-2 on Monday.', evidence: [cite('a2', { start: 4, end: 60 })] },
      ],
    },
  ],
};
const withDifference = { ...report, stories: [differing] };

test('a difference to check is listed under its own heading in Markdown, not as a conflict nor ✗', () => {
  const md = renderReport(withDifference, 'md');
  assert.match(md, /### Differences to check\n\n_These sentences give another figure, date or account/);
  assert.match(md, /\*\*date of the event\*\* \(date\)\n {2}- Side 1: The council voted 7-2 on Tuesday\./);
  assert.match(md, /Side 2: The council voted 7-2 on Monday\./);
  assert.doesNotMatch(md, /### Conflicts/);
  assert.match(md, /\| The council voted 7-2 on Tuesday\. \[a1\]\[a2\] \| corroborated \| ✓ \| — \|/);
});

test('the story page shows the differences after the conflicts, the outlet — in the table', () => {
  const html = renderStoryPage(differing, withDifference);
  const text = stripTags(html);
  assert.match(text, /Differences to check 1 difference/);
  assert.match(text, /Parallax does not tell whether they contradict each other/);
  assert.doesNotMatch(text, /Where the outlets disagree/);
  assert.doesNotMatch(html, /contradicts it \(/);
  assert.match(html, /Bay Times has no sentence found that states it/);
});

test('the JSON report keeps the differences through its schema', () => {
  const parsed = ReportSchema.parse(JSON.parse(renderReport(withDifference, 'json')));
  assert.deepEqual(parsed.stories[0]?.differences, differing.differences);
  // a report written before differences were kept apart has none, and still parses
  const older = ReportSchema.parse(JSON.parse(renderReport(report, 'json')));
  assert.equal(older.stories[0]?.differences, undefined);
});
