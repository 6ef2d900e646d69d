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
});
