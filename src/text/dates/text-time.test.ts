import assert from 'node:assert/strict';
import test from 'node:test';
import { textTime, textTimeAt, textTimeShown } from './text-time.ts';

test('the time of a text: its publication, else its last update, shown as an update', () => {
  const dated = { publishedAt: '2026-12-02T12:30:00-05:00', modifiedAt: '2026-12-02T16:45:00-05:00' };
  assert.deepEqual(textTime(dated), { at: dated.publishedAt, kind: 'published' });
  assert.equal(textTimeShown(dated), '2026-12-02 12:30 UTC-05:00');
  const updated = { publishedAt: null, modifiedAt: '2026-12-03' };
  assert.deepEqual(textTime(updated), { at: '2026-12-03', kind: 'updated' });
  assert.equal(textTimeAt(updated), '2026-12-03');
  assert.equal(textTimeShown(updated), 'updated 2026-12-03');
  assert.equal(textTimeShown({ modifiedAt: '2026-12-03T13:20:00Z' }), 'updated 2026-12-03 13:20 UTC');
  assert.equal(textTime({ publishedAt: ' ', modifiedAt: null }), null);
  assert.equal(textTimeShown({}), null);
});
