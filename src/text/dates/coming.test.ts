import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDateMentions } from './mentions.ts';
import { resolveDate } from './resolve.ts';

// Invented sentences, written on Wednesday 2026-10-14: a weekday is the coming one or the past one.
const WEDNESDAY = Date.UTC(2026, 9, 14) / 86_400_000;
const dayOf = (sentence: string, weekday: string) => {
  const mention = findDateMentions(sentence).find((m) => m.text.startsWith(weekday));
  assert.ok(mention, `no ${weekday} in ${sentence}`);
  const resolved = resolveDate(mention, WEDNESDAY);
  return {
    future: mention.future,
    day: resolved ? new Date(resolved.day * 86_400_000).toISOString().slice(0, 10) : null,
  };
};

describe('a weekday told as still to come', () => {
  const coming: [string, string, string][] = [
    ['The mayor of Tarrow called a meeting for Friday.', 'Friday', '2026-10-16'],
    ['Harlow Water says the supply may not return until Saturday.', 'Saturday', '2026-10-17'],
    ['The Kestle bridge stays shut until Monday.', 'Monday', '2026-10-19'],
    ['The inspectors’ report is due on Friday.', 'Friday', '2026-10-16'],
    ['The Brenmoor union plans a second walkout on Monday.', 'Monday', '2026-10-19'],
    ['Ferries may resume on Saturday, the operator said.', 'Saturday', '2026-10-17'],
    // review31: a phrase without a determiner after "of" is no topic's ("a vote of confidence")
    ['The Tarrow council may hold a vote of confidence on Monday.', 'Monday', '2026-10-19'],
    // a planned event's noun, or an incident told with no determiner, leaves the day ahead
    ['The Tarrow council may hold the vote on Monday.', 'Monday', '2026-10-19'],
    ['Fire crews may start a fire on the heath on Monday.', 'Monday', '2026-10-19'],
    // midreview32 finding 1: an incident's noun that the verb is done to or readied for is ahead with
    // the verb, as with "will" (the first three fail before: read as the past Monday)
    ['Residents should prepare for the storm on Monday.', 'Monday', '2026-10-19'],
    ['The army may launch the attack on Monday, officials warned.', 'Monday', '2026-10-19'],
    ['Councillors must review the collapse on Monday, the mayor said.', 'Monday', '2026-10-19'],
    ['The Kell police force aims to carry out the raid on Monday.', 'Monday', '2026-10-19'],
    ['Farmers in Orrin should move stock ahead of the flood on Monday.', 'Monday', '2026-10-19'],
    // a participle between a determiner and its noun is an adjective, not a past verb (failed before)
    ['Tarrow homes may lose water during the planned outage on Friday.', 'Friday', '2026-10-16'],
    ['Harlow residents must brace for the expected flooding on Saturday.', 'Saturday', '2026-10-17'],
    // review32-A: a forecast incident the clause happens in or through is ahead with the modal (the
    // first two fail before: read as the past Monday)
    ['Tarrow homes may lose power in the storm on Monday.', 'Monday', '2026-10-19'],
    ['Kell homes may lose water through the outage on Monday.', 'Monday', '2026-10-19'],
    // fixes33: "next" before a noun of its own is still a cue ("the next vote"), as is a "will"
    ['The next Tarrow council vote is on Thursday.', 'Thursday', '2026-10-15'],
    ['The Tarrow council will vote next week on Thursday.', 'Thursday', '2026-10-22'],
    // midreview33 finding 1: a "next month" or "next week" that dates the weekday itself stays a cue
    // that it is ahead (all four lose it before: the first read as the past Monday)
    ['The Orrin ferry resumes sailings next month on Monday.', 'Monday', '2026-10-19'],
    ['The Tarrow trial opens next week on Monday.', 'Monday', '2026-10-19'],
    ['The Kell council votes next week on Thursday.', 'Thursday', '2026-10-22'],
    ['Starting next week on Monday, buses in Tarrow run every ten minutes.', 'Monday', '2026-10-19'],
    // newuser17 #8: a past verb before "and that" is another clause's: the wait "until Monday" is
    // ahead (read as the past Monday before)
    [
      'Harlow Power said 3,000 homes had no electricity and that some might wait until Monday for it.',
      'Monday',
      '2026-10-19',
    ],
    // newuser21 #2: an "if" or "unless" clause of a sentence told in the future is ahead with it (both
    // failed before: read as the past Monday, a week back)
    [
      'Tarrow teachers will walk out on Thursday unless talks on Monday produce a better offer.',
      'Monday',
      '2026-10-19',
    ],
    ['"If the offer is the same on Monday night, we will strike," the union said.', 'Monday', '2026-10-19'],
  ];
  for (const [sentence, weekday, expected] of coming)
    test(sentence, () => assert.deepEqual(dayOf(sentence, weekday), { future: true, day: expected }));

  const past: [string, string, string][] = [
    ['Crews worked on the pumps until Monday.', 'Monday', '2026-10-12'],
    ['The road was closed until Monday.', 'Monday', '2026-10-12'],
    ['Tarrow ferries were stopped and stayed in port until Monday.', 'Monday', '2026-10-12'],
    // review37-A F2: a "would" of the sentence before is no cue of this one's (ahead before)
    ['The Tarrow council would not comment. The pier closed on Monday.', 'Monday', '2026-10-12'],
    ['Two men were charged for Monday’s robbery in Tarrow.', 'Monday', '2026-10-12'],
    ['The council had called a meeting for Monday, then cancelled it.', 'Monday', '2026-10-12'],
    ['The union announced its plans on Monday.', 'Monday', '2026-10-12'],
    ['The pumps may have failed on Monday.', 'Monday', '2026-10-12'],
    ['Police arrested a man on Monday. The court may hear the case soon.', 'Monday', '2026-10-12'],
    // review31: after a modal, a date that ends a topic's phrase is that event's, told before
    [
      'Anyone who can help with information about the attack on Monday should call police.',
      'Monday',
      '2026-10-12',
    ],
    ['Investigators must now establish the cause of the crash on Monday.', 'Monday', '2026-10-12'],
    // closing-s31: an incident's noun right before the date makes it that incident's day, whatever the
    // preposition before it (the first fails before: read as the coming Monday)
    ['Police in Tarrow cannot rule out a link to the robbery on Monday.', 'Monday', '2026-10-12'],
    [
      'Detectives may seek help from witnesses to the Harlow Road stabbing on Monday.',
      'Monday',
      '2026-10-12',
    ],
    // the incident is another thing's (a noun and its preposition between the verb and it): still past
    ['Police in Kell may question witnesses to the shooting on Monday.', 'Monday', '2026-10-12'],
    ['Detectives cannot link the arrested man to the robbery on Monday.', 'Monday', '2026-10-12'],
    // a crime's noun after "in" is another thing's: still past
    ['The man could face charges in the stabbing on Monday.', 'Monday', '2026-10-12'],
    // fixes33 (newuser11 #11): "next year" is the budget's own date, not a cue that the vote's weekday
    // is ahead; the present perfect tells it done (both fail before: read as the coming Thursday)
    [
      'Tarrow town council has approved its budget for next year after a vote on Thursday night.',
      'Thursday',
      '2026-10-08',
    ],
    ['The Kell board approved the plan for next month on Monday.', 'Monday', '2026-10-12'],
    // midreview33 finding 1: a noun's "next year's" is its own date too, read as "for next year" is
    // (both fail before: read as the coming weekday)
    ['Tarrow sets next year’s budget on Thursday.', 'Thursday', '2026-10-08'],
    ['The Kell board approved next month’s plan on Monday.', 'Monday', '2026-10-12'],
    // an "if" or "unless" clause told in the past, or in a sentence with no future, stays past
    ['If the pumps broke on Monday, nobody reported it.', 'Monday', '2026-10-12'],
    // review42: a day whose noun phrase the condition weighs is a thing that is (both read ahead before)
    ['If the turnout on Monday is any guide, the Greens will do well in May.', 'Monday', '2026-10-12'],
    ['If the man in the video on Monday night is the suspect, police will say so.', 'Monday', '2026-10-12'],
    ['It is unclear if the meeting on Monday was recorded, but minutes will follow.', 'Monday', '2026-10-12'],
  ];
  for (const [sentence, weekday, expected] of past)
    test(sentence, () => assert.deepEqual(dayOf(sentence, weekday), { future: false, day: expected }));
});

// midreview33 finding 1: one meaning, one tense, whichever way the noun owns its year or month
test('a noun owning "next year" or "next month" dates the weekday alike either way', () => {
  const pairs: [string, string, string][] = [
    [
      'The Tarrow council sets its budget for next year on Thursday.',
      'Tarrow sets next year’s budget on Thursday.',
      'Thursday',
    ],
    [
      'The Kell board agrees fares for next season on Monday.',
      'The Kell board agrees next season’s fares on Monday.',
      'Monday',
    ],
  ];
  for (const [forShape, ownShape, weekday] of pairs)
    assert.deepEqual(dayOf(ownShape, weekday), dayOf(forShape, weekday), ownShape);
});

// review38-A F10: the caller's sentences bound the window of a future cue, not a point and a capital
// ("Mr. Osk" is no sentence's start); a text given without them is still split by point and capital.
test('a future cue is read back to the sentence start the caller gives', () => {
  const future = (text: string, starts?: readonly number[]) =>
    findDateMentions(text, starts).find((m) => m.text === 'Monday')?.future;
  assert.equal(future('The Tarrow council will meet Mr. Osk on Monday.', [0]), true);
  assert.equal(future('The Tarrow council will meet Osk on Monday.'), true);
  const two = 'The Tarrow council would not comment. The pier closed on Monday.';
  assert.equal(future(two, [0, two.indexOf('The pier')]), false);
  assert.equal(future(two), false);
});
