import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { Report } from '../../model/index.ts';
import { renderHtml, renderMarkdown } from '../index.ts';
import { renderStoryPage } from '../story-page.ts';

// newuser16 #6: "—" is what the judge did not match, not what the outlet did not write (it may tell the
// fact in other words), and a point "found in one source only" is one matched in one source only. The
// bundled example's report has both: absent marks and points of one source.
const report = JSON.parse(
  readFileSync(
    new URL('../../../test/fixtures/examples-harbor-bridge/expected.json', import.meta.url),
    'utf8',
  ),
) as Report;

test('coverage and points: "—" says no sentence was found, and the list says matched in one source only', () => {
  const story = report.stories[0];
  assert.ok(story?.facts.some((f) => Object.values(f.coverage).some((m) => m.mark === 'absent')));
  const page = story ? renderStoryPage(story, report) : '';
  for (const text of [renderMarkdown(report), renderHtml(report), page]) {
    assert.match(text, /— no sentence found that states it \(it may tell it in words not matched\)/);
    assert.doesNotMatch(text, /does not state it/);
    assert.match(text, /Matched in one source only \(no other article here was matched to it\)/);
    assert.doesNotMatch(text, /Found in one source only/);
  }
  // the cell's own words, read out for a screen reader and shown as its title
  assert.match(page, /has no sentence found that states it/);
});
