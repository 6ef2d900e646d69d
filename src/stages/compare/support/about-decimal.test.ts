import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// "about" before a decimal tells its last digit, roughly (text/quantities-agree.ts qualifierRange):
// closing-s31 saw "about 6. 0" (a scraper's space) held to tell the 5.6 of one quake. Invented sentences.
describe('a decimal told "about" against another decimal', () => {
  testVerdicts([
    [
      'about 6.0 against 5.6, the point spaced by a scraper: another value (fails before: supports)',
      'A quake with a magnitude of about 6. 0 struck Orrin island on Sunday.',
      'A quake with a magnitude of 5.6 struck Orrin island on Sunday.',
      'contradicts',
    ],
    [
      'about 6.0 against 5.9: told alike',
      'A quake with a magnitude of about 6.0 struck Orrin island on Sunday.',
      'A quake with a magnitude of 5.9 struck Orrin island on Sunday.',
      'supports',
    ],
  ]);
});
