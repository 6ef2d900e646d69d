import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// Invented reports of one council vote: one gives the quotation to "she" (the mayor, named in the
// sentence before), the other gives the same words to the deputy mayor by name.
const STORY = [
  {
    outlet: 'Orrick Herald',
    text: 'Orrick town council approved a £96 million budget on Monday evening.\n\nMayor Petra Haldane said the plan closed a £4 million gap. “This budget keeps every clinic and every school open,” she told the council.',
  },
  {
    outlet: 'Fennby Post',
    text: 'Councillors in Orrick approved a £96 million budget on Monday.\n\n“This budget keeps every clinic and every school open,” said deputy mayor Joss Arden after the vote.',
  },
];

test('a summary sentence telling a quotation cites no article that gives its words to another person', () => {
  const { out } = summarized(STORY, 400);
  const told = out.summary.filter((s) => /every clinic/.test(s.text));
  assert.ok(told.length > 0, out.summary.map((s) => s.text).join(' | '));
  for (const s of told)
    assert.equal(
      new Set(s.citations.map((c) => c.articleId)).size,
      1,
      `${s.text} ${JSON.stringify(s.citations)}`,
    );
});
