import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// Invented dated coverage (issue 10, the blind audit of ◷ in reports, bench/data/pre-event-audit.jsonl):
// an article is "published before" (◷) a fact only when it was written before the fact's event and
// the fact tells that event as done.

test('a fact that is itself a plan ("is set for Nov. 8") gives no ◷ to an article dated before that day', () => {
  const { factWith } = runCompare([
    [
      'A jury convicted Tomas Ott of murder in Brenford on Thursday. The jury recommended life in prison.',
      { publishedAt: '2025-09-26' },
    ],
    [
      'A jury convicted Tomas Ott of murder in Brenford on Thursday. Formal sentencing is set for 11 a.m. on Nov. 8.',
      { publishedAt: '2025-09-27' },
    ],
  ]);
  const fact = factWith('sentencing')[0];
  assert.equal(fact?.modality, 'planned');
  assert.equal(fact?.coverage.a1?.mark, 'absent');
});

test('a day after the article that tells the fact as done is no day of its event (the "September 11 attacks")', () => {
  const { factWith } = runCompare([
    [
      'Mara Lind will host the Kestrel film awards next year, organisers announced on Friday.',
      { publishedAt: '2013-08-02' },
    ],
    [
      'Mara Lind will host the Kestrel film awards next year, organisers announced on Friday. Lind earned praise as host of the music awards in 2001, which were delayed by the September 11 attacks.',
      { publishedAt: '2013-08-02' },
    ],
  ]);
  assert.equal(factWith('earned praise')[0]?.coverage.a1?.mark, 'absent');
});

test('a plan told in the past ("was to open") is no sign the article was written before the event', () => {
  const { factWith } = runCompare([
    'The Dunmore port authority opened its new ferry terminal to passengers, officials said.',
    'The Dunmore port authority was to open its new ferry terminal to passengers, officials said.',
  ]);
  assert.notEqual(factWith('opened its new')[0]?.coverage.a2?.mark, 'published-before');
});

test('an article that tells as done what the fact tells as a plan of a clause is not "published before"', () => {
  const { factWith } = runCompare([
    'A jury convicted Tomas Ott of the murder of his infant son, whom the couple were planning to name Ned.',
    'Ott showed no emotion as the foreman announced a finding of murder in the death of his infant son, whom the couple had named Ned.',
  ]);
  assert.notEqual(factWith('convicted')[0]?.coverage.a2?.mark, 'published-before');
});
