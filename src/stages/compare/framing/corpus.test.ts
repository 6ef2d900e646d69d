import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { needsShared, sharedPath } from '../../../../test/shared.ts';
import { createContext } from '../../../model/index.ts';
import { analyze } from '../../../pipeline.ts';

const CORPUS = 'corpus/border-talks-2023';

test('border talks: headlines apart, "illegal" for acts only, scare quotes, "thousands of" as a range', {
  skip: needsShared(CORPUS),
}, () => {
  const dir = sharedPath(CORPUS);
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
  const report = analyze(files, {}, createContext());
  const id = (prefix: string) => report.articles.find((a) => basename(a.source).startsWith(prefix))?.id ?? '';
  const story = report.stories[0];
  const framing = story?.framing;
  assert.ok(story && framing);
  // every use of "illegal" describes an act ("illegal entry", "crossing illegally", headlines' "illegal
  // border crossings"), none labels people; two of them are in headlines only
  assert.equal(framing.contested.filter((c) => c.term.startsWith('illegal') && c.use !== 'act').length, 0);
  const act = framing.contested.find((c) => c.term === 'illegal' && c.use === 'act')?.byArticle ?? {};
  assert.equal(act[id('000')]?.headline, 1);
  assert.equal(act[id('000')]?.ownVoice, 0);
  assert.equal(act[id('004')]?.headline, 1);
  assert.equal(act[id('004')]?.ownVoice, 1);
  // the outlet's “sanctuary cities” is its framing, not a quote of the governor it names
  assert.ok(framing.scareQuotes.some((q) => q.articleId === id('001') && q.text === 'sanctuary cities'));
  assert.ok(!story.quotes.some((q) => q.text === 'sanctuary cities'));
  // a quote with a speech cue stays a quote
  assert.ok(story.quotes.some((q) => q.text.includes('very productive meeting') && q.speaker));
  // "thousands of migrants" is a range and conflicts with no figure
  const thousands = story.figures.find((f) => f.text === 'thousands of migrants');
  assert.deepEqual([thousands?.value, thousands?.valueHigh], [2_000, 999_999]);
  const said = (articleId: string, start: number, end: number) =>
    report.articles.find((a) => a.id === articleId)?.text.slice(start, end) ?? '';
  for (const c of story.conflicts.filter((k) => k.kind === 'figure'))
    for (const side of c.sides)
      for (const e of side.evidence)
        assert.ok(!said(e.articleId, e.span.start, e.span.end).includes('thousands of'));
});
