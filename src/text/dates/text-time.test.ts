import assert from 'node:assert/strict';
import test from 'node:test';
import { clearlyLater, lastTextTime, textTime, textTimeAt, textTimeShown } from './text-time.ts';

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

test('a text written clearly later than another: its last time more than a few hours after, or a later day', () => {
  const morning = { publishedAt: '2031-05-05T09:00:00Z' };
  const live = { publishedAt: '2031-05-05T09:00:00Z', modifiedAt: '2031-05-05T18:45:00Z' };
  assert.equal(lastTextTime(live), live.modifiedAt);
  assert.equal(
    lastTextTime({ publishedAt: live.modifiedAt, modifiedAt: morning.publishedAt }),
    live.modifiedAt,
  );
  assert.equal(lastTextTime({ modifiedAt: '2031-05-05' }), '2031-05-05');
  assert.equal(clearlyLater(live, morning), true);
  assert.equal(clearlyLater(morning, live), false);
  // two hours apart, in two zones: about the same time
  assert.equal(
    clearlyLater({ publishedAt: '2031-05-05T12:00:00+02:00' }, { publishedAt: '2031-05-05T08:00:00Z' }),
    false,
  );
  // a day alone against a time of that day is one news cycle; a later day is later
  assert.equal(
    clearlyLater({ publishedAt: '2026-12-01' }, { publishedAt: '2026-12-01T07:40:00-05:00' }),
    false,
  );
  assert.equal(
    clearlyLater({ publishedAt: '2026-12-02' }, { publishedAt: '2026-12-01T07:40:00-05:00' }),
    true,
  );
  assert.equal(clearlyLater({ publishedAt: '2026-12-02' }, {}), false);
});
