import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, Story } from '../../model/index.ts';
import { cite, report, sentence, story } from '../fixtures/story.ts';
import { correctionsSection } from './corrections.ts';
import { coverageSection } from './coverage.ts';

// newuser21 #7: a correction shows the value it calls wrong and the one given instead, and the fact
// row it gives now says so in that outlet's cell (invented story; before, the note's quote alone).
const noted: Story = {
  ...story,
  facts: story.facts.map((f) => ({ ...f, sources: ['a1', 'a2'], status: 'corroborated' })),
  corrections: [
    {
      articleId: 'a1',
      kind: 'correction',
      text: 'Correction: An earlier version said the vote was 6-3.',
      evidence: cite('a1', { start: 72, end: 91 }),
      date: null,
      dateFrom: null,
      stillCarried: [],
      corrected: {
        wrong: '6-3',
        right: [{ value: '7-2', evidence: cite('a1', sentence), factIds: ['f1'], figureIds: [] }],
      },
    },
  ],
};
const withIt: Report = { ...report, stories: [noted] };

test("a correction lists its value given instead and the story's facts that give it", () => {
  const md = correctionsSection.markdown(noted, withIt);
  assert.match(
    md,
    /- corrected: 6-3 → 7-2, given in: “The \\<b\\>council\\<\/b\\> voted 7-2 on Tuesday\.” \[a1\]/,
  );
  assert.match(md, /- the story's facts it gives now: “The council voted 7-2 on Tuesday\.” \[a1\]/);
  assert.match(correctionsSection.html(noted, withIt), /<li>corrected: 6-3 → 7-2, given in:/);
});

test("the fact's row says, in the correcting outlet's cell only, that its correction gives the value", () => {
  const md = coverageSection.markdown(noted, withIt);
  const row = md.split('\n').find((l) => l.startsWith('| The council voted')) ?? '';
  assert.match(row, /\| ✓, in place of 6-3 \(its correction\) \| ✗ \|/);
});
