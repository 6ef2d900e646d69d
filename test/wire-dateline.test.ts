import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';

// Two invented untitled reports of one grounding, a wire copy and a local one, each opening with a
// dateline: where and by whom each was filed is no part of what the story tells.
const FILES = [
  'HARBOURTON (AP) — The ferry Northern Star ran aground off Harbourton on Tuesday with 212 passengers aboard, the coast guard said. All passengers were taken ashore by lifeboat. The ferry operator said it would inspect the hull on Wednesday.',
  'HARBOURTON, Nebraska — The ferry Northern Star ran aground off Harbourton on Tuesday with 212 passengers aboard, the coast guard said. Lifeboats took every passenger ashore. The operator plans to inspect the hull on Wednesday.',
].map((text, i) => ({ path: `report-${i}.txt`, bytes: new TextEncoder().encode(text) }));

test("a story's title, facts and summary do not open with a wire dateline", () => {
  const report = analyze(FILES, {}, createContext({ now: new Date('2026-03-07T12:00:00Z') }));
  const [story] = report.stories;
  assert.equal(report.stories.length, 1);
  const told =
    'The ferry Northern Star ran aground off Harbourton on Tuesday with 212 passengers aboard, the coast guard said.';
  // the story's title is its headline (fixes33: one title in every format), a sentence of the lede
  // without the dateline
  assert.equal(story?.title, story?.headline);
  assert.match(story?.title ?? '', /^The ferry Northern Star ran aground off Harbourton\b/);
  const fact = story?.facts.find((f) => f.text.includes('ran aground'));
  assert.equal(fact?.text, told);
  // its evidence starts after each article's dateline
  assert.deepEqual(
    fact?.evidence.map((e) => e.span.start).sort((a, b) => a - b),
    ['HARBOURTON (AP) — '.length, 'HARBOURTON, Nebraska — '.length],
  );
  for (const s of story?.summary ?? []) assert.doesNotMatch(s.text, /HARBOURTON/);
});
