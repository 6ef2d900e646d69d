import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article } from '../../../test/store/invented-feed.ts';
import { createContext } from '../../model/index.ts';
import { openStore } from '../index.ts';
import type { Store } from '../types.ts';
import { copySample } from './copies.ts';
import { ingestInto } from './index.ts';

// An invented wire story long enough to be sampled, and what republishers make of it.
const WIRE = [
  'Rescue crews in the mountain town of Velmora worked through the night on Tuesday after a landslide buried the main road and cut off the eastern valley, the regional civil protection office said.',
  'Office spokesperson Ilka Drummond said forty two households had been moved to the school gymnasium and that no one was reported missing, although two drivers were treated for minor injuries.',
  'Engineers from the provincial roads agency expect to reopen one lane by Friday if the slope stays dry, Drummond said, adding that a temporary footbridge would let residents reach the pharmacy.',
  'The valley has seen three slides since the spring floods, and the town council will ask the province for money to build retaining walls along the worst stretch of the road next year.',
];
const original = article('velmora-wire', '2024-05-14', 'Landslide cuts off Velmora valley', ...WIRE);
// a republisher's copy: its own headline, a changed first sentence, the rest as sent
const copyOn = (
  date: string,
  outlet = 'hillside-daily',
  lead = 'Crews worked overnight in Velmora on Tuesday after a landslide buried the main road, officials said.',
) => article(outlet, date, `${outlet}: Velmora valley cut off by landslide`, lead, ...WIRE.slice(1));
const other = article(
  'velmora-wire',
  '2024-05-14',
  'Velmora council approves new library hours',
  'The Velmora town council voted on Tuesday to keep the public library open until nine in the evening on weekdays, starting in June.',
  'Librarian Oskar Pell said the change answered a petition signed by more than three hundred students who study there after school.',
);

const ctx = () => createContext({ now: new Date('2024-06-01T00:00:00Z') });
const byTitle = async (store: Store) => {
  const out = new Map<string, { id: string; from: string | null; note: string | null }>();
  for await (const a of store.articles())
    out.set(a.article.title ?? '', {
      id: a.article.id,
      from: a.article.syndicatedFrom,
      note: a.article.syndicationNote,
    });
  return out;
};

test('the invented wire text is long enough to be found by its samples', () => {
  const text = WIRE.join('\n\n');
  assert.ok(copySample(text).length >= 4, `${copySample(text).length} samples`);
  assert.deepEqual(
    copySample(text),
    copySample(text.toUpperCase()),
    'sampled as the syndicate stage reads words',
  );
});

test('the samples are the ones stores already hold: the hash of a text never changes', () => {
  // taken from the code before the FNV-1a steps moved to text/hash.ts: a stored sample must match a
  // new article's, or a copy of an article stored before an upgrade is not found
  assert.deepEqual(
    copySample(WIRE.join('\n\n')),
    [616913088, 1483899104, 1936166368, 2648761392, 3038362992, 1406356720, 2110394080, 784194848],
  );
});

test('a copy of an article stored by an earlier ingest is linked to it; one weeks later, or another text, is not', async () => {
  const store = await openStore(':memory:');
  await ingestInto(store, [original, other], {}, ctx());
  const next = await ingestInto(store, [copyOn('2024-05-15')], {}, ctx());
  assert.equal(next.copiesOfStored, 1);
  const late = await ingestInto(store, [copyOn('2024-06-20', 'valley-times')], {}, ctx());
  assert.equal(late.copiesOfStored, 0);
  const stored = await byTitle(store);
  const wire = stored.get('Landslide cuts off Velmora valley');
  const copies = [...stored.values()].filter((a) => a.from !== null);
  // the late copy has the first copy's text word for word: another outlet's article (midreview32
  // finding 13), linked by its text to the wire's original, not found by the samples
  assert.equal(copies.length, 2);
  assert.deepEqual(
    copies.map((a) => a.from),
    [wire?.id, wire?.id],
  );
  assert.match(copies[0]?.note ?? '', new RegExp(`near-duplicate of the stored article ${wire?.id}: \\d+%`));
  assert.match(copies[1]?.note ?? '', new RegExp(`^the same text as the stored article ${copies[0]?.id}$`));
  assert.equal(stored.get('Velmora council approves new library hours')?.from, null);
  await store.close();
});

test('copies in different batches of one ingest are linked, to the first original of a chain', async () => {
  const store = await openStore(':memory:');
  const summary = await ingestInto(
    store,
    [
      original,
      other,
      copyOn('2024-05-15'),
      copyOn('2024-05-16', 'valley-times', 'A landslide in Velmora buried the main road on Tuesday.'),
    ],
    { batchSize: 1 },
    ctx(),
  );
  assert.equal(summary.copiesOfStored, 2);
  const stored = await byTitle(store);
  const wire = stored.get('Landslide cuts off Velmora valley')?.id;
  assert.deepEqual(
    [...stored.values()].filter((a) => a.from !== null).map((a) => a.from),
    [wire, wire],
  );
  // the grouping reads them as copies too (a story's title is never taken from one)
  const copyIds = new Set([...stored.values()].filter((a) => a.from !== null).map((a) => a.id));
  for await (const row of store.featuresSince(null))
    assert.equal((row.features as { syndicated: boolean }).syndicated, copyIds.has(row.id), row.id);
  await store.close();
});

test("a copy linked within its ingest names its original's store id in its note, as in syndicatedFrom", async (t) => {
  // one batch of two files; one bundle of both, stored a record a batch (the original in an earlier
  // batch of the chunk)
  const decode = (file: { bytes: Uint8Array }) => new TextDecoder().decode(file.bytes);
  const bundle = {
    path: 'velmora.jsonl',
    bytes: new TextEncoder().encode(`${decode(original)}\n${decode(copyOn('2024-05-15'))}\n`),
  };
  const cases: [string, { path: string; bytes: Uint8Array }[], number][] = [
    ['one batch', [original, copyOn('2024-05-15')], 10],
    ['two batches of one chunk', [bundle], 1],
  ];
  for (const [what, files, batchSize] of cases) {
    const store = await openStore(':memory:');
    t.after(() => store.close());
    // stored first, so the new articles' store ids differ from their places in the ingest
    await ingestInto(store, [other], {}, ctx());
    await ingestInto(store, files, { batchSize }, ctx());
    const copy = (await byTitle(store)).get('hillside-daily: Velmora valley cut off by landslide');
    assert.equal(copy?.from, 'a2', what);
    assert.match(copy?.note ?? '', /^near-duplicate of a2: \d+%/, what);
  }
});
