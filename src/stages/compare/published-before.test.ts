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

// "today" is read from the article's date, which a copy printed the next morning puts a day late:
// the day before it may be the event's (support/event-dates.ts earliestDay).
test('an article of the day before a "today" is not "published before" its event', () => {
  const { factWith } = runCompare([
    [
      'A gunman shot three people at the Vessmark accounting firm, police said.',
      { publishedAt: '2025-03-03' },
    ],
    [
      'A gunman shot three people at the Vessmark accounting firm. Witnesses said the gunman walked into the office at about 10 a.m. today carrying a long bag, police chief Ana Ruiz said.',
      { publishedAt: '2025-03-04' },
    ],
  ]);
  assert.equal(factWith('long bag')[0]?.coverage.a1?.mark, 'absent');
});

test('"today" and a named day one day apart are no date to check; two days apart they are', () => {
  const told = (day: string) =>
    runCompare([
      [
        'The gunman walked into the office of the Vessmark accounting firm at about 10 a.m. today, police chief Ana Ruiz said.',
        { publishedAt: '2025-03-06' },
      ],
      [
        `The gunman walked into the office of the Vessmark accounting firm at about 10 a.m. ${day}, police chief Ana Ruiz said.`,
        { publishedAt: '2025-03-08' },
      ],
    ]).result.differences?.filter((c) => c.kind === 'date').length ?? 0;
  assert.equal(told('Wednesday'), 0);
  assert.equal(told('Tuesday'), 1);
});
