import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// A figure told "about" is stated by a plain figure of another outlet only when that figure's value
// lies within what "about" allows, not when the plain figure's own rounding and a conversion's slack,
// added to that reach, meet it (midreview32 finding 14: "about 1.2 million" was held stated by "1.4
// million", 17% above it). Invented sentences.
describe('a figure told "about" against a plain figure of another outlet', () => {
  testVerdicts([
    [
      'about 1.2 million against 1.4 million people: not stated (fails before: supports)',
      'The Tarrow flood forced about 1.2 million people from their homes, officials said.',
      'The Tarrow flood forced 1.4 million people from their homes, officials said.',
      'not supports',
    ],
    [
      'a magnitude of about 1.2 against 1.4: not stated (fails before: supports)',
      'The Kell tremor had a magnitude of about 1.2, the survey office said.',
      'The Kell tremor had a magnitude of 1.4, the survey office said.',
      'not supports',
    ],
    [
      'about 300 against 350 homes: not stated (fails before: supports)',
      'The storm cut power to about 300 homes in Orrin, the supplier said.',
      'The storm cut power to 350 homes in Orrin, the supplier said.',
      'not supports',
    ],
    [
      'the other way round, 1.4 million against about 1.2 million: not stated',
      'The Tarrow flood forced 1.4 million people from their homes, officials said.',
      'The Tarrow flood forced about 1.2 million people from their homes, officials said.',
      'not supports',
    ],
    [
      'about 0.5 against 0.7: another value',
      'The Kell tremor had a magnitude of about 0.5, the survey office said.',
      'The Kell tremor had a magnitude of 0.7, the survey office said.',
      'not supports',
    ],
    // guards: a plain value within what "about" allows states it
    [
      'about 1.2 million against 1.3 million people: stated',
      'The Tarrow flood forced about 1.2 million people from their homes, officials said.',
      'The Tarrow flood forced 1.3 million people from their homes, officials said.',
      'supports',
    ],
    [
      'about 300 against 320 homes: stated',
      'The storm cut power to about 300 homes in Orrin, the supplier said.',
      'The storm cut power to 320 homes in Orrin, the supplier said.',
      'supports',
    ],
    [
      'nearly 50,000 against 50,000 people: stated',
      'Nearly 50,000 people marched through Tarrow on Saturday, police said.',
      'Police said 50,000 people marched through Tarrow on Saturday.',
      'supports',
    ],
    [
      'at least 40 against 41 boats: stated',
      'At least 40 boats joined the Orrin regatta on Sunday, organisers said.',
      'Organisers said 41 boats joined the Orrin regatta on Sunday.',
      'supports',
    ],
  ]);
});
