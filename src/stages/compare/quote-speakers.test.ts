import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Entity, Quote } from '../../model/index.ts';
import { entityAt, quoteAt, quoteSpeakers } from './quote-speakers.ts';

const quote = (
  id: string,
  kind: Quote['kind'],
  name: string | null,
  occurrences: [string, number, number][],
): Quote => ({
  id,
  kind,
  text: id,
  speaker: name ? { name, entityId: null } : null,
  cue: null,
  occurrences: occurrences.map(([articleId, start, end]) => ({ articleId, span: { start, end } })),
  speakerEvidence: [],
});

const quotes: Quote[] = [
  quote('q1', 'indirect', 'Ann Lee', [['a1', 0, 40]]),
  quote('q2', 'direct', null, [['a1', 50, 60]]),
  // a long quote that starts early and reaches past later, shorter ones
  quote('q3', 'direct', 'Bo Ray', [['a1', 45, 200]]),
  quote('q4', 'partial', 'Cy Fox', [
    ['a1', 100, 110],
    ['a2', 0, 30],
  ]),
];

test('quoteSpeakers: the first quote of the kinds, with a speaker, overlapping the passage', () => {
  const speakerIn = quoteSpeakers(quotes);
  const direct = ['direct', 'partial'];
  const all = ['direct', 'partial', 'indirect'];
  const cases: [string, number, number, string[], string | null][] = [
    ['a1', 10, 20, direct, null], // only the indirect q1 covers it
    ['a1', 10, 20, all, 'Ann Lee'],
    ['a1', 40, 45, all, null], // touches q1's end and q3's start: half-open spans do not overlap
    ['a1', 52, 55, direct, 'Bo Ray'], // q2 has no speaker; q3 reaches back over it
    ['a1', 105, 106, direct, 'Bo Ray'], // q3 before q4 in the quotes' order
    ['a1', 150, 300, direct, 'Bo Ray'],
    ['a1', 200, 300, direct, null],
    ['a2', 5, 6, direct, 'Cy Fox'],
    ['a3', 0, 100, all, null],
  ];
  for (const [articleId, start, end, kinds, expected] of cases)
    assert.equal(speakerIn(articleId, start, end, kinds), expected, `${articleId} ${start}-${end}`);
});

test('quoteAt and entityAt: the first quote or entity, in their order, told or named at a place', () => {
  const at = quoteAt(quotes);
  assert.equal(at('a1', 52, 55)?.id, 'q2', 'a quote without a speaker counts here');
  assert.equal(at('a1', 10, 20)?.id, 'q1');
  assert.equal(at('a2', 40, 50), undefined);
  const entity = (id: string, mentions: [string, number, number][]) =>
    ({
      id,
      name: id,
      kind: 'person',
      mentions: mentions.map(([articleId, start, end]) => ({ articleId, span: { start, end } })),
    }) as unknown as Entity;
  const named = entityAt([entity('e1', [['a1', 30, 40]]), entity('e2', [['a1', 0, 100]])]);
  assert.equal(named('a1', 35, 36)?.id, 'e1');
  assert.equal(named('a1', 50, 60)?.id, 'e2');
  assert.equal(named('a1', 100, 120), undefined);
});

// review46b #5: "Transport chief David Okafor wants the Harbor Bridge reopened by June, he told
// reporters on Monday." had its ✓ labelled "as the he's claim": the extract stage found no one for "he".
test('quoteSpeakers: a pronoun no one was found for names no speaker', () => {
  const told: Quote[] = [
    {
      ...quote('q5', 'indirect', null, [['a1', 0, 70]]),
      speaker: { name: 'he', entityId: null, unresolved: true },
    },
    quote('q6', 'indirect', 'Dee Marsh', [['a1', 80, 120]]),
  ];
  const speakerIn = quoteSpeakers(told);
  const all = ['direct', 'partial', 'indirect'];
  assert.equal(speakerIn('a1', 10, 60, all), null);
  assert.equal(speakerIn('a1', 60, 100, all), 'Dee Marsh', 'the next quote with a named speaker');
});
