import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseCsv, parseOutletTable, parseTermsFile } from './user-files.ts';

test('terms files parse from JSON and CSV', () => {
  assert.deepEqual(parseTermsFile('[{"term":"horde","neutral":"group","note":"dehumanising"}]'), [
    { term: 'horde', neutral: 'group', note: 'dehumanising' },
  ]);
  assert.deepEqual(parseTermsFile('{"terms":[{"term":"mob"}]}'), [{ term: 'mob', neutral: '', note: '' }]);
  assert.deepEqual(parseTermsFile('term,neutral,note\n"sweeping, broad",wide,"says ""big"""\n'), [
    { term: 'sweeping, broad', neutral: 'wide', note: 'says "big"' },
  ]);
});

test('terms files may say which use a term counts: label, act, or blank for every use', () => {
  assert.deepEqual(
    parseTermsFile('term,neutral,note,use\nillegal,undocumented,AP,Label\nsurge,rise,metaphor,\n'),
    [
      { term: 'illegal', neutral: 'undocumented', note: 'AP', use: 'label' },
      { term: 'surge', neutral: 'rise', note: 'metaphor' },
    ],
  );
  assert.deepEqual(parseTermsFile('[{"term":"illegally","use":"act"}]'), [
    { term: 'illegally', neutral: '', note: '', use: 'act' },
  ]);
});

test('outlet tables parse from JSON and CSV, domains normalised', () => {
  assert.deepEqual(
    parseOutletTable('name,domains,leaning,owner\nDaily Example,www.example.com; ex.co,center,\n'),
    [{ name: 'Daily Example', domains: ['example.com', 'ex.co'], leaning: 'center', owner: null }],
  );
  assert.deepEqual(parseOutletTable('[{"name":"The Post","domains":["post.example"]}]'), [
    { name: 'The Post', domains: ['post.example'], leaning: null, owner: null },
  ]);
});

const BAD: [string, (text: string) => unknown, string, RegExp][] = [
  ['empty terms file', parseTermsFile, '  ', /terms file: the file is empty/],
  ['broken JSON', parseTermsFile, '[{"term":', /terms file: invalid JSON/],
  ['missing term', parseTermsFile, '[{"neutral":"x"}]', /terms file: entry 0\.term/],
  ['CSV without header', parseTermsFile, 'surge,increase,metaphor', /header row/],
  [
    'unknown use',
    parseTermsFile,
    'term,use\nillegal,people',
    /entry 0\.use: use must be "label", "act" or blank/,
  ],
  ['unterminated quote', parseOutletTable, 'name,domains\n"Open', /outlet table: invalid CSV/],
  ['outlet without name', parseOutletTable, '[{"domains":"a.com"}]', /outlet table: entry 0\.name/],
];

for (const [name, parse, text, message] of BAD)
  test(`bad input is one clear line: ${name}`, () => {
    assert.throws(
      () => parse(text),
      (error: Error) => message.test(error.message) && !error.message.includes('\n'),
    );
  });

test('CSV cells keep commas and newlines inside quotes', () => {
  assert.deepEqual(parseCsv('a,b\n"1,2","x\ny"\n'), [
    ['a', 'b'],
    ['1,2', 'x\ny'],
  ]);
});

test('a CSV saved with semicolons or tabs (a spreadsheet’s locale) is read by its first line’s separator', () => {
  const rows = [
    ['file', 'outlet'],
    ['a.txt', 'Herald, Evening Edition'],
  ];
  assert.deepEqual(parseCsv('file;outlet\r\na.txt;Herald, Evening Edition\r\n'), rows);
  assert.deepEqual(parseCsv('file\toutlet\na.txt\tHerald, Evening Edition'), rows);
  assert.deepEqual(parseCsv('file,outlet\na.txt,"Herald; Evening"'), [
    ['file', 'outlet'],
    ['a.txt', 'Herald; Evening'],
  ]);
  assert.deepEqual(parseCsv('file\na.txt'), [['file'], ['a.txt']]);
});

test('a terms row with a "*" is refused in one line: terms match their forms, not a prefix', () => {
  // newuser16 #15: "consolidat*" was accepted and silently matched nothing
  assert.throws(
    () => parseTermsFile('term,neutral,note,use\nconsolidat*,close,euphemism,\n'),
    (e: Error) => /term has a "\*".*not a prefix/.test(e.message) && !e.message.includes('\n'),
  );
  assert.equal(
    parseTermsFile('term,neutral,note\nconsolidation,closure,euphemism\n')[0]?.term,
    'consolidation',
  );
});
