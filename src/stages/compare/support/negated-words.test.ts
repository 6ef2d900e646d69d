import { describe } from 'node:test';
import { testVerdicts } from './verdict-of.ts';

// One word said of the subject, negated on one side (negated-words.ts).
describe('negated words', () => {
  testVerdicts([
    [
      'guilty against not guilty',
      'The jury found Ole Brandt guilty of fraud.',
      'The jury found Ole Brandt not guilty of fraud.',
      'contradicts',
    ],
    [
      'not guilty of another charge',
      'The jury found Ole Brandt guilty of fraud but not guilty of theft.',
      'The jury found Ole Brandt guilty of fraud.',
      'not contradicts',
    ],
  ]);
});
