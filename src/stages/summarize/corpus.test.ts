import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { needsShared, sharedPath } from '../../../test/shared.ts';
import { createContext, type Evidence } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { checkCitations, modalityOf } from '../compare/support/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { summarize } from './index.ts';
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
    // every sentence is cited, and one citation's text ends the way the sentence ends (a main clause
    // told alone ends with a full stop its cited span does not hold)
    assert.ok(sentence.citations.length > 0, sentence.text);
    const ending = sentence.text.replace(/\.$/, '').slice(-25);
    const cited = sentence.citations.map((e) => {
      const text = texts.get(e.articleId);
      assert.ok(text !== undefined && story.articleIds.includes(e.articleId));
      assert.ok(e.span.start < e.span.end && e.span.end <= text.length);
      return text.slice(e.span.start, e.span.end).replace(/\s+/g, ' ');
    });
    assert.ok(
      cited.some((t) => t.replace(/\.$/, '').endsWith(ending)),
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

test('summary on the border-talks corpus: leads with what happened, every cited supporter holds its numbers and dates', {
  skip: needsShared(CORPUS),
}, () => {
  // the five articles as one story, stage by stage (the corpus is one story; see compare's corpus test)
  const dir = sharedPath(CORPUS);
  const ctx = createContext();
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ path: `${dir}/${f}`, bytes: readFileSync(`${dir}/${f}`) }));
  const articles = segmented([], ctx, files);
  const { input, comparison } = comparedStory(articles, ctx);
  const out = summarize({ words: 200 })({ ...input, ...comparison }, ctx);
  assert.ok(out.summary.length >= 3);
  const sentenceOf = (e: Evidence) =>
    articles
      .find((d) => d.article.id === e.articleId)
      ?.sentences.find((s) => s.start <= e.span.start && e.span.start < s.end);
  // the first sentence tells something that happened, in the outlets' own words
  const first = sentenceOf(out.summary[0]?.citations[0] as Evidence);
  assert.ok(first);
  assert.equal(modalityOf(first.tokens).modality, 'happened', out.summary[0]?.text);
  // the pre-trip article's "will meet" is never told when later articles say they met
  for (const s of out.summary) assert.doesNotMatch(s.text, /will (?:meet|travel)/, s.text);
  // no citation of an article published before the sentence's fact or contradicting it
  for (const s of out.summary)
    for (const id of s.factIds) {
      const coverage = comparison.facts.find((f) => f.id === id)?.coverage ?? {};
      for (const e of s.citations)
        assert.ok(!['published-before', 'contradicts'].includes(coverage[e.articleId]?.mark ?? ''), s.text);
    }
  // every number and date of a sentence is in every cited supporter, in some written form
  const pairs = out.summary.flatMap((s) =>
    s.citations.slice(1).map((e) => [s.citations[0] as Evidence, e] as const),
  );
  assert.ok(pairs.length > 0, 'some sentence has a supporter besides its own article');
  assert.deepEqual(checkCitations(input, pairs), { pairs: pairs.length, holding: pairs.length, share: 1 });
});
