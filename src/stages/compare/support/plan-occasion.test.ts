import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { modalityOf } from './modality.ts';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for planned vs happened (issue 10, the blind dev round dev-planned-2026-12-07 and
// the older dev pairs): one event told twice in two moods is kept; a done event that is another
// occasion, a habit, an aside on a noun or no event at all is not the plan's; one day or one figure
// in digits on both sides tells one event whatever names each side gives. Each row fails without
// its rule.
const CASES: readonly VerdictCase[] = [
  [
    'a habit: "would wander" against "routinely wandered"',
    'Bruno Ott would wander the streets of Eastbank in a tattered bathrobe.',
    'Bruno Ott routinely wandered the streets of Eastbank in a tattered bathrobe.',
    'not planned-vs-happened',
  ],
  [
    'another occasion: "previously hosted … in 2019"',
    'Mara Vell will host the Harbour Awards.',
    'Mara Vell previously hosted the Harbour Awards in 2019.',
    'not planned-vs-happened',
  ],
  [
    'another occasion: a year by the done verb only',
    'Mara Vell will host the Harbour Awards.',
    'Mara Vell hosted the Harbour Awards in 2019.',
    'not planned-vs-happened',
  ],
  [
    'a participle that says who did it describes its noun ("the 2019 awards hosted by")',
    'Mara Vell will host the Harbour Awards.',
    'The Harbour Awards hosted by Mara Vell drew a record audience.',
    'not planned-vs-happened',
  ],
  [
    '"has been hosting" is going on, not done',
    'Mara Vell will host the Harbour Awards.',
    'Mara Vell has been hosting the Harbour Awards for a decade.',
    'not planned-vs-happened',
  ],
  [
    'a wish: "would like to thank" plans nothing',
    'I would like to thank the jury and my whole family.',
    'I like to thank the jury and my whole family, Vell wrote on her feed.',
    'not planned-vs-happened',
  ],
  [
    'a plan in a relative clause is an aside on a noun',
    'On May 3, a jury in Eastbank convicted Bruno Ott of murder in the death of his wife, Ada, and of his unborn son, whom the couple were planning to name Leo.',
    'Ott, a 41-year-old ferry pilot, showed no emotion as the foreman read a finding of murder in the death of Ada and of their unborn son, whom the couple had named Leo.',
    'not planned-vs-happened',
  ],
  [
    'a part of a compound word ("built-in") is no verb',
    'The Vega phone will have a built-in radio and a music player.',
    'The Vega phone features a built-in radio and a music player.',
    'not planned-vs-happened',
  ],
  [
    "a participle after a noun of a preposition's phrase takes its clause's mood",
    'The Vega phone will include a memory slot and a 256 MB card.',
    'The Vega phone will feature a camera and a memory slot with a 256 MB card included in the box.',
    'not planned-vs-happened',
  ],
  // kept: one event in two moods, found by one day or one figure told on both sides
  [
    'one day on both sides: a meeting planned and held, other names given',
    'Mayor Ana Berg said the city would meet the ferry union and the port operators later on Tuesday.',
    'The deal followed a four-hour meeting on Tuesday between the city, the Eastbank Transit Authority, the ferry union and the port operators.',
    'planned-vs-happened',
  ],
  [
    'one figure in digits on both sides: a season total told ahead and done',
    'Ivo Pell will finish the year with 612 yards rushing and three touchdowns.',
    'The former Dayton star finished his second season in Norhaven with just 612 yards and three touchdowns on 140 carries.',
    'planned-vs-happened',
    'the strict reading (plan-subject.ts) needs the named subject ("Ivo Pell") told by the other sentence, not "the former Dayton star"',
  ],
  [
    'one event told by two verbs of one class ("will name" / "nominated")',
    'The president will name Dr. Ada Lind as surgeon general on Friday.',
    'The president nominated Dr. Ada Lind as surgeon general on Friday.',
    'planned-vs-happened',
  ],
  [
    '"named" states "appointed"',
    'Coach Ida Berg was named interim manager.',
    'Coach Ida Berg was appointed interim manager.',
    'supports',
  ],
];

describe('planned vs happened: one occasion, one event (invented pairs)', () => testVerdicts(CASES));

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

describe('a modal before an aside', () => {
  test('"would, in its words, remove" is planned', () =>
    assert.equal(
      modalityOf(tokensOf('The council would, in its words, remove the ferry subsidy.')).modality,
      'planned',
    ));
});
