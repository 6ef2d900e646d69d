import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarized } from './test-story.ts';

// Two invented outlets on one council vote: each tells the approval in its own words, with details the
// other leaves out, so the support check finds neither stating all of the other.
const DOCS = [
  {
    title: 'Council passes $40 million flood barrier plan',
    text: 'The Harbour Council approved a $40 million flood barrier plan on Tuesday that will raise the sea wall, widen the storm drains and build two pumping stations in the old port.\n\nThe vote of 9 to 4 ends a year of debate over how to protect the waterfront.\n\nWork on the first pumping station will start in June, the council’s chief engineer, Tomas Reyes, said.',
  },
  {
    title: 'Flood plan wins council vote',
    text: 'The Harbour Council on Tuesday approved Mayor Lina Ortiz’s $40 million flood barrier plan, ending a bitter year-long fight at City Hall.\n\nThe plan passed 9-4 after a six-hour session in which the council also voted to sell the old ferry terminal.\n\nShop owners on the quay had warned that the building work would keep customers away for months.',
  },
];

describe('the points reported by one source only', () => {
  const { out, comparison } = summarized(DOCS, 60);
  const single = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);

  test('a fact the compare stage found in one source only, that the other outlet tells in part, is not listed', () => {
    const approved = comparison.facts.filter((f) => / approved /.test(f.text));
    assert.equal(approved.length, 2);
    for (const f of approved) assert.equal(f.status, 'single-source');
    assert.deepEqual(
      single.filter((t) => / approved /.test(t)),
      [],
    );
  });

  test('what only one outlet tells is still listed', () => {
    assert.ok(single.some((t) => t.startsWith('Work on the first pumping station will start in June')));
    assert.ok(single.some((t) => t.startsWith('Shop owners on the quay')));
  });
});

// Two invented outlets on one school strike: one written before the talks tells them as planned, the
// other after tells them as held, in other words.
const TALKS = [
  {
    outlet: 'Calder Morning Post',
    publishedAt: '2031-09-15T07:00:00Z',
    text: 'Teachers at Calder’s twelve public schools walked out on Monday over pay.\n\nThe school board and the Calder Teachers’ Association are due to meet on Wednesday to discuss a new contract.\n\nParents were asked to keep children at home until further notice.',
  },
  {
    outlet: 'Calder Evening Star',
    publishedAt: '2031-09-17T19:00:00Z',
    text: 'The school board and the Calder Teachers’ Association met on Wednesday, but the talks ended without a new contract.\n\nThe strike, which began on Monday, has closed twelve schools.\n\nA union spokesman said members would vote on Friday on whether to stay out.',
  },
];

test('a meeting one outlet tells as planned and another as held is not reported by one source only', () => {
  const { out, comparison } = summarized(TALKS, 60);
  const single = out.points.filter((p) => p.kind === 'single-source').map((p) => p.text);
  const planned = comparison.facts.filter((f) => /due to meet/.test(f.text));
  assert.equal(planned.length, 1);
  assert.equal(planned[0]?.status, 'single-source');
  assert.deepEqual(
    single.filter((t) => /due to meet/.test(t)),
    [],
  );
  // the other way round, a plan tells no event that happened: the meeting held stays one source's
  assert.ok(
    single.some((t) => /Association met on Wednesday/.test(t)),
    single.join(' | '),
  );
});

// An invented wire story and a near-verbatim copy (detected as syndicated: one source) that tells
// another hour, and another outlet's own story. The first sentence's "this morning" is a time the
// support check states by nothing, so each copy's sentence is a fact of its own.
const fire = (hour: string) =>
  `A fire destroyed the old grain store on Vessmark quay this morning, according to the county fire service.\n\nThe blaze started in the loading bay at about ${hour} a.m. and took three crews two hours to put out.\n\nNo one was hurt, and the quay road stayed open to traffic all day.`;
const COPIES = [
  { outlet: 'Vessmark Wire', title: 'Fire destroys Vessmark grain store', text: fire('4:10') },
  {
    outlet: 'Quayside Daily',
    title: 'Fire destroys Vessmark grain store',
    text: `${fire('4:40')}\n\nTell us in the comments if you saw the smoke.`,
  },
  {
    outlet: 'Vessmark Herald',
    title: 'Grain store lost to blaze',
    text: 'Firefighters fought a blaze at a harbour warehouse through the night.\n\nThe first alarm was raised at about 4:10 a.m. by a night watchman on the quay road, the police said.\n\nThe second alarm was raised at about 4:40 a.m. by a night watchman on the quay road, the police said.',
  },
];

test('a sentence copies of one source repeat is one point citing every copy, not one point per copy', () => {
  const { out, articles } = summarized(COPIES, 40);
  assert.equal(articles[0]?.article.syndicatedFrom, 'a2');
  const told = (start: string) =>
    out.points.filter((p) => p.text.startsWith(start)).map((p) => [p.kind, p.articleIds.join()]);
  assert.deepEqual(told('A fire destroyed the old grain store'), [['single-source', 'a1,a2']]);
  // what only the copy adds stays its own; a copy's other number, and alike sentences of one article, stay two
  assert.deepEqual(told('Tell us'), [['single-source', 'a2']]);
  assert.deepEqual(told('The blaze started'), [
    ['single-source', 'a1'],
    ['single-source', 'a2'],
  ]);
  assert.equal(told('The first alarm').length + told('The second alarm').length, 2);
});
