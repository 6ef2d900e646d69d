import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import {
  RECURRING_WEEKDAY_STEPS,
  RECURRING_WEEKDAY_WORDS,
  SAME_DAY_WEEKDAY_WORDS,
} from '../../../text/data/weekday-cues.ts';
import { dayOf, isoOf } from '../../../text/dates/days.ts';
import { findDateMentions } from '../../../text/dates/mentions.ts';
import { resolveDate } from '../../../text/dates/resolve.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { claimDates } from './dates.ts';

// The shared date reader (timeline, grouping, summary) and compare's read one list of the words
// around a weekday (text/data/weekday-cues.ts): each sentence gets the same days from both.
// Written on Monday 2031-05-05; invented sentences.
const WRITTEN = '2031-05-05';

function shared(sentence: string): string[] {
  const reference = dayOf(2031, 5, 5);
  return findDateMentions(sentence)
    .map((m) => resolveDate(m, reference))
    .filter((r) => r !== null)
    .map((r) => isoOf(r.day));
}

function compared(sentence: string): string[] {
  const [doc] = segmentAll([articleFromText('a1', sentence)], createContext());
  const tokens = doc?.sentences[0]?.tokens ?? [];
  return claimDates(tokens, WRITTEN, 'planned', () => false).map((d) => {
    const [month, day] = (d.monthDay ?? '').split('-').map(Number);
    return isoOf(dayOf(d.year ?? 0, month ?? 0, day ?? 0) ?? 0);
  });
}

test('every recurring weekday form of the list is no day, for both readers', () => {
  for (const word of RECURRING_WEEKDAY_WORDS)
    for (const step of ['', ...RECURRING_WEEKDAY_STEPS]) {
      const sentence = `The Velmar ferry will run ${word} ${step ? `${step} ` : ''}Friday.`;
      assert.deepEqual(shared(sentence), [], sentence);
      assert.deepEqual(compared(sentence), [], sentence);
    }
});

test('a weekday after a same-day word of the list is that day, as after "this", for both readers', () => {
  for (const word of SAME_DAY_WEEKDAY_WORDS)
    for (const sentence of [
      `The Velmar council will meet ${word} Monday.`,
      `The Velmar council will meet ${word} on Monday.`,
    ]) {
      // the shared reader reads the word as the weekday's cue, shift 0 ("this"), not as no cue
      const [mention] = findDateMentions(sentence);
      assert.ok(mention?.text.startsWith(word), sentence);
      assert.equal(mention?.value.kind === 'weekday' ? mention.value.shift : undefined, 0, sentence);
      assert.deepEqual(shared(sentence), [WRITTEN], sentence);
      assert.deepEqual(compared(sentence), [WRITTEN], sentence);
    }
});
