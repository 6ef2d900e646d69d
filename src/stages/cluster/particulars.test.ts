import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { SegmentedArticle } from '../../model/index.ts';
import { dayOf } from '../../text/dates/days.ts';
import { articleParticulars, type Particulars, StoryParticulars } from './particulars.ts';
import { emptyProfile, scoreAgainst, updateProfile } from './score.ts';
import { segmented } from './test-articles.ts';
import type { Packed } from './vectors.ts';

const read = (title: string, text: string, day: number | null = null) =>
  articleParticulars(segmented([{ title, text }])[0] as SegmentedArticle, day);
const day = (y: number, m: number, d: number) => dayOf(y, m, d) as number;

describe('articleParticulars: trigger words and named days of the headline and first sentence', () => {
  const cases: [string, string, string, Particulars][] = [
    [
      'main verbs, not reporting verbs; the weekday of the first sentence',
      'Police arrest Kallin mill owner',
      'Police arrested the owner of the Kallin mill on Friday, officials said. He was freed on Monday.',
      {
        triggers: ['arrest'],
        when: ['w:friday'],
        times: [],
        ages: [],
        counted: [],
        sites: ['b:kallin'],
        earlierDays: [],
      },
    ],
    [
      'a month named in the headline; "may" the verb is no month',
      'Ostry ferry strike may end in June',
      'The union may vote on the offer next week.',
      {
        triggers: ['end', 'vot'],
        when: ['m:june'],
        times: [],
        ages: [],
        counted: [],
        sites: [],
        earlierDays: [],
      },
    ],
  ];
  for (const [name, title, text, expected] of cases)
    test(name, () => assert.deepEqual(read(title, text), expected));

  test("a loaded word of the framing lexicon is no trigger: its outlet's voice", () => {
    const triggers = (title: string) => read(title, 'The council met on Monday.').triggers;
    assert.deepEqual(triggers('Council plans to gut Harlow libraries'), ['meet']);
    assert.deepEqual(triggers('Council will gut the Harlow libraries'), ['meet']);
    assert.deepEqual(triggers('Council will shut the Harlow libraries'), ['meet', 'shut']);
  });

  test('the dates the headline and lead name, as day spans; a relative one only against a day', () => {
    const title = 'Kallin mill owner convicted over a fire in 2023';
    const text =
      'A jury convicted the owner of the Kallin mill on Tuesday over the fire of March 2023. ' +
      'The mill reopened last March. Sentencing is set for June 12, 2025.';
    const year = [day(2023, 1, 1), day(2023, 12, 31)];
    const march = [day(2023, 3, 1), day(2023, 3, 31)];
    assert.deepEqual(read(title, text).times, [year, march]);
    // against its day (a Wednesday): "last March" is this year's; "on Tuesday", the day before, is
    // the article's own news (within OWN_TIME_DAYS), no other time it names
    const written = day(2024, 11, 6);
    assert.deepEqual(read(title, text, written).times, [year, march, [day(2024, 3, 1), day(2024, 3, 31)]]);
    // but a day of the past it names, that Tuesday, is the day of the event its news follows
    assert.deepEqual(read(title, text, written).earlierDays, [day(2024, 11, 5)]);
  });

  test('the days before its own a lead names: the event its news follows, not a plan or a comparison', () => {
    const wednesday = day(2026, 10, 14);
    const text = (second: string) =>
      `Residents of Brenmoor began returning to their homes on Wednesday. ${second}`;
    const earlier = (second: string) =>
      read('Brenmoor residents return home', text(second), wednesday).earlierDays;
    assert.deepEqual(earlier('The River Kessel burst its banks on Monday.'), [day(2026, 10, 12)]);
    assert.deepEqual(earlier('The council will meet on Friday.'), []);
    assert.deepEqual(earlier('The river rose, as it did on Monday.'), []);
    // a day set ahead without "will" is the coming one, no day of a past event
    assert.deepEqual(earlier('The mayor called a meeting for Monday.'), []);
    assert.deepEqual(earlier('The bridge stays shut until Monday.'), []);
    assert.deepEqual(earlier('A report on the flood is due on Monday.'), []);
    assert.deepEqual(earlier('The bridge was shut until Monday.'), [day(2026, 10, 12)]);
  });
});

describe('StoryParticulars', () => {
  const p = (triggers: string[], when: string[]): Particulars => ({ triggers, when });
  const story = new StoryParticulars();
  story.update(p(['strike'], ['w:monday']), 1);
  story.update(p(['strike', 'walk'], ['w:monday', 'm:may']), 1);

  const conflicts: [string, Particulars, number][] = [
    ['the same weekday agrees', p([], ['w:monday']), 0],
    ['the next weekday agrees (coverage the day after)', p([], ['w:tuesday']), 0],
    ['two days on is another event', p([], ['w:wednesday']), 1],
    ['no named day: nothing to disagree with', p([], []), 0],
    [
      'a month the story names otherwise, a weekday it agrees with: the mean of the two',
      p([], ['m:june', 'w:monday']),
      0.5,
    ],
  ];
  for (const [name, article, expected] of conflicts)
    test(name, () => assert.equal(story.whenConflict(article), expected));

  test('trigger cosine against the story counts; taking an article away undoes it', () => {
    assert.ok(Math.abs(story.triggerCosine(p(['strike'], [])) - 2 / Math.sqrt(5)) < 1e-9);
    const s = new StoryParticulars();
    const a = p(['strike'], ['w:monday']);
    s.update(a, 1);
    s.update(a, -1);
    assert.equal(s.triggerCosine(a), 0);
    assert.equal(s.whenConflict(p([], ['w:friday'])), 0);
  });

  test('in the score: a named-day conflict lowers it, shared triggers raise it', () => {
    const unit = (id: number): Packed => ({ ids: Int32Array.of(id), weights: Float32Array.of(1) });
    const none: Packed = { ids: new Int32Array(), weights: new Float32Array() };
    const article = (particulars: Particulars) => ({
      lead: unit(0),
      names: none,
      body: none,
      day: null,
      particulars,
    });
    const profile = emptyProfile();
    updateProfile(profile, article(p(['strike'], ['w:monday'])), 1);
    const plain = scoreAgainst(article(p([], [])), profile).score;
    assert.ok(scoreAgainst(article(p([], ['w:thursday'])), profile).score < plain);
    assert.ok(scoreAgainst(article(p(['strike'], ['w:monday'])), profile).score > plain);
  });
});
