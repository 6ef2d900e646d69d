import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { parseByline } from './byline.ts';
import { classifyLines } from './classify.ts';
import { findDate, isDateline } from './dates.ts';
import { cleanText } from './index.ts';

const run = (text: string, options = {}) => {
  const ctx = createContext();
  const parts = cleanText(options)(
    { id: 't', source: 't.txt', format: 'text', content: text, given: {} },
    ctx,
  );
  return { ...parts, body: parts.paragraphs.map((p) => p.text), issues: ctx.issues };
};
const kinds = (text: string) => classifyLines(text).map((v) => v.kind);

const P1 = 'The city council voted on Monday to close the old library on Elm Street for repairs next year.';
const P2 =
  'Residents said the building had leaked for years, and the repairs were long overdue, the mayor said.';
const P3 = 'The library will reopen in the autumn with a new reading room and longer opening hours.';

test('header: section label, title, role byline, widget; body starts at the first prose line', () => {
  const text = [
    'Local News',
    '',
    'Council Closes Elm Street Library',
    '',
    'Jane Roe Senior City Reporter',
    'Font Size:',
    '',
    P1,
    '',
    P2,
  ].join('\n');
  assert.deepEqual(kinds(text), ['section', 'title', 'byline', 'widget', 'body', 'body']);
  const parts = run(text);
  assert.equal(parts.title, 'Council Closes Elm Street Library');
  assert.equal(parts.byline, 'Jane Roe');
  assert.equal(parts.meta.section, 'Local News');
  assert.deepEqual(parts.body, [P1, P2]);
});

test('dates in a dateline or byline become publishedAt / modifiedAt with their source', () => {
  const parts = run(
    ['Council Closes Library', 'By Jane Roe | March 4, 2024', 'Updated 5 March 2024 at 10:15 GMT', P1].join(
      '\n',
    ),
  );
  assert.equal(parts.byline, 'Jane Roe');
  assert.equal(parts.meta.publishedAt, '2024-03-04');
  assert.equal(parts.metadataSources.publishedAt, 'text:byline');
  assert.equal(parts.meta.modifiedAt, '2024-03-05');
  assert.deepEqual(parts.body, [P1]);
});

test('no headline: title null by default, an inferred title only when asked', () => {
  const text = [P1, P2, P3].join('\n');
  assert.equal(run(text).title, null);
  assert.deepEqual(run(text).body, [P1, P2, P3]);
  const inferred = run(text, { inferTitle: true });
  assert.equal(inferred.titleInferred, true);
  assert.ok(inferred.title?.startsWith('The city council voted on Monday'));
});

test('captions: a short line right above its credit, and a repeated caption', () => {
  const caption =
    'The old reading room of the library, seen from the gallery on a winter morning, in January 2024.';
  const text = [
    'Council Closes Library',
    '',
    P1,
    '',
    'Water Damage in the Hall',
    'Credit: ExamplePhotos',
    '',
    P2,
    '',
    `${caption} (Photo by Jane Roe/Example Agency)`,
    '',
    P3,
    '',
    caption,
  ].join('\n');
  const parts = run(text);
  assert.deepEqual(parts.body, [P1, P2, P3]);
  assert.deepEqual(
    parts.media.map((m) => [m.kind, m.text]),
    [
      ['caption', 'Water Damage in the Hall'],
      ['credit', 'Credit: ExamplePhotos'],
      ['caption', caption],
      ['credit', '(Photo by Jane Roe/Example Agency)'],
    ],
  );
  assert.ok(parts.removed.some((r) => r.text === caption && r.reason.startsWith('repeat')));
});

test('sub-headings stay as headings; short body lines and quotes stay', () => {
  const text = [
    'Council Closes Library',
    '',
    P1,
    '',
    'What happens to the books',
    '',
    P2,
    '',
    '“It is a sad day”',
    '',
    P3,
    '',
    'Repairs start in May',
  ].join('\n');
  const parts = run(text);
  assert.deepEqual(parts.body, [
    P1,
    'What happens to the books',
    P2,
    '“It is a sad day”',
    P3,
    'Repairs start in May',
  ]);
  assert.deepEqual(
    parts.paragraphs.map((p) => p.kind),
    ['text', 'heading', 'text', 'text', 'text', 'text'],
  );
});

test('a run of unrelated headlines after the article goes, with the trailer', () => {
  const text = [
    'Council Closes Library',
    P1,
    P2,
    P3,
    'Storm warning issued for the coast on Friday',
    'Football club signs new goalkeeper from abroad',
    'Bakery wins national bread award',
    'Leave a Comment',
  ].join('\n');
  const parts = run(text);
  assert.deepEqual(parts.body, [P1, P2, P3]);
  assert.equal(parts.removed.filter((r) => r.reason.startsWith('unrelated headline')).length, 3);
});

test('inline links with brackets inside them are cut out whole', () => {
  const parts = run(
    ['Council Closes Library', `${P1} [READ MORE: Mayor (Green Party) Defends Budget] ${P2}`].join('\n'),
  );
  assert.deepEqual(parts.body, [`${P1} ${P2}`]);
});

test('inline "(RELATED: ...)" links are cut out of a body line, the rest is kept', () => {
  const parts = run(
    ['Council Closes Library', `${P1} (RELATED: Town Hall Roof Repairs Delayed Again)`, P2].join('\n'),
  );
  assert.deepEqual(parts.body, [P1, P2]);
  assert.deepEqual(
    parts.removed.map((r) => r.text),
    ['(RELATED: Town Hall Roof Repairs Delayed Again)'],
  );
});

test('a teaser label takes the headline under it; comments after "Leave a Reply" are not the article', () => {
  const words = 'The council also agreed to review the opening hours of the other two branches in the town. ';
  const text = [
    'Council Closes Library',
    P1,
    words.repeat(3),
    'Read more',
    'Town Hall Roof Repairs Delayed Again',
    P2,
    P3,
    'Leave a Reply',
    'reader42 says:',
    'I have used this library for thirty years and I am very sad to see it close for so long, honestly.',
    'bookworm says:',
    'The council should have fixed the roof ten years ago when the first leaks appeared in the hall.',
  ].join('\n');
  const parts = run(text);
  assert.deepEqual(parts.body, [P1, words.repeat(3).trim(), P2, P3]);
  assert.ok(
    parts.removed.some(
      (r) => r.text === 'Town Hall Roof Repairs Delayed Again' && r.reason.startsWith('teaser'),
    ),
  );
});

test('hard-wrapped paragraphs are joined; a text without prose keeps its short lines', () => {
  const wrapped = [
    'The city council voted on Monday to close the old library on Elm',
    'Street for repairs next year, after residents complained about leaks',
    'in the reading room.',
  ];
  assert.deepEqual(run(['Council Closes Library', '', ...wrapped].join('\n')).body, [wrapped.join(' ')]);
  const onlyShort = run(
    ['Storm Warning For The Coast', '', 'Winds Up To Ninety Miles An Hour', 'Ferries Cancelled'].join('\n'),
  );
  assert.equal(onlyShort.title, 'Storm Warning For The Coast');
  assert.deepEqual(onlyShort.body, ['Winds Up To Ninety Miles An Hour', 'Ferries Cancelled']);
});

test('bylines: names are read, sentences starting with "By" are not', () => {
  const table: [string, string | null][] = [
    ['By Jane Roe', 'Jane Roe'],
    ['By Jane Roe and John Doe', 'Jane Roe and John Doe'],
    ['By JANE ROE, Staff Writer', 'JANE ROE'],
    ['Jane Roe, Staff Writer', 'Jane Roe'],
    ['Jane Roe White House Correspondent', 'Jane Roe'],
    ['By Wednesday night, crews had cleared the road.', null],
    ['By Monday, officials said.', null],
    ['By the end of the year the library will reopen', null],
    ['Council Closes Library', null],
  ];
  for (const [line, name] of table) assert.equal(parseByline(line), name, line);
});

test('dates: month names and ISO, never ambiguous numeric dates', () => {
  assert.equal(findDate('Published Dec. 27, 2023 3:10 PM ET')?.iso, '2023-12-27');
  assert.equal(findDate('27 December 2023')?.iso, '2023-12-27');
  assert.equal(findDate('2024-02-29')?.iso, '2024-02-29');
  assert.equal(findDate('2023-02-30'), null);
  assert.equal(findDate('12/11/2023'), null);
  assert.equal(findDate('Updated March 5, 2024')?.updated, true);
  assert.equal(isDateline('Updated March 5, 2024 at 10:15 a.m.'), true);
  assert.equal(isDateline('The council met on March 5, 2024 to vote.'), false);
  assert.equal(isDateline('Posted 2 hours ago'), true);
  assert.equal(isDateline('Tuesday 5 March 2024 22.34 GMT'), true);
  assert.equal(isDateline('UPDATED 05/03/2024 at 11:00 AM'), true);
  assert.equal(isDateline('Published 3 studies this year, the lab grew quickly.'), false);
});

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
