import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { rougeN } from '../../bench/lib/rouge.ts';
import { createContext } from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { compare } from '../../src/stages/compare/index.ts';
import { extract } from '../../src/stages/extract/index.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { summarize } from '../../src/stages/summarize/index.ts';
import { needsShared, sharedPath } from '../shared.ts';

const DATA = 'datasets/neus_allsides/val.jsonl';

// A floor, not a target: `npm run eval:summary` prints the full figures.
test('NeuS/AllSides held-out stories: ROUGE-1 floor and cited sentences', { skip: needsShared(DATA) }, () => {
  const stories = readFileSync(sharedPath(DATA), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map(
      (line) =>
        JSON.parse(line) as {
          id: string;
          sources: { title: string; text: string }[];
          target: { text: string };
        },
    )
    .filter((s) => Number(s.id.split('-').pop()) % 2 === 1)
    .slice(0, 40);
  const ctx = createContext();
  const segmentOne = segment();
  const run = summarize({ words: 60 });
  let r1 = 0;
  for (const story of stories) {
    const bytes = new TextEncoder().encode(story.sources.map((s) => JSON.stringify(s)).join('\n'));
    const articles = readArticles([{ path: `${story.id}.jsonl`, bytes }], {}, ctx).map((a) =>
      segmentOne(a, ctx),
    );
    const input = {
      story: {
        id: story.id,
        title: '',
        articleIds: articles.map((a) => a.article.id),
        keywords: [],
        topicId: story.id,
      },
      articles,
    };
    const extraction = extract()(input, ctx);
    const out = run({ ...input, ...extraction, ...compare()({ ...input, ...extraction }, ctx) }, ctx);
    assert.ok(out.summary.length > 0, story.id);
    for (const s of out.summary) assert.ok(s.citations.length > 0);
    r1 += rougeN(out.summary.map((s) => s.text).join(' '), story.target.text, 1).f1;
  }
  assert.ok(r1 / stories.length >= 0.3, `ROUGE-1 ${(r1 / stories.length).toFixed(3)}`);
});
