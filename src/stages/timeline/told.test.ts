import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { predicateAt, saidAt } from './told.ts';

// the stem of the verb the date `date` of one invented sentence belongs to, and whether it is a saying
function predicateOf(text: string, date: string): string | null {
  const [doc] = segmentAll([articleFromText('a', text)], createContext());
  return predicateAt(doc?.sentences[0]?.tokens ?? [], text.indexOf(date));
}
function saying(text: string, date: string): boolean {
  const [doc] = segmentAll([articleFromText('a', text)], createContext());
  return saidAt(doc?.sentences[0]?.tokens ?? [], text.indexOf(date));
}

test('"according to" is no verb of a date: the verb of its clause is, or none', () => {
  // not a saying dated June 16 (what the stage reads as another event than the sale's)
  assert.equal(
    saying(
      'The Q7 phone will be available on the Norvale website June 16, according to the carrier.',
      'June 16',
    ),
    false,
  );
  assert.equal(saying('The carrier said on June 16 that the Q7 phone was available.', 'June 16'), true);
  assert.equal(
    predicateOf(
      'The Q7 phone will be available on the Norvale website June 16, according to the carrier.',
      'June 16',
    ),
    null,
  );
  assert.equal(
    predicateOf('On June 16, according to the carrier, the Norvale store opened its doors.', 'June 16'),
    'open',
  );
  // a verb before the date is still its verb
  assert.equal(
    predicateOf('The Norvale store opened on June 16, according to the carrier.', 'June 16'),
    'open',
  );
});
