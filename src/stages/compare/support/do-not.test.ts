import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { modalityOf } from './index.ts';
import { judgementOf } from './verdict-of.ts';

// "did not close", "did not complete": wink tags the verb after "did not" an adjective, so the
// clause had no predicate, its negation went unread and "did not close the pier" was judged a
// support of "closed the pier" (found by bench/support-metamorphic.ts, the negated kind).
const tokensOf = (text: string) => {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  return doc?.sentences[0]?.tokens ?? [];
};

describe('a verb after "did not" is negated, whatever it is tagged', () => {
  for (const sentence of [
    'The Ardmere council did not close the harbour pier on Monday.',
    "The Ardmere council didn't close the harbour pier on Monday.",
    'Dana Oren did not complete her training at the Vessmark clinic.',
  ])
    test(sentence, () => assert.equal(modalityOf(tokensOf(sentence)).negated, true));

  test('"did not close" is no support of "closed"', () => {
    const j = judgementOf(
      'The Ardmere council closed the harbour pier on Monday.',
      'The Ardmere council did not close the harbour pier on Monday.',
    );
    assert.notEqual(j.verdict, 'supports', j.reason);
  });
  test('"did not complete" is no support of "completed"', () => {
    const j = judgementOf(
      'Dana Oren completed her training at the Vessmark clinic.',
      'Dana Oren did not complete her training at the Vessmark clinic.',
    );
    assert.notEqual(j.verdict, 'supports', j.reason);
  });
  test('"did not close" still supports "did not close"', () => {
    const j = judgementOf(
      'The Ardmere council did not close the harbour pier on Monday.',
      'On Monday the Ardmere council did not close the harbour pier.',
    );
    assert.equal(j.verdict, 'supports', j.reason);
  });
});
