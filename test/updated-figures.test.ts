import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderMarkdown } from '../src/report/markdown.ts';

// An invented flood story: the Marrow Post's live page, updated at 18:40 with a higher toll above a
// body written in the morning, and Coast Radio's morning report.
const record = (fields: object) => JSON.stringify({ publishedAt: '2031-05-05T09:00:00Z', ...fields });
// the report of these records, as one JSONL file
const analyzed = (...fields: object[]) =>
  analyze(
    [{ path: 'flood.jsonl', bytes: new TextEncoder().encode(fields.map(record).join('\n')) }],
    {},
    createContext(),
  );
const POST_RECORD = {
  outlet: 'Marrow Post',
  title: 'Drossmouth flood: toll rises',
  modifiedAt: '2031-05-05T18:45:00Z',
};
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
  const report = analyzed(
    { ...POST_RECORD, text: POST },
    { outlet: 'Coast Radio', title: 'Two dead in Drossmouth flood', text: RADIO },
  );
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

// A third outlet tells the morning's toll too: two outlets agree on "two died" as it stands, the
// Post's body gave it before its own update; its ✓ there is an earlier value (↻), not agreement.
const TIMES = [
  'Two people died on Sunday when the River Sallow burst its banks in Drossmouth, officers confirmed.',
  'Volunteers filled sandbags outside the town library through the afternoon.',
].join('\n');

test("an update's replaced value is the article's earlier value in coverage and Figures, not agreement", () => {
  const report = analyzed(
    { ...POST_RECORD, text: POST },
    {
      outlet: 'Coast Radio',
      title: 'Two dead in Drossmouth flood',
      text: RADIO.replace(
        'were killed after the River Sallow flooded Drossmouth on Sunday morning, according to police',
        'died when the River Sallow burst its banks in Drossmouth on Sunday morning, police said',
      ),
    },
    { outlet: 'Drossmouth Times', title: 'Flood kills two in Drossmouth', text: TIMES },
  );
  const story = report.stories[0];
  assert.ok(story && story.articleIds.length === 3);
  const id = (outlet: string) => report.articles.find((a) => a.outlet === outlet)?.id as string;
  const fact = story.facts.find((f) => /^Two people died/.test(f.text));
  assert.ok(fact, story.facts.map((f) => f.text).join(' | '));
  // the Post's sentence still states it, as its earlier value; the other two stand by it
  assert.equal(fact.coverage[id('Marrow Post')]?.told, 'updated');
  assert.match(fact.coverage[id('Marrow Post')]?.reason ?? '', /three/);
  assert.equal(fact.coverage[id('Coast Radio')]?.mark, 'supports');
  assert.equal(fact.coverage[id('Coast Radio')]?.told, undefined);
  assert.deepEqual([...fact.sources].sort(), [id('Coast Radio'), id('Drossmouth Times')].sort());
  const md = renderMarkdown(report);
  assert.match(md, /\| ↻ \| ✓ \| ✓ \|/);
  assert.match(md, /↻ states it, but the article's own update has since given another value/);
  // the Figures row cites only the outlets that stand by "two" as agreeing; the Post's is earlier
  const row = md.split('\n').find((l) => l.startsWith('| 2 | people'));
  assert.ok(row, md);
  const post = id('Marrow Post');
  const [, agreeing = '', since = ''] = /\| (“Two people”[^;]*); (earlier.*)\|$/.exec(row) ?? [];
  assert.doesNotMatch(agreeing, new RegExp(`\\[${post}\\]`), row);
  assert.match(since, new RegExp(`since updated to “three”: “Two people” \\[${post}\\]`), row);
});
