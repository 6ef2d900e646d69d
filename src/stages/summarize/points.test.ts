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
