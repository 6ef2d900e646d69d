import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { cleanText } from './index.ts';

const run = (text: string, options = {}, given: { title?: string } = {}) => {
  const ctx = createContext();
  const parts = cleanText(options)({ id: 't', source: 't.txt', format: 'text', content: text, given }, ctx);
  return { ...parts, body: parts.paragraphs.map((p) => p.text), issues: ctx.issues };
};

const P1 = 'The city council voted on Monday to close the old library on Elm Street for repairs next year.';
const P2 =
  'Residents said the building had leaked for years, and the repairs were long overdue, the mayor said.';
const P3 = 'The library will reopen in the autumn with a new reading room and longer opening hours.';

test('a run of one-word menu items inside the text goes; a bulleted list stays', () => {
  const menu = ['Home', 'Local', 'Sport', 'Weather', 'Opinion', 'Events', 'Gardens'];
  const list = ['- new roof', '- new heating', '- a lift to the first floor'];
  const parts = run(
    ['Council Closes Library', P1, ...menu, P2, 'The repairs include:', ...list, P3].join('\n'),
  );
  assert.deepEqual(parts.body, [P1, P2, 'The repairs include:', ...list, P3]);
  assert.ok(parts.removed.every((r) => r.reason.includes('menu-run')));
});

test('an inline teaser with its one-line summary between two halves of the article is left out', () => {
  const half = (n: number) =>
    Array.from(
      { length: 4 },
      (_, k) =>
        `Paragraph ${n}.${k} of the library story says the council will spend more on repairs next year.`,
    );
  // A related-stories box: label, section, headline, credit, summary, then an advert and share buttons.
  const teaser = [
    'Related Stories',
    'Local News',
    'Harbour Ferry Timetable Changes',
    'Photo: Jane Roe',
    'The ferry company has changed its winter timetable.',
    'Advertisement',
    'Share',
    'Print',
    'Email',
  ];
  const parts = run(['Council Closes Library', ...half(1), ...teaser, ...half(2)].join('\n'));
  assert.deepEqual(parts.body, [...half(1), ...half(2)]);
  assert.ok(parts.removed.some((r) => r.text === teaser[4] && r.reason.startsWith('aside')));
});

test('the end of the article after a block of widgets is kept when it is about the same thing', () => {
  const widgets = ['Read More: Ferry strike ends', 'Advertisement', 'Share', 'Print', 'Email'];
  const end = 'The library repairs will be paid from the council reserve, the mayor said.';
  const parts = run(['Council Closes Library', P1, P2, P3, ...widgets, end].join('\n'));
  assert.deepEqual(parts.body, [P1, P2, P3, end]);
});

test('quoted sentences without a final stop stay as text, also at the very end', () => {
  const quote = '“We will not stop until the roof is fixed,” she said';
  const parts = run(
    ['Council Closes Library', P1, quote, P2, P3, '“It is a sad day for the town,” he added'].join('\n'),
  );
  assert.deepEqual(parts.body, [P1, quote, P2, P3, '“It is a sad day for the town,” he added']);
  assert.ok(parts.paragraphs.every((p) => p.kind === 'text'));
});

test('a standfirst without a stop under the headline stays as text; the headline is the title', () => {
  const parts = run(
    ['Council Closes Library', 'Repairs to the old building will take a year', P1, P2].join('\n'),
  );
  assert.equal(parts.title, 'Council Closes Library');
  assert.deepEqual(parts.body, ['Repairs to the old building will take a year', P1, P2]);
});

test('extra rules from the options come before the built-in table', () => {
  const rule = {
    id: 'outlet-signature',
    kind: 'trailer' as const,
    pattern: /^Harbour Times, serving the coast since 1901$/,
    reason: 'outlet signature',
    strength: 'certain' as const,
  };
  const text = ['Council Closes Library', P1, P2, 'Harbour Times, serving the coast since 1901'].join('\n');
  assert.deepEqual(run(text, { rules: [rule] }).removed, [
    {
      text: 'Harbour Times, serving the coast since 1901',
      reason: 'trailer: outlet signature (outlet-signature)',
    },
  ]);
  assert.equal(run(text).removed.length, 1, 'without the rule the line still goes, by its features');
});

test('short lines after a line ending with a colon are the items of its list, also at the end', () => {
  const items = ['Two new reading rooms', 'A cafe on the ground floor', 'Longer opening hours on Saturdays'];
  const parts = run(
    ['Council Closes Library', P1, P2, 'The plans for the reopened library include:', ...items].join('\n'),
  );
  assert.deepEqual(parts.body, [P1, P2, 'The plans for the reopened library include:', ...items]);
});

test('empty, blank and boilerplate-only texts give an empty body without throwing', () => {
  assert.deepEqual(run('').body, []);
  assert.deepEqual(run('  \n\n \t ').body, []);
  const only = run('Leave a Comment');
  assert.deepEqual([only.body, only.title, only.removed.length], [[], null, 1]);
});

test('a long headline without a stop at the top is the title, not the first paragraph', () => {
  const headline =
    'LIBRARY SHOCK: Council closes the old Elm Street library for a year as repair bill doubles overnight';
  const parts = run(['News', '', headline, '', 'Jane Roe Staff Reporter', '', P1, '', P2].join('\n'));
  assert.equal(parts.title, headline);
  assert.equal(parts.byline, 'Jane Roe');
  assert.deepEqual(parts.body, [P1, P2]);
});

test('a one-line excerpt cut off mid-sentence is the text, not a headline above it', () => {
  const cut =
    'The council voted on Monday to close the old Elm Street library for a year while the roof is mended and';
  const parts = run(cut, {}, { title: 'Council Closes Library' });
  assert.deepEqual(parts.body, [cut]);
  assert.equal(parts.title, null, 'the headline given apart is not read from the text');
  // under a headline, the same cut line is the body and the headline the title
  const below = run(['Council Closes Library', cut].join('\n'));
  assert.deepEqual([below.title, below.body], ['Council Closes Library', [cut]]);
});

test('a short one-line text is the body when the input gives another headline apart', () => {
  const cut = 'Residents and the mayor clash over the library and the harbour';
  assert.deepEqual(run(cut, {}, { title: 'Council Closes Library' }).body, [cut]);
  // the given headline again, or no headline given: the line is the headline
  const same = run('Council Closes Library', {}, { title: 'Council closes library' });
  assert.deepEqual([same.title, same.body], ['Council Closes Library', []]);
  assert.deepEqual([run(cut).title, run(cut).body], [cut, []]);
});
