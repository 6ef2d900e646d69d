import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { summarized } from './test-story.ts';

// newuser19 #8: two outlets write before the vote ("will vote … on Tuesday, March 2"), three after it
// ("on Tuesday approved … by 58 votes to 41"): the done sentences tell the vote by another verb, and
// the summary told the plan after the vote in the future tense. Invented story.
const BEFORE = [
  'The Orrin Council will vote on the Ferry Budget on Tuesday, March 2, with the new quay at the heart of the plan.',
  'The Orrin Council will vote on the Ferry Budget on Tuesday, March 2, the clerk said on Friday.',
];
const AFTER = [
  'The Orrin Council on Tuesday approved the Ferry Budget by 58 votes to 41.',
  'The Orrin Council passed the Ferry Budget on Tuesday evening by 58 votes to 41.',
  'The Ferry Budget cleared the Orrin Council on Tuesday night, 58 votes to 41, after a long debate.',
];
const TAIL = [
  '\n\nThe budget pays for two new boats and a longer timetable in winter.',
  '\n\nHarbour traders asked for an evening crossing to the islands.',
  '\n\nMayor Ilse Varga called the result a fair deal for the islands.',
  '\n\nThe opposition Tide Party said the fares would still rise next year.',
  '\n\nA first new boat is due to sail in the autumn.',
];
const OUTLETS = ['Orrin Courier', 'Bay Radio', 'Orrin Courier', 'Bay Radio', 'Island Post'];
const DAYS = ['2027-02-26', '2027-02-27', '2027-03-03', '2027-03-03', '2027-03-03'];
const story = (before: readonly string[]) =>
  [...before, ...AFTER].map((text, i) => ({
    title: i < 2 ? 'Council to vote on ferry budget' : 'Council approves ferry budget',
    outlet: OUTLETS[i] as string,
    publishedAt: `${DAYS[i]}T0${i + 1}:00:00Z`,
    text: `${text}${TAIL[i]}`,
  }));

describe('a plan its event has overtaken is left out of the summary', () => {
  test('with room for everything, the vote is told as done and never as ahead', () => {
    const { out } = summarized(story(BEFORE), 400);
    assert.ok(out.summary.some((s) => /approved|passed|cleared/.test(s.text)));
    for (const s of out.summary) assert.doesNotMatch(s.text, /will vote/, s.text);
  });

  test('a plan for another day stays', () => {
    const later = BEFORE.map((t) => t.replace('Tuesday, March 2', 'Thursday, March 11'));
    const { out } = summarized(story(later), 400);
    assert.ok(out.summary.some((s) => /will vote/.test(s.text)));
  });

  test('a plan of another doer stays', () => {
    const other = BEFORE.map((t) => t.replace('The Orrin Council will vote', 'The Haven Council will vote'));
    const { out } = summarized(story(other), 400);
    assert.ok(out.summary.some((s) => /will vote/.test(s.text)));
  });
});

// newuser21 #1/#3: a preview tells the strike ahead under a condition, by a doer it names by a noun
// ("Dockers across Vessmark will walk out on Friday unless talks … produce a better offer"); two
// reports after Friday tell the walkout done. Told after the event, the threat is stale. Invented.
const STRIKE = (preview: string) => [
  {
    title: 'Dockers may strike on Friday',
    outlet: 'Gullport Gazette',
    publishedAt: '2027-05-05T09:00:00Z',
    text: `${preview}\n\nThe union is asking for a 7 percent rise.`,
  },
  {
    title: 'Dockers strike',
    outlet: 'Bay Wire',
    publishedAt: '2027-05-07T15:00:00Z',
    text: 'Thousands of dockers walked out across Vessmark on Friday after talks with the port board broke down on Thursday.\n\nThe port board said about 2,900 dockers had joined the strike.',
  },
  {
    title: 'Dock strike shuts port',
    outlet: 'Orrin Ledger',
    publishedAt: '2027-05-08T08:00:00Z',
    text: "More than 5,000 dockers took part in Friday's strike across Vessmark, their union said.\n\nThe union wants a 7 percent rise.",
  },
];
const THREAT =
  'Dockers across Vessmark will walk out on Friday unless talks on Thursday produce a better offer, their union said on Wednesday.';

describe('a plan under a condition, of a doer named by a noun, once its day has come', () => {
  test('is left out once the walkout is told done on its day', () => {
    for (const s of summarized(STRIKE(THREAT), 400).out.summary)
      assert.doesNotMatch(s.text, /will walk out/, s.text);
  });

  test('stays when it is for another day', () => {
    const later = THREAT.replace('on Friday unless talks on Thursday', 'on May 21 unless talks');
    assert.ok(summarized(STRIKE(later), 400).out.summary.some((s) => /will walk out/.test(s.text)));
  });
});
