import { dict } from './dict.ts';

/**
 * What a count of people measures, by the words that tell it: "killed 12", "12 people died", "left
 * 12 dead", "12 deaths" and "a death toll of 12" are one measure, deaths, told in other words. Used
 * by the contradiction checks (two values of one measure; a count of one measure is no value of
 * another: "14 dead" / "30 injured") and to match an update's new value to the body's earlier one
 * (text/updated-figures.ts). Plain words, general English, compared as stems.
 */
export const MEASURE_WORDS: Readonly<Record<string, readonly string[]>> = dict({
  death: ['kill', 'killed', 'die', 'died', 'dead', 'death', 'deaths', 'fatality', 'perish', 'toll'],
  injury: ['injure', 'injured', 'injury', 'wound', 'wounded', 'hurt'],
  arrest: ['arrest', 'arrested', 'detain', 'detained'],
  missing: ['missing', 'unaccounted'],
  // those a disease reached ("has infected 42 people"): no count of its dead
  infection: ['infect', 'infected', 'infection', 'infections', 'sicken', 'sickened'],
  strike: ['striker', 'strikers'],
});

/**
 * What a count of people measures, told by a phrase after what it counts: "900 drivers walked out",
 * "1,200 drivers joined the strike", "went on strike" and "began a 48-hour strike" tell one measure,
 * those on strike, as "were hurt" and "were injured" tell one (MEASURE_WORDS). Used by the
 * contradiction checks only. Plain words, the verb in its base form (or a past form the stemmer keeps:
 * "fled"); between two words of a phrase,
 * articles, numbers and the words that describe the noun ("a 48-hour strike") are passed over.
 */
export const MEASURE_PHRASES: Readonly<Record<string, readonly string[]>> = dict({
  strike: [
    'walk out',
    'walk off',
    'go on strike',
    'on strike',
    'join strike',
    'begin strike',
    'start strike',
    'stage strike',
    'hold strike',
    'take part in strike',
    'took part in strike',
    'join walkout',
    'begin walkout',
    'stage walkout',
    'take part in walkout',
    'took part in walkout',
    'down tools',
    'stop work',
  ],
  // those who died ("seven people lost their lives"; the stemmer keeps "lives" apart from "life")
  death: ['lose life', 'lost life', 'lose lives', 'lost lives'],
  // those out of their homes ("were forced from their homes", "remain out of their homes")
  evacuation: [
    'evacuate',
    'flee home',
    'fled home',
    'leave home',
    'force from home',
    'move to safety',
    'out of home',
    'remain out of home',
    'stay out of home',
  ],
  // those staying in a shelter: a part of those out of their homes (others stay with family or in
  // hotels), no other value of their count ("900 forced from their homes" / "300 remain in shelters")
  shelter: [
    'shelter',
    'in shelter',
    'at shelter',
    'remain in shelter',
    'remain at shelter',
    'stay in shelter',
    'stay at shelter',
    'sleep in shelter',
    'sleep at shelter',
  ],
  // those who took part in a march or rally (a turnout is no count of the arrested or the hurt)
  turnout: [
    'take part',
    'took part',
    'taken part',
    'turn out',
    'turned out',
    'join march',
    'join protest',
    'join rally',
  ],
});
