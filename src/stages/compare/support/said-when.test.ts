import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs (issue 10, session 42): a day after a verb of saying and the occasion of the saying
// ("said at a news conference Wednesday") dates the saying, not the event, so the event's own day is
// the sentence's one day; a day of what is said, with no occasion between, stays the event's.
const CASES: readonly VerdictCase[] = [
  [
    'the day of a news conference is the saying’s: the arrest’s own day is another',
    'Velmar’s attorney general Ada Lind confirmed that Tomas Venn and Ole Brandt were arrested Wednesday.',
    'Tomas Venn, 52, and Ole Brandt, 44, were arrested by harbour police on Tuesday, Ada Lind said at a news conference Wednesday.',
    'contradicts',
  ],
  [
    'the same arrest on the same day, told at a news conference the next day',
    'Velmar’s attorney general Ada Lind confirmed that Tomas Venn and Ole Brandt were arrested Tuesday.',
    'Tomas Venn, 52, and Ole Brandt, 44, were arrested by harbour police on Tuesday, Ada Lind said at a news conference Wednesday.',
    'not contradicts',
  ],
  [
    'the listener of a verb of telling ("told reporters on Friday") is no event of that day',
    'Harbour police arrested Ole Brandt on Thursday near the ferry pier in Vessmark.',
    'Harbour police arrested Ole Brandt near the ferry pier in Vessmark, chief Tove Hale told reporters on Friday.',
    'not contradicts',
  ],
  [
    'a statement on a day: the day of the saying',
    'Harbour police arrested Ole Brandt on Thursday near the ferry pier in Vessmark.',
    'Harbour police arrested Ole Brandt near the ferry pier in Vessmark, chief Tove Hale said in a statement on Friday.',
    'not contradicts',
  ],
];

describe('a day after the occasion of a saying dates the saying (said-when.ts)', () => testVerdicts(CASES));
