import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// One event told in other words (data/event-phrases.ts: "ran aground" / "struck rocks"), of one
// subject, with another day or another count of those aboard: a contradiction (audit K1); another
// subject or another event of the same one is not. Invented sentences.
const CASES: readonly VerdictCase[] = [
  [
    'another day of one grounding',
    'The ferry ran aground off Lunde Point on Monday evening with 212 people on board.',
    'The ferry struck rocks off Lunde Point on Sunday night with 240 passengers and crew aboard.',
    'contradicts',
  ],
  [
    'another day of one grounding, told in few words',
    'The ferry ran aground on Monday with 212 people aboard.',
    'The ferry struck rocks on Sunday night with 240 aboard.',
    'contradicts',
  ],
  [
    'another count of those aboard, on one day (was contradicts; now related: neither told by one word nor of one thing named alike)',
    'The ferry ran aground off Lunde Point on Monday with 212 people on board.',
    'On Monday the ferry struck rocks off Lunde Point with 240 passengers and crew aboard.',
    'related',
  ],
  [
    'the same day and count',
    'The ferry ran aground off Lunde Point on Monday evening with 212 people on board.',
    'The ferry struck rocks off Lunde Point on Monday evening with 212 people aboard.',
    'not contradicts',
  ],
  [
    'another vessel',
    'The ferry ran aground off Lunde Point on Monday evening with 212 people on board.',
    'A fishing boat struck rocks off Lunde Point on Sunday night with 40 people on board.',
    'not contradicts',
  ],
  [
    'another event of the same ferry',
    'The ferry ran aground off Lunde Point on Monday evening.',
    'The ferry left Lunde Point on Sunday night.',
    'not contradicts',
  ],
  [
    'another day of one fire',
    'A warehouse in Vessmark caught fire on Tuesday.',
    'A warehouse in Vessmark went up in flames on Wednesday.',
    'contradicts',
  ],
  [
    'another day of one fire, "burst" (read as a noun by wink; src/text/tags.ts corrects it)',
    'A warehouse in Vessmark caught fire on Tuesday.',
    'A warehouse in Vessmark burst into flames on Wednesday.',
    'contradicts',
  ],
];

describe('contradiction kinds: one event told in other words', () => {
  testVerdicts(CASES);
});
