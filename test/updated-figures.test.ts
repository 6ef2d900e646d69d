import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderMarkdown } from '../src/report/markdown.ts';

// An invented flood story: the Marrow Post's live page, updated at 18:40 with a higher toll above a
// body written in the morning, and Coast Radio's morning report.
const record = (fields: object) => JSON.stringify({ publishedAt: '2031-05-05T09:00:00Z', ...fields });
const POST = [
  'UPDATED 18:40: Police now say three people have died and 410 residents have been evacuated.',
  'Two people died when the River Sallow burst its banks in Drossmouth on Sunday, police said.',
  'Some 340 residents were forced to flee to the sports hall, where the council opened a shelter.',
  'The river rose by two metres in six hours, the Environment Agency said.',
].join('\n');
const RADIO = [
  'Two people were killed after the River Sallow flooded Drossmouth on Sunday morning, according to police.',
  'About 300 residents spent the night in the sports hall, the council said.',
  'Forecasters expect more rain on Tuesday.',
].join('\n');

test("an update's new toll is shown beside the body's, never as a clash, and the old one is not summarised as current", () => {
  const bytes = new TextEncoder().encode(
    [
      record({
        outlet: 'Marrow Post',
        title: 'Drossmouth flood: toll rises',
        modifiedAt: '2031-05-05T18:45:00Z',
        text: POST,
      }),
      record({ outlet: 'Coast Radio', title: 'Two dead in Drossmouth flood', text: RADIO }),
    ].join('\n'),
  );
  const report = analyze([{ path: 'flood.jsonl', bytes }], {}, createContext());
  const story = report.stories[0];
  assert.ok(story && story.articleIds.length === 2);
  const post = report.articles.find((a) => a.outlet === 'Marrow Post')?.id as string;
  const update = story.corrections?.find((n) => n.articleId === post && n.kind === 'update');
  assert.deepEqual(
    update?.updated?.map((u) => [u.was, u.now]),
    [['Two', 'three']],
  );
  assert.equal(update?.date, '2031-05-05');
  // the toll that rose is no contradiction
  assert.equal(story.conflicts.length, 0);
  // "two died" is not summarised as the current toll, by the Post's words or another's
  assert.ok(story.summary.length > 0);
  for (const s of story.summary) assert.doesNotMatch(s.text, /\btwo (people|were)/i, s.text);
  const text = (id: string) => report.articles.find((a) => a.id === id)?.text ?? '';
  for (const s of story.summary)
    for (const c of s.citations)
      assert.doesNotMatch(text(c.articleId).slice(c.span.start, c.span.end), /^Two/);
  assert.match(renderMarkdown(report), /updated: Two → three/);
  // the update's label is page furniture: neither the summary nor the headline shows it
  for (const line of [story.headline ?? '', ...story.summary.map((s) => s.text)])
    assert.doesNotMatch(line, /^UPDATED/i, line);
  assert.ok(story.summary.some((s) => s.text.startsWith('Police now say three people have died')));
});
