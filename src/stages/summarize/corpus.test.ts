import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { needsShared, sharedPath } from '../../../test/shared.ts';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { contestedMatcher, inside, quoteRanges } from './text.ts';

const CORPUS = 'corpus/border-talks-2023';

test('summary on the border-talks corpus: cited, neutral, free of boilerplate', {
  skip: needsShared(CORPUS),
}, () => {
  const dir = sharedPath(CORPUS);
  const files = readdirSync(dir).map((f) => ({ path: `${dir}/${f}`, bytes: readFileSync(`${dir}/${f}`) }));
  const report = analyze(files, {}, createContext());
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  const contested = contestedMatcher(DEFAULT_CONTESTED_TERMS);
  const story = [...report.stories].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  assert.ok(story && story.summary.length > 0, 'a summary');
  for (const sentence of story.summary) {
    // every sentence is cited, and one citation's text ends the way the sentence ends
    assert.ok(sentence.citations.length > 0, sentence.text);
    const cited = sentence.citations.map((e) => {
      const text = texts.get(e.articleId);
      assert.ok(text !== undefined && story.articleIds.includes(e.articleId));
      assert.ok(e.span.start < e.span.end && e.span.end <= text.length);
      return text.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
    });
    assert.ok(
      cited.some((t) => t.endsWith(sentence.text.slice(-25))),
      sentence.text,
    );
    // no contested term in the summary's own voice
    const quotes = quoteRanges(sentence.text);
    assert.deepEqual(
      contested(sentence.text).filter((m) => !inside(quotes, m.start, m.end)),
      [],
      sentence.text,
    );
    // nothing from what cleaning removed
    for (const article of report.articles)
      for (const removed of article.removed) assert.ok(!removed.text.includes(sentence.text.slice(-40)));
  }
  assert.deepEqual(contested(story.headline ?? ''), []);
  for (const point of story.points) {
    assert.ok(point.articleIds.length > 0 && point.citations.length > 0);
    for (const e of point.citations) assert.ok(e.span.end <= (texts.get(e.articleId) ?? '').length);
  }
});
