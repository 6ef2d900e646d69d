import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { classifyLines } from './classify.ts';
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
  assert.equal(parts.meta.modifiedAt, '2024-03-05T10:15:00.000Z');
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
