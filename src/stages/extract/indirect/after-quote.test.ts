import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indirectQuotes } from './fixtures/indirect-cases.ts';

// review44b: after a short quotation, reported speech ran on into the outlet's narration ('said the plan
// was "dead" as protesters cheered wildly outside'), so the narration was the speaker's in the quote
// table and left out of the outlet's tone. The report ends where the quote marks close and a clause with
// its own subject and a past verb follows (after-quote.ts). Invented sentences.
const said = (text: string) => indirectQuotes(text).map((q) => `${q.speaker?.name} ${q.cue}: ${q.text}`);

const ENDS: [string, string][] = [
  [
    'Rafe Dunmore said the plan was "a disgrace" and the council voted 6-3 on Tuesday to approve it.',
    'Rafe Dunmore said: the plan was "a disgrace"',
  ],
  [
    'Greta Voss said the figure was "too low" and crews worked through the night.',
    'Greta Voss said: the figure was "too low"',
  ],
  [
    'Mayor Ivo Kral said the plan was "dead" as protesters cheered wildly outside the meeting.',
    'Ivo Kral said: the plan was "dead"',
  ],
  [
    'Hanna Ruud called the bill “cruel”, hours after the vote collapsed amid anger in the chamber.',
    'Hanna Ruud called: the bill “cruel”',
  ],
  // a charge with its own source after a comma is that source's, not the speaker's (review46)
  [
    'Oren Teal said the deal was "a betrayal" and the company lied in parliament last year, records show.',
    'Oren Teal said: the deal was "a betrayal"',
  ],
  [
    'Oren Teal said the deal was "a betrayal" and the board misled voters, according to an inquiry.',
    'Oren Teal said: the deal was "a betrayal"',
  ],
];

for (const [text, expected] of ENDS)
  test(`a report ends at its closing quote before the outlet's narration: ${text}`, () => {
    assert.deepEqual(said(text), [expected]);
  });

// what the speaker foresaw or goes on to say, or words outside quote marks, stay the report's
const STAYS: [string, string][] = [
  [
    'Oren Teal said the depot was "a bold gamble" and residents would welcome the jobs.',
    'Oren Teal said: the depot was "a bold gamble" and residents would welcome the jobs',
  ],
  [
    'Oren Teal said the depot was "a bold gamble" and that residents would welcome the jobs.',
    'Oren Teal said: the depot was "a bold gamble" and that residents would welcome the jobs',
  ],
  [
    'Oren Teal said the depot would take "more months" before the cranes arrive.',
    'Oren Teal said: the depot would take "more months" before the cranes arrive',
  ],
  [
    'Oren Teal said the mayor was "absolutely right" when she said the depot was needed.',
    'Oren Teal said: the mayor was "absolutely right" when she said the depot was needed',
  ],
  // a state or an earlier deed joined by "and" is the speaker's, told in the past as reported speech is
  // (review45c: 'were reckless' was counted in the outlet's own tone)
  [
    'Oren Teal said the depot plan was "a disgrace" and the developers were reckless.',
    'Oren Teal said: the depot plan was "a disgrace" and the developers were reckless',
  ],
  [
    'Oren Teal said the depot plan was "a disgrace" and the developers had misled residents.',
    'Oren Teal said: the depot plan was "a disgrace" and the developers had misled residents',
  ],
  // a wrong charged in the simple past is the speaker's charge, no narration (review45b #4)
  [
    'Oren Teal said the depot plan was "a betrayal" and the developers lied about its cost.',
    'Oren Teal said: the depot plan was "a betrayal" and the developers lied about its cost',
  ],
  [
    'Oren Teal said the sale was "a scandal" and the board deceived the town.',
    'Oren Teal said: the sale was "a scandal" and the board deceived the town',
  ],
  // a second verb of charging whose subject is the speaker goes on with the report
  [
    'Oren Teal said the deal was "a disgrace" and accused the board of hiding its costs.',
    'Oren Teal said: the deal was "a disgrace" and accused the board of hiding its costs',
  ],
  [
    'Oren Teal said the depot was a bold gamble and residents welcomed the jobs.',
    'Oren Teal said: the depot was a bold gamble and residents welcomed the jobs',
  ],
];

for (const [text, expected] of STAYS)
  test(`a report goes on past its closing quote: ${text}`, () => {
    assert.deepEqual(said(text), [expected]);
  });
