import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// A time told by a word ("immediately", "at once") is the claim's time: a date of the same event
// instead, or no time, does not state it (newuser13 #1: "will close immediately" was ✓ by "will
// close on March 1, 2027"). Invented sentences.

describe('a time word of the claim', () => {
  testVerdicts([
    [
      'a date instead of "immediately" does not state it',
      'The Orlin, Pessick and Tam branches will close immediately.',
      'The Orlin, Pessick and Tam branches will close on March 1, 2027.',
      'not supports',
    ],
    [
      'a month instead of "at once" does not state it',
      'The Dunmore council will shut the Orlin depot at once.',
      'The Dunmore council will shut the Orlin depot in March.',
      'not supports',
    ],
    [
      'no time at all does not state "with immediate effect"',
      'The Dunmore council suspended Ilse Varto with immediate effect.',
      'The Dunmore council suspended Ilse Varto.',
      'not supports',
    ],
    [
      'another time word of the same meaning states it',
      'The Orlin, Pessick and Tam branches will close immediately.',
      'The Orlin, Pessick and Tam branches will close at once.',
      'supports',
    ],
    [
      '"immediately after" times another event: the claim is held without the word',
      'Police in Dunmore arrested Ilse Varto immediately after the Orlin vote.',
      'Police in Dunmore arrested Ilse Varto after the Orlin vote.',
      'supports',
    ],
    [
      'a time word on the candidate side only adds a detail',
      'Police in Dunmore arrested Ilse Varto on Tuesday.',
      'Police in Dunmore immediately arrested Ilse Varto on Tuesday.',
      'supports',
    ],
  ]);
});
