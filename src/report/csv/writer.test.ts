import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseCsv } from '../../stages/compare/user-files.ts';
import { csvField, csvRows, csvTable } from './writer.ts';

test('csvField: quotes what must be quoted, doubles quotation marks, leaves the rest bare', () => {
  const cases: [string | number | null | undefined, string][] = [
    ['Bay Times', 'Bay Times'],
    ['Harbour "Gazette"', '"Harbour ""Gazette"""'],
    ['7, then 2', '"7, then 2"'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\r\nreturn', '"carriage\r\nreturn"'],
    [' padded ', '" padded "'],
    ['✓', '✓'],
    [0.71, '0.71'],
    [-0.33, '-0.33'],
    [0, '0'],
    [Number.NaN, ''],
    [null, ''],
    [undefined, ''],
    ['', ''],
  ];
  for (const [value, expected] of cases) assert.equal(csvField(value), expected, JSON.stringify(value));
});

test('csvField: text a spreadsheet would run as a formula is made inert; a signed number is not', () => {
  const cases: [string, string][] = [
    ['=HYPERLINK("http://x.example","go")', '"\'=HYPERLINK(""http://x.example"",""go"")"'],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['-0.71', '-0.71'],
    ['+3', '+3'],
    ['a = b', 'a = b'],
    ['—', '—'],
  ];
  for (const [value, expected] of cases) assert.equal(csvField(value), expected, JSON.stringify(value));
});

test('csvTable: a header and rows, each line ended by CRLF; a row of another width is a bug', () => {
  assert.equal(
    csvTable(
      ['story', 'article'],
      [
        ['s1', 'a1'],
        ['s1', null],
      ],
    ),
    'story,article\r\ns1,a1\r\ns1,\r\n',
  );
  assert.equal(csvTable(['story'], []), 'story\r\n');
  assert.throws(() => csvTable(['story', 'article'], [['s1']]), /a CSV row of 1 fields under a header of 2/);
});

test("csvRows: a table written a part at a time (its header, then each part's rows) is the table written whole", () => {
  const header = ['story', 'quote'];
  const parts = [
    [['s1', 'We will "rebuild", she said']],
    [],
    [
      ['s2', '=1+1'],
      ['s2', null],
    ],
  ];
  assert.equal(
    csvTable(header, []) + parts.map((rows) => csvRows(header, rows)).join(''),
    csvTable(header, parts.flat()),
  );
  assert.throws(() => csvRows(header, [['s1']]), /a CSV row of 1 fields under a header of 2/);
});

// What a field reads back as: itself, an apostrophe before text that would run as a formula.
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const readBack = (field: string) => (/^[=+\-@\t\r]/.test(field) && !NUMBER.test(field) ? `'${field}` : field);

test('csvTable: any fields read back the same through an RFC 4180 reader (the one manifests are read with)', () => {
  const tricky = fc.constantFrom(
    ',',
    '"',
    '\n',
    '\r',
    '\r\n',
    ' ',
    '=',
    '+',
    '-',
    '@',
    '\t',
    'a',
    'é',
    '✓',
    '1',
    '.',
  );
  const field = fc.oneof(fc.string({ unit: tricky }), fc.string({ unit: 'binary' }));
  fc.assert(
    fc.property(fc.array(field, { minLength: 1, maxLength: 6 }), (fields) => {
      // a leading field that is never blank: the reader drops a row of blank fields
      const header = ['row', ...fields.map((_, i) => `c${i}`)];
      const rows = parseCsv(csvTable(header, [['r', ...fields]]));
      assert.deepEqual(rows, [header, ['r', ...fields.map(readBack)]]);
    }),
    { numRuns: 500 },
  );
});
