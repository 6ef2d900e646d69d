import assert from 'node:assert/strict';
import { test } from 'node:test';
import { statedNoteDay } from './note-day.ts';

test("a note's day: the one it states, a weekday only within the page's last change, else none", () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const [may3, may5] = [day('2031-05-03'), day('2031-05-05')];
  const iso = (d: number | null) => (d === null ? null : new Date(d * 86_400_000).toISOString().slice(0, 10));
  assert.equal(iso(statedNoteDay('Correction (May 4): The vote was 5-2.', may3, null)), '2031-05-04');
  assert.equal(iso(statedNoteDay('This article was updated on Monday.', may3, may5)), '2031-05-05');
  // no last change: which Monday is not known
  assert.equal(statedNoteDay('This article was updated on Monday.', may3, null), null);
  // a day before the article was published is none
  assert.equal(statedNoteDay('Correction (April 2): The vote was 5-2.', may3, null), null);
});
