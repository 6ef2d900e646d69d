import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import { ingestInto } from './index.ts';

// newuser23 #12: a wire story saved from a second paper, no outlet given, was left out as "1 already
// stored (1 by text)" with no word of which file it was. Invented text.
const TEXT = [
  'Harlow Bay (Coast Wire) — Two ferries collided outside Harlow Bay harbour on Friday morning, and eleven passengers were treated for minor injuries, the coastguard said.',
  'Both ferries returned to port under their own power, and the harbour master closed the outer channel until divers had checked the hulls.',
].join('\n\n');
const file = (path: string) => ({ path, bytes: new TextEncoder().encode(TEXT) });
const ctx = () => createContext({ now: new Date('2026-06-01T00:00:00Z') });

test('ingest: a file with the text of another stored file is named with the article it copies', async () => {
  const store = await openStore(':memory:');
  await ingestInto(store, [file('day1/ferry-wire.txt')], {}, ctx());
  const second = ctx();
  const summary = await ingestInto(store, [file('day1/ferry-reprint.txt')], {}, second);
  assert.equal(summary.duplicatesBy.content, 1);
  const notes = second.issues.filter((i) => i.code === 'ingest/same-text');
  assert.equal(notes.length, 1);
  assert.match(notes[0]?.message ?? '', /^day1\/ferry-reprint\.txt = \S+ \(day1\/ferry-wire\.txt\)$/);
  // the same file ingested again is no reprint: nothing to say
  const again = ctx();
  await ingestInto(store, [file('day1/ferry-wire.txt')], {}, again);
  assert.deepEqual(
    again.issues.filter((i) => i.code === 'ingest/same-text'),
    [],
  );
  await store.close();
});
