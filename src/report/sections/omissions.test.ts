import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, Story } from '../../model/index.ts';
import { report, story } from '../fixtures/story.ts';
import { omissionsSection } from './omissions.ts';

// An outlet listed for a shared fact: the line says what Parallax found (no sentence of the outlet
// matched to it), not that the outlet leaves the fact out, which a wording not matched can belie.
test('an omission line says no sentence of the outlet was matched to the fact, not that it does not mention it', () => {
  const listed: Story = { ...story, omissions: { a2: ['f1'] } };
  const withIt: Report = { ...report, stories: [listed] };
  const markdown = omissionsSection.markdown(listed, withIt);
  assert.match(
    markdown,
    /^- \*\*Bay Times\*\* \[a2\]: no sentence of it was matched to:\n {2}- The council voted 7-2/,
  );
  const html = omissionsSection.html(listed, withIt);
  assert.match(
    html,
    /<strong>Bay Times<\/strong> <span class="id">a2<\/span>: no sentence of it was matched to:<ul><li>The council/,
  );
  for (const text of [markdown, html]) assert.doesNotMatch(text, /does not mention/);
});
