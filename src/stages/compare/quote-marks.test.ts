import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';

// An invented story: six outlets carry one quotation, two web pages in curly quotes, two text files in
// straight ones, two more in part ('said the plan “protects …”'), each beside a sentence of its own.
const full = (o: string, c: string) =>
  `Councillor Ada Lind said: ${o}This plan protects the services people rely on most.${c}`;
const part = (o: string, c: string) =>
  `Councillor Ada Lind said the plan ${o}protects the services people rely on most${c}.`;
const OWN = [
  'The pool will close in May.',
  'The vote was held on Monday.',
  'The council met in the Guildhall.',
  'Fees will rise by 3 per cent.',
  'The library will lose funding.',
  'Residents protested outside.',
];
const QUOTED = [
  full('“', '”'),
  full('“', '”'),
  full('"', '"'),
  full('"', '"'),
  part('“', '”'),
  part('"', '"'),
];
const DOCS = QUOTED.map((quote, i) => ({
  outlet: `Outlet ${'ABCDEF'[i]}`,
  publishedAt: `2031-03-05T1${i}:00:00Z`,
  text: `${OWN[i]}\n\n${quote}\n\n${OWN[(i + 1) % OWN.length]}`,
}));

test('one wording in straight and in curly quotes is one fact, not two', () => {
  const ctx = createContext();
  const { comparison } = comparedStory(segmented(DOCS, ctx), ctx);
  const lind = comparison.facts.filter((f) => /Lind said:/.test(f.text));
  assert.equal(lind.length, 1, lind.map((f) => f.text).join(' | '));
  const articles = new Set(lind[0]?.evidence.map((e) => e.articleId));
  assert.deepEqual([...articles].sort(), ['a1', 'a2', 'a3', 'a4']);
});
