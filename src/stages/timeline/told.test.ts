import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { predicateAt, saidAt, verbOfDate } from './told.ts';

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

test('verbOfDate says which way it found the verb: before the date, or with none before, after it', () => {
  const found = (text: string, date: string) => {
    const [doc] = segmentAll([articleFromText('a', text)], createContext());
    const tokens = doc?.sentences[0]?.tokens ?? [];
    const { verb, copula, onlyAfter } = verbOfDate(tokens, text.indexOf(date));
    return [tokens[verb]?.text ?? null, copula, onlyAfter];
  };
  assert.deepEqual(found('The ferry sailed on Monday from Vell.', 'Monday'), ['sailed', false, false]);
  assert.deepEqual(found('On Monday the ferry sailed from Vell.', 'Monday'), ['sailed', false, true]);
  assert.deepEqual(found('The pier was busy on Monday.', 'Monday'), ['was', true, false]);
  // a clause opened between the verb before and the date: the verb after it, found after a verb
  assert.deepEqual(found('The ferry was sold, and in May the new owner restarted it.', 'May'), [
    'restarted',
    false,
    false,
  ]);
});
