import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { segmented } from './test-articles.ts';

// Invented reports of two votes on one harbour levy, months apart: the same council, mayor and words.
const VOTES = [
  'Pellham council rejects harbour levy\n\nPellham councillors voted 7-5 on Tuesday against a harbour levy on ferry tickets, mayor Ilse Varga said.',
  'Harbour levy voted down in Pellham\n\nCouncillors in Pellham voted down a harbour levy on ferry tickets on Tuesday night, mayor Ilse Varga said.',
  'Pellham council passes harbour levy\n\nPellham councillors voted 8-4 on Tuesday for a harbour levy on ferry tickets, mayor Ilse Varga said.',
];

test('when no article gives a date, the report says the grouping could not use time', () => {
  const ctx = createContext();
  cluster()(segmented(VOTES), ctx);
  const notes = ctx.issues.filter((i) => i.code === 'cluster/undated');
  assert.equal(notes.length, 1);
  assert.match(notes[0]?.message ?? '', /none of the 3 articles gives a date .* could not use time/);
});

test('one dated article, or a single article, and it says nothing', () => {
  const dated = [
    {
      title: 'Pellham council passes harbour levy',
      publishedAt: '2025-10-08',
      text: 'Pellham councillors voted 8-4 on Tuesday for a harbour levy.',
    },
  ];
  for (const records of [[...VOTES.slice(0, 2), ...dated], VOTES.slice(0, 1)]) {
    const ctx = createContext();
    cluster()(segmented(records), ctx);
    assert.deepEqual(
      ctx.issues.filter((i) => i.code === 'cluster/undated'),
      [],
    );
  }
});

test('the two votes months apart are one story undated, two given their days', () => {
  const undated = cluster()(segmented(VOTES), createContext());
  assert.deepEqual(
    undated.map((s) => [...s.articleIds].sort()),
    [['a1', 'a2', 'a3']],
  );
  const days = ['2025-03-05', '2025-03-05', '2025-10-08'];
  const docs = segmented(
    VOTES.map((v, i) => {
      const [title, text] = v.split('\n\n') as [string, string];
      return { title, text, publishedAt: days[i] as string };
    }),
  );
  const stories = cluster()(docs, createContext());
  assert.deepEqual(stories.map((s) => [...s.articleIds].sort()).sort(), [['a1', 'a2'], ['a3']]);
});
