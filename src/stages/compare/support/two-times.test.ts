import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { clashVerdict, judgementOf, testVerdicts } from './verdict-of.ts';

// Two event instances told in one story (issue 10, session 31): a clash needs both sentences to tell
// one event. Invented articles: a past toll told as history beside the news, two people told apart
// by their ages, two measures of one company told by two verbs.

// [name, claim, evidence, the days the two articles were written, the verdict of the clash rules]
const DATED: readonly (readonly [string, string, string, { claim?: string; evidence?: string }, string])[] = [
  [
    'a year told on one side, the other written in another year: history beside the news',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers in 2019.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'the same, the sides the other way round',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers in 2019.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'a year told on one side, the other written in that year: one event',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers in 2026.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-05' },
    'contradicts',
  ],
  [
    'a year told on one side, the other of an article with no stated day: not known, still a clash',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers in 2019.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    {},
    'contradicts',
  ],
  [
    '"last year" on one side, counted from the day it was written: history beside the news',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers last year.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    '"this year" on one side, in an article of that year: one event',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers this year.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'contradicts',
  ],
  [
    '"a previous blast" on one side: another event of the kind',
    'A previous blast at the Kestrel chemical plant in Dunmore killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'no year on either side, articles written years apart: two look-alike events',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2019-06-02', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'no year on either side, articles written days apart: one event',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-06' },
    'contradicts',
  ],
  // midreview31 finding 11: "two years ago" is history beside the news as "last year" is
  [
    '"two years ago" on one side, counted from the day it was written: history beside the news',
    'A blast at the Kestrel chemical plant in Dunmore killed 40 workers two years ago.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  // midreview31 finding 8: a year in an aside or a "since" phrase does not date the predicate
  [
    'a year in an aside between commas: the predicate is of the day of writing, one event',
    'The Kestrel bridge, opened in 1974, carries 80,000 vehicles a day.',
    'The Kestrel bridge carries 60,000 vehicles a day.',
    { claim: '2026-06-02', evidence: '2026-06-02' },
    'contradicts',
  ],
  [
    'a year in a "since" phrase: one event',
    'The Kelso fire killed 12 people, the worst since 1998.',
    'The Kelso fire killed 9 people.',
    { claim: '2026-06-02', evidence: '2026-06-02' },
    'contradicts',
  ],
  // contra34: a year that bounds ("Before 2011, …", "prior to 2011") is no year of the predicate,
  // whose own year ("in 1994") is another than the other side's
  [
    'a year after "before" bounds: the other year dates the predicate, two events',
    'Ostrander died while serving a 12-year sentence imposed in 2011 after he was convicted of fraud.',
    'Before 2011, Ostrander had served only a five-year sentence for theft in 1994.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'a year after "prior to" bounds: two events',
    'Ostrander was serving a 12-year sentence for fraud imposed in 2011.',
    'Prior to 2011, Ostrander had served only a five-year sentence for theft in 1994.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'one year of one sentence told on both sides: one event',
    'Ostrander was serving a 12-year sentence for fraud imposed in 2011.',
    'Ostrander was serving a 10-year sentence for fraud imposed in 2011.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'contradicts',
  ],
  [
    'a year of a full date between commas dates the predicate: history beside the news',
    'On March 3, 2019, a blast at the Kestrel chemical plant in Dunmore killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  // review31: an aside that is only a time, or a year after "said that", dates the predicate
  [
    'an aside that is only a year dates the predicate: history beside the news',
    'A blast at the Kestrel chemical plant in Dunmore, in 2019, killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'an aside that is only a month and a year: history beside the news',
    'A blast at the Kestrel chemical plant in Dunmore, in March 2019, killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    '"that" after a reporting verb opens no relative clause: the year dates the predicate',
    'Officials said that in 2019 a blast at the Kestrel chemical plant in Dunmore killed 40 workers.',
    'A blast at the Kestrel chemical plant in Dunmore killed 12 workers.',
    { claim: '2026-03-04', evidence: '2026-03-04' },
    'not contradicts',
  ],
  [
    'a relative "that" after a noun still tells of its noun: one event',
    'The Kestrel bridge that opened in 1974 carries 80,000 vehicles a day.',
    'The Kestrel bridge carries 60,000 vehicles a day.',
    { claim: '2026-06-02', evidence: '2026-06-02' },
    'contradicts',
  ],
];

describe('two times', () => {
  for (const [name, claim, evidence, days, expected] of DATED)
    test(name, () => {
      const j = judgementOf(claim, evidence, days);
      const verdict = clashVerdict(j);
      if (expected.startsWith('not ')) assert.notEqual(verdict, expected.slice(4), j.reason);
      else assert.equal(verdict, expected, j.reason);
    });
});

describe('two people, two measures', () => {
  testVerdicts([
    [
      'a side that tells two people by their ages: another age is of a third as likely',
      'Police in Harwick named the victims as a 47-year-old man and a 48-year-old man.',
      'Police in Harwick said the 39-year-old man was arrested at the depot.',
      'not contradicts',
    ],
    [
      'one person by age on each side, of one event: a clash still',
      'A man aged 84 died in the fire at the Harwick depot on Monday.',
      'A man aged 86 died in the fire at the Harwick depot on Monday.',
      'contradicts',
    ],
    [
      'two ages told by no noun ("the 12-year-old") are no one person',
      'Ostrander was sentenced in Harwick for his assault on the 12-year-old.',
      'The court in Harwick heard a recording of Ostrander assaulting the 11-year-old girl.',
      'not contradicts',
    ],
    [
      'a loss and a price of one company, told by two verbs',
      'The Velmar company lost $1.7 billion in 2024.',
      'Brenford Group announced Tuesday that it will buy the outsourcing services company for $13.9 billion.',
      'not contradicts',
    ],
    [
      'one thing described alike, whatever the verbs: a clash still',
      'Brenford officials said three strong aftershocks were felt.',
      'The quake in Brenford was followed by four strong aftershocks.',
      'contradicts',
    ],
  ]);
});
