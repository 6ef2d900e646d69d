import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { ingest } from './index.ts';
import {
  type ManifestEntry,
  manifestOutlets,
  manifestRowNames,
  matchManifest,
  parseManifest,
} from './manifest.ts';

// the rows as JSON would show them (absent fields left out)
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const CSV = [
  'file,outlet,url,publishedAt,leaning',
  '01-courier.txt,The Norhaven Courier,https://www.norhaven-courier.example/a,2025-03-03,centre-left',
  '"feeds/02 tribune.txt","Tidewater Tribune, The",,2025-03-04T08:00:00Z,',
  'wire.jsonl#2,Quayside Wire,,,',
].join('\n');

test('parseManifest reads CSV (quoted cells, blanks as absent) and JSON (array or {files})', () => {
  const rows = parseManifest(CSV);
  assert.deepEqual(rows[0], {
    file: '01-courier.txt',
    outlet: 'The Norhaven Courier',
    url: 'https://www.norhaven-courier.example/a',
    publishedAt: '2025-03-03',
    leaning: 'centre-left',
  });
  assert.deepEqual(plain(rows[1]), {
    file: 'feeds/02 tribune.txt',
    outlet: 'Tidewater Tribune, The',
    publishedAt: '2025-03-04T08:00:00Z',
  });
  assert.equal(rows.length, 3);
  const json = parseManifest(
    '{"files":[{"file":"a.txt","outlet":"Harbour Daily","url":null,"published_at":"2025-03-05"}]}',
  );
  assert.deepEqual(plain(json), [{ file: 'a.txt', outlet: 'Harbour Daily', publishedAt: '2025-03-05' }]);
  assert.equal(parseManifest('File,Outlet,Published_At\na.txt,X,2025-01-02')[0]?.publishedAt, '2025-01-02');
});

test('parseManifest: a malformed manifest is one line naming the problem', () => {
  const bad: [string, RegExp][] = [
    ['', /empty/],
    ['outlet,url\nHarbour Daily,', /header row with the columns file/],
    ['[{"file": "a.txt"', /invalid JSON/],
    ['[]', /lists no files/],
    ['{"file": "a.txt"}', /expected array/i],
    [
      'file,url\na.txt,ftp://x.example/a',
      /line 2 \(a\.txt\): url must be an http\(s\) URL, not "ftp:\/\/x\.example\/a"$/,
    ],
    [
      'file,publishedAt\na.txt,2025-03-03\nb.txt,last Tuesday',
      /line 3 \(b\.txt\): publishedAt must be an ISO date .*, not "last Tuesday"$/,
    ],
    [
      'file,publishedAt\na.txt,2025-03-03\nb.txt,2025-13-12',
      /line 3 \(b\.txt\): publishedAt must be an ISO date .*, not "2025-13-12"$/,
    ],
    ['file,leaning\na.txt,left', /line 2 \(a\.txt\): leaning needs an outlet$/],
    ['file,outlet\n,X', /line 2: file is empty/],
    ['file,outlet\n"a.txt,X', /unterminated/],
  ];
  for (const [text, message] of bad) {
    assert.throws(() => parseManifest(text), message, JSON.stringify(text));
    assert.throws(
      () => parseManifest(text),
      (e: Error) => !e.message.includes('\n'),
    );
  }
});

test('parseManifest: every bad row is one line, named by the line she sees in the file', () => {
  const csv = [
    'outlet,file,publishedAt',
    'Harbour Daily,a.txt,2026-12-03',
    'Quay Radio,b.txt,06/12/2026',
    '',
    'Pier Post,c.txt,yesterday',
    'Marl FM,e.txt,25/10/2026',
    'Quay Radio,f.txt,07.07.2026',
    'Bay Echo,g.txt,13/13/2026',
    'Bay Echo,h.txt,31/02/2026',
    'Bay Echo,d.txt,2026-12-04',
  ].join('\n');
  assert.throws(
    () => parseManifest(csv),
    (e: Error) =>
      e.message ===
      [
        'manifest: line 3 (b.txt): publishedAt must be an ISO date (YYYY-MM-DD, or a date-time), not "06/12/2026" (day and month either way round: write it 2026-12-06 or 2026-06-12)',
        'manifest: line 5 (c.txt): publishedAt must be an ISO date (YYYY-MM-DD, or a date-time), not "yesterday"',
        'manifest: line 6 (e.txt): publishedAt must be an ISO date (YYYY-MM-DD, or a date-time), not "25/10/2026" (write it 2026-10-25)',
        'manifest: line 7 (f.txt): publishedAt must be an ISO date (YYYY-MM-DD, or a date-time), not "07.07.2026" (write it 2026-07-07)',
        'manifest: line 8 (g.txt): publishedAt must be an ISO date (YYYY-MM-DD, or a date-time), not "13/13/2026"',
        // no such day either way round (review32-A: 'write it 2026-02-31' before)
        'manifest: line 9 (h.txt): publishedAt must be an ISO date (YYYY-MM-DD, or a date-time), not "31/02/2026"',
      ].join('\n'),
  );
  // JSON rows by their place in the list; a row with two faults is one line
  assert.throws(
    () => parseManifest('[{"file":"a.txt"},{"file":"b.txt","url":"ftp://x","publishedAt":"soon"}]'),
    (e: Error) => e.message === 'manifest: row 2 (b.txt): url must be an http(s) URL, not "ftp://x"',
  );
  assert.deepEqual(manifestRowNames('\nfile,outlet\na.txt,X\n\nb.txt,Y\n'), ['line 3', 'line 5']);
  // a cell holding a line break: rows no longer match lines, and are told by rows
  assert.deepEqual(manifestRowNames('file,outlet\na.txt,"X\nY"\nb.txt,Z'), []);
});

test('matchManifest: exact path, path beside the manifest, or a base name; unmatched and ambiguous rows', () => {
  const entry = (file: string): ManifestEntry => ({
    file,
    outlet: undefined,
    url: undefined,
    publishedAt: undefined,
    leaning: undefined,
  });
  const inputs = [
    'news/01-courier.txt',
    'news/feeds/02 tribune.txt',
    'news/wire.jsonl',
    'other/01-courier.md',
  ];
  const { byInput, unmatched } = matchManifest(
    [entry('01-courier.txt'), entry('./feeds/02 tribune.txt'), entry('wire.jsonl#2'), entry('gone.txt')],
    inputs,
    'news',
  );
  assert.deepEqual(
    [...byInput.keys()],
    ['news/01-courier.txt', 'news/feeds/02 tribune.txt', 'news/wire.jsonl#2'],
  );
  assert.deepEqual(unmatched, [entry('gone.txt')]);
  assert.equal(matchManifest([entry('news/01-courier.txt')], inputs).byInput.size, 1);
  assert.throws(
    () => matchManifest([entry('a.txt')], ['x/a.txt', 'y/a.txt']),
    /row 1 \(a.txt\) matches 2 inputs/,
  );
  assert.throws(
    () => matchManifest([entry('a.txt'), entry('x/a.txt')], ['x/a.txt']),
    /row 1 and row 2 both describe x\/a.txt/,
  );
});

test('ingest: manifest values win over the input and are recorded as coming from the manifest', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const manifest = matchManifest(parseManifest(CSV), ['in/01-courier.txt', 'in/wire.jsonl'], 'in').byInput;
  const raws = ingest({ manifest })(
    [
      { path: 'in/01-courier.txt', bytes: bytes('A short article about the ferry.') },
      {
        path: 'in/wire.jsonl',
        bytes: bytes(
          '{"text":"First.","outlet":"Old Name"}\n{"text":"Second.","outlet":"Old Name","url":"https://q.example/2"}',
        ),
      },
    ],
    createContext(),
  );
  assert.deepEqual(raws[0]?.given, {
    outlet: 'The Norhaven Courier',
    url: 'https://www.norhaven-courier.example/a',
    publishedAt: '2025-03-03',
  });
  assert.deepEqual(raws[0]?.givenSources, { outlet: 'manifest', url: 'manifest', publishedAt: 'manifest' });
  assert.deepEqual(raws[1]?.given, { outlet: 'Old Name' });
  assert.equal(raws[1]?.givenSources, undefined);
  assert.deepEqual(raws[2]?.given, { outlet: 'Quayside Wire', url: 'https://q.example/2' });
  assert.deepEqual(raws[2]?.givenSources, { outlet: 'manifest' });
});

test('manifestOutlets: one row per outlet given a leaning, with the domains of its URLs', () => {
  const rows = parseManifest(
    'file,outlet,url,leaning\na.txt,Harbour Daily,https://www.harbour-daily.example/1,right\nb.txt,Harbour Daily,https://m.harbour-daily.example/2,right\nc.txt,Quayside,,',
  );
  assert.deepEqual(manifestOutlets(rows), [
    {
      name: 'Harbour Daily',
      domains: ['harbour-daily.example'],
      leaning: 'right',
      owner: null,
    },
  ]);
});
