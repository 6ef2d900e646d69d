import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';

// newuser22 #6: a crowd one outlet counts in its own voice and another gives as the police's estimate,
// values that cannot both hold, is a difference to check (never ✗), each side's sentence naming who
// gives it. Invented articles.
const day = (hour: string) => `2031-04-04T${hour}:00:00Z`;
// each outlet's own lede and close, so that neither article reads as a copy of the other
const LEDES = [
  'The Corvale assembly passed the harbour bill on Thursday by 40 votes to 31 after a long debate.',
  'Lawmakers in Corvale approved the disputed harbour levy late on Thursday, ending months of delay.',
];
const CLOSES = ['The levy starts in May.', 'The mayor welcomed the result and thanked the port workers.'];
const told = (outlet: string, hour: string, text: string, i: number) => ({
  outlet,
  title: `${outlet} on the harbour bill`,
  publishedAt: day(hour),
  text: `${LEDES[i]}\n\n${text}\n\n${CLOSES[i]}`,
});
const crowds = (first: string, second: string, outlets = ['Corvale Star', 'Ashby Post']) => {
  const ctx = createContext();
  const docs = [told(outlets[0] as string, '18', first, 0), told(outlets[1] as string, '20', second, 1)];
  const { comparison } = comparedStory(segmented(docs, ctx), ctx);
  return (comparison.differences ?? [])
    .filter((d) => d.about === 'crowd')
    .map((d) => d.sides.map((s) => `${s.value?.number} [${s.evidence.map((e) => e.articleId)}]`).join(' | '));
};

test("an outlet's own count of a crowd against another outlet's police estimate is a difference", () => {
  assert.deepEqual(
    crowds(
      'About 3,000 protesters gathered outside the assembly on Thursday evening.',
      'Several thousand people protested outside the assembly during the debate; police put the crowd at 1,800.',
    ),
    ['3000 [a1] | 1800 [a2]'],
  );
  // a crowd of a value, told in the other outlet's own voice too
  assert.deepEqual(
    crowds(
      'About 3,000 protesters gathered outside the assembly on Thursday evening.',
      'A crowd of 1,500 waited outside the assembly for the result.',
    ),
    ['3000 [a1] | 1500 [a2]'],
  );
});

test("no crowd difference where the values both hold, both are sources' estimates, or the gatherings may be two", () => {
  const none = (first: string, second: string, outlets?: string[]) =>
    assert.deepEqual(crowds(first, second, outlets), [], `${first} / ${second}`);
  // values that both hold
  none(
    'About 3,000 protesters gathered outside the assembly.',
    'Police put the crowd outside the assembly at more than 2,500.',
  );
  // the police's and the organisers' estimates: each its source's (sourced-counts.ts)
  none(
    'About 3,000 protesters gathered outside the assembly on Thursday evening, the organisers said.',
    'Police put the crowd outside the assembly at 1,800.',
  );
  // two gatherings: no place or thing in common
  none(
    'About 3,000 protesters gathered outside the assembly on Thursday evening.',
    'Police put the crowd at 1,800 at the Tarrow stadium, where fans watched the cup final.',
  );
  // a crowd counted by a moment of the day: the crowd then, which grew (review45)
  none(
    'By noon about 500 protesters had gathered outside the assembly.',
    'By the evening police put the crowd outside the assembly at 4,000.',
  );
  none(
    'About 3,000 protesters gathered outside the assembly.',
    'By 2 p.m. police put the crowd outside the assembly at 1,800.',
  );
  // a count of those arrested is no crowd
  none(
    'About 3,000 protesters gathered outside the assembly.',
    'Police arrested 12 protesters outside the assembly.',
  );
});
