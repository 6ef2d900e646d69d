import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';

// newuser21 #1: the self-check must weigh every cited summary sentence, those that state no fact of
// the coverage table (factIds []: a sentence told by its main clause) as much as the others. An
// invented story: each outlet tells the trip with a detail the other lacks, and the summary tells it
// by the main clause both state, citing both, with no fact id.
const ARTICLES = [
  {
    title: 'Mayor flies to Ardmere',
    outlet: 'Vessmark Courier',
    text: 'Mayor Petra Lund flew to Ardmere on Monday alongside harbour chief Ivo Renn to press the port board for a deal on dredging.\n\nThe silted channel has kept large ships away since the winter.',
  },
  {
    title: 'Mayor meets port board',
    outlet: 'Ardmere Post',
    text: 'Mayor Petra Lund and harbour chief Ivo Renn flew to Ardmere on Monday and met the port board for three hours.\n\nNo agreement was announced after the talks.',
  },
];

test('the self-check counts every cited supporter of every summary sentence, with or without fact ids', () => {
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'bundle.jsonl', bytes }], {}, createContext());
  const [story] = report.stories;
  assert.ok(story);
  const unfacted = story.summary.filter((s) => s.factIds.length === 0 && s.citations.length > 1);
  assert.ok(unfacted.length > 0, story.summary.map((s) => s.text).join(' | '));
  const factPairs = story.facts.reduce((n, f) => n + Math.max(0, f.evidence.length - 1), 0);
  const summaryPairs = story.summary.reduce((n, s) => n + Math.max(0, s.citations.length - 1), 0);
  assert.equal(story.check.pairs, factPairs + summaryPairs);
});
