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

// Invented: a preview's working title ("… to vote on budget tonight") gives way to the title of the
// next day's report of the vote (newuser20's night editor), never to an explainer's, nor to the title
// of an article that still tells the event ahead (a dam's closure announced, not yet made).
// (each in words of its own: a copy of another article is never a story's title)
const preview = {
  outlet: 'Marlow Herald',
  title: 'Council to vote on budget tonight',
  publishedAt: '2031-03-11T08:00:00Z',
  text: 'Marlow Town Council will vote on its 2031 budget tonight. The plan adds $2 million for road repairs on Quarry Lane and trims Sunday hours at the Marlow library, which Councillor Edna Pryce opposes.',
};
const explainer = {
  outlet: 'Valley Radio',
  title: 'Marlow budget: what the library cuts mean for readers',
  publishedAt: '2031-03-12T06:00:00Z',
  text: 'Marlow Town Council approved its 2031 budget on Tuesday night. Readers of the Marlow library lose its Sunday hours, and road repairs on Quarry Lane get $2 million; Councillor Edna Pryce spoke against the cuts.',
};
const report = {
  outlet: 'Marlow Daily',
  title: 'Marlow council passes budget after late session',
  publishedAt: '2031-03-12T07:00:00Z',
  text: 'Marlow Town Council passed its 2031 budget on Tuesday night after a session that ran past midnight. Councillor Edna Pryce voted against trimming Sunday hours at the Marlow library; Quarry Lane road repairs get $2 million.',
};
const stillAhead = {
  outlet: 'Marlow Times',
  title: 'Library cuts force shorter Sunday hours in Marlow',
  publishedAt: '2031-03-12T09:00:00Z',
  text: 'Sunday hours at the Marlow library will be trimmed under the 2031 budget of Marlow Town Council, the council said on Tuesday. Quarry Lane road repairs are to get $2 million; Councillor Edna Pryce called the cuts a mistake.',
};
const titles = (records: Record<string, string>[]) =>
  cluster()(segmented(records), createContext()).map((s) => s.title);

test("a working title that tells the event ahead gives way to a later report's of it done, never an explainer's", () => {
  assert.deepEqual(titles([preview, explainer, report]), [report.title]);
});

test('a working title gives way only to the earliest report of its day or later whose opening tells the event done', () => {
  // articles in order of closeness to the story's centre: [title, day, first sentence]
  const title = (...articles: [string, number | null, string][]) => {
    const group = articles.map(
      ([, day], i) =>
        ({
          id: `a${i}`,
          day,
          vectors: { body: { ids: Int32Array.of(1), weights: Float64Array.of(1 - i / 10) } },
        }) as unknown as Entry,
    );
    const docs = new Map<string, TitleSource>(
      articles.map(([t, , opening], i) => [
        `a${i}`,
        {
          article: { title: t, titleInferred: false, syndicatedFrom: null, text: opening },
          sentences: [{ start: 0, end: opening.length }],
        },
      ]),
    );
    return storyTitle(group, docs, new Map([[1, 1]]));
  };
  const plan: [string, number, string] = [preview.title, 11, 'The council will vote on its budget tonight.'];
  const passed = 'The council passed its budget on Tuesday night.';
  assert.equal(
    title(
      plan,
      [stillAhead.title, 12, 'Sunday hours will be trimmed, the council said.'],
      [report.title, 13, passed],
    ),
    report.title,
  );
  assert.equal(
    title(plan, ['Marlow approves budget', 13, passed], [report.title, 12, passed]),
    report.title,
    'the earliest report',
  );
  assert.equal(
    title(plan, [stillAhead.title, 12, 'Sunday hours will be trimmed, the council said.']),
    plan[0],
  );
  assert.equal(title(plan, [explainer.title, 12, passed]), plan[0], "an explainer's title");
  // an explainer's title, the closest, comes after a report's, as a labelled one does
  assert.equal(title([explainer.title, 12, passed], [report.title, 12, passed]), report.title);
  assert.equal(title(plan, [report.title, 10, passed]), plan[0], 'a report before the plan');
  assert.equal(title([preview.title, null, plan[2]], [report.title, 12, passed]), preview.title, 'undated');
});
