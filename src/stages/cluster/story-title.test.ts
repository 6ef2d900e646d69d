import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import type { Entry } from './grouper.ts';
import { cluster } from './index.ts';
import { storyTitle, type TitleSource } from './labels.ts';
import { segmented } from './test-articles.ts';

// Invented: a live blog's "Live: …" headline is a poor story title (newuser9 #8): the story takes a
// headline under no label, and a story with only labelled ones takes one without its label.
const FLOOD =
  'The River Orrin burst its banks in Selby Quay on Friday and 140 homes were evacuated, the fire service said.';
const FERRY =
  'Ferry crews at the port of Vantby ended their strike on Monday after the operator raised their pay, the union said.';

test("a story's title is a headline under no label, else one with its label left out", () => {
  const titles = (records: Record<string, string>[]) =>
    cluster()(segmented(records), createContext())
      .map((s) => s.title)
      .sort();
  assert.deepEqual(
    titles([
      { title: 'Live: Orrin flood in Selby Quay', text: `${FLOOD} Rescuers were at work all night.` },
      { title: 'River Orrin floods Selby Quay', text: `${FLOOD} The council opened a shelter.` },
      { title: 'UPDATE: Vantby ferry strike ends', text: FERRY },
    ]),
    ['River Orrin floods Selby Quay', 'Vantby ferry strike ends'],
  );
});

// Invented: a preview's working title ("… to vote on budget tonight") is the story's earlier state once
// a report of the next day tells the vote done (newuser20's night editor): the story is called by that.
const BUDGET =
  'Marlow Town Council met on Tuesday night over its 2031 budget, which adds $2 million for roads and trims library hours.';

test("a story's title tells its latest state: a plan's title gives way to a later report's that tells it done", () => {
  const story = (first: Record<string, string>) =>
    cluster()(
      segmented([
        first,
        {
          title: 'Marlow council passes budget after late session',
          publishedAt: '2031-03-12T07:00:00Z',
          text: `${BUDGET} Councillors passed it after midnight.`,
        },
      ]),
      createContext(),
    ).map((s) => s.title);
  // the preview's text is the story's centre (the closest headline, before the plan was read)
  const preview = {
    title: 'Council to vote on budget tonight',
    publishedAt: '2031-03-11T08:00:00Z',
    text: `${BUDGET} Councillors will vote tonight. The budget adds $2 million for roads and trims library hours.`,
  };
  assert.deepEqual(story(preview), ['Marlow council passes budget after late session']);
});

test('a plan title gives way only to one of its day or later that tells no plan; undated, it stays', () => {
  // two articles, the first the closer to the story's centre (weight 0.9 against 0.5)
  const title = (first: [string, number | null], second: [string, number | null]) => {
    const group = [first, second].map(
      ([, day], i) =>
        ({
          id: `a${i}`,
          day,
          vectors: { body: { ids: Int32Array.of(1), weights: Float64Array.of(i ? 0.5 : 0.9) } },
        }) as unknown as Entry,
    );
    const docs = new Map<string, TitleSource>(
      [first, second].map(([t], i) => [
        `a${i}`,
        { article: { title: t, titleInferred: false, syndicatedFrom: null, text: t }, sentences: [] },
      ]),
    );
    return storyTitle(group, docs, new Map([[1, 1]]));
  };
  assert.equal(
    title(['Council to vote on budget tonight', 11], ['Council passes budget', 12]),
    'Council passes budget',
  );
  assert.equal(
    title(['Mayor to sign budget on Friday', 13], ['Council passes budget', 12]),
    'Mayor to sign budget on Friday',
  );
  assert.equal(
    title(['Council to vote on budget tonight', null], ['Council passes budget', 12]),
    'Council to vote on budget tonight',
  );
  assert.equal(
    title(['Council will vote on budget', 11], ['Council votes to close library', 11]),
    'Council votes to close library',
  );
});
