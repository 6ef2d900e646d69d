import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// newuser17 #4, #5: a toll told 2 by three outlets on day 1 and 4 on day 2, one article telling it
// "has risen to four": an update, so the summary tells the newest value and no "Reports differ", and
// leaves out the day-1 sentences of the superseded value. Invented story.
const TAIL = '\n\nThe storm brought down power lines along the Quellport seafront.';
const OUTLETS = ['Quellport Mercury', 'Harl Radio', 'Coast Herald'];
const STORM = [
  'Storm Brannoc killed two people in the coastal town of Quellport on Sunday, the county council said.',
  'Two people were killed when Storm Brannoc hit Quellport on Sunday, the county council said.',
  'Storm Brannoc killed two people in Quellport on Sunday, according to the county council.',
  'The number of people killed by Storm Brannoc in Quellport on Sunday has risen to four, the county council said.',
  'Storm Brannoc killed four people in Quellport on Sunday, the county council said on Monday.',
  'Four people were killed when Storm Brannoc hit Quellport on Sunday, the county council said.',
].map((text, i) => ({
  outlet: OUTLETS[i % 3] as string,
  publishedAt: `2026-03-0${i < 3 ? 1 : 2}T${String(8 + (i % 3)).padStart(2, '0')}:00:00Z`,
  text: text + TAIL,
}));

test('an updated toll is told by its newest value, with no "Reports differ" and no superseded sentence', () => {
  const { comparison, out } = summarized(STORM, 400);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.ok(
    (comparison.differences ?? []).some((d) => d.update),
    JSON.stringify(comparison.differences),
  );
  assert.doesNotMatch(all, /Reports differ/);
  // the first value only in the sentence that tells it as first given, after the newest
  const first = out.summary.findIndex((s) => /first gave two people\.$/.test(s.text));
  assert.ok(first > 0, all);
  assert.match(out.summary[first - 1]?.text ?? '', /\bfour\b/i, all);
  assert.doesNotMatch(
    out.summary
      .filter((_, i) => i !== first)
      .map((s) => s.text)
      .join(' | '),
    /\btwo people\b/i,
  );
});

test('the first value of an update is cited to day-1 sentences that give it, and its outlets named', () => {
  const { articles, out } = summarized(STORM, 400);
  const note = out.summary.find((s) => /first gave/.test(s.text));
  assert.ok(note, out.summary.map((s) => s.text).join(' | '));
  assert.ok(note.citations.length > 0);
  const texts = new Map(articles.map((d) => [d.article.id, d.article]));
  for (const c of note.citations) {
    const article = texts.get(c.articleId);
    assert.ok(article?.publishedAt?.startsWith('2026-03-01'), c.articleId);
    assert.match(article?.text.slice(c.span.start, c.span.end) ?? '', /\btwo people\b/i);
    assert.ok(note.text.includes(article?.outlet ?? '?'), `${note.text} names ${article?.outlet}`);
  }
});
