import assert from 'node:assert/strict';
import { relative } from 'node:path';
import test from 'node:test';
import { collectInputs } from '../io/files.ts';
import { createContext } from '../model/stage.ts';
import { analyze } from '../pipeline.ts';
import { indentJson, renderJson, renderReport } from './index.ts';
import { compactJson, writePieces } from './json.ts';

const indented = (value: unknown) => new TextDecoder().decode(indentJson(Buffer.from(JSON.stringify(value))));

test('indentJson gives the bytes of JSON.stringify(value, null, 2)', () => {
  const cases: unknown[] = [
    {},
    [],
    { a: [], b: {}, c: [{}], d: [[]] },
    [1, -2.5, 1e21, true, false, null, 'x'],
    { quote: 'she said "no, {not} [this]: ok"', slash: 'C:\\', end: '\\', both: '\\"' },
    { text: 'Café Straße 中文 👍', lone: '\ud800 alone', control: 'a\nb\tc\u0001' },
    { '{key, with: "marks"}': { nested: { deeper: [1, [2, [3, {}]]] } } },
    'a bare string',
    42,
    null,
    { name: 'Harbour Gazette', articles: [{ id: 'a1', words: 120, title: null, tags: ['port', 'bridge'] }] },
  ];
  for (const value of cases)
    assert.equal(indented(value), JSON.stringify(value, null, 2), JSON.stringify(value));
});

test('indentJson keeps a trailing newline and grows its output past twice the input', () => {
  assert.equal(new TextDecoder().decode(indentJson(Buffer.from('{"a":1}\n'))), '{\n  "a": 1\n}\n');
  // deep and short: each one-byte element gets a line indented by 40 spaces or more
  let deep: unknown = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  for (let level = 0; level < 25; level++) deep = [deep, 0, 0, 0];
  const text = indented(deep);
  assert.ok(text.length > 5 * JSON.stringify(deep).length);
  assert.equal(text, JSON.stringify(deep, null, 2));
});

test('compactJson gives the bytes of JSON.stringify(value) and a newline, at every depth it cuts', () => {
  const value = {
    title: 'Harbour bridge reopens',
    skipped: undefined,
    fn: () => 1,
    at: new Date('2025-03-07T12:00:00Z'),
    articles: [{ id: 'a1', text: 'Quay “works” — done 👍', gone: undefined }, undefined, () => 2, null, []],
    stories: [{ id: 's1', facts: [{ text: 'It \u2028 reopened', span: { start: 0, end: 9 } }], points: {} }],
    empty: {},
    own: { toJSON: () => 'told' },
  };
  for (const levels of [0, 1, 2, 3, 5]) {
    const text = new TextDecoder().decode(compactJson(value, levels));
    assert.equal(text, `${JSON.stringify(value)}\n`, `levels ${levels}`);
  }
});

test('renderJson gives the bytes of renderReport(report, "json")', async () => {
  const folder = new URL('../../examples/harbor-bridge', import.meta.url).pathname;
  const inputs = await collectInputs([relative(process.cwd(), folder)], async () => new Uint8Array());
  const report = analyze(inputs.files, {}, createContext({ now: new Date('2025-03-07T12:00:00Z') }));
  assert.deepEqual(Buffer.from(renderJson(report)), Buffer.from(renderReport(report, 'json')));
});

test('writePieces gives the bytes of JSON.stringify(value, null, 2) however small its pieces', () => {
  // empty objects and arrays where the parts are cut, so that `{` ends one piece and `}` starts the next
  const cases: unknown[] = [
    { articles: [], stories: {}, issues: [{}], notes: [[], {}], at: { a: {}, b: [] } },
    [{}, [], [{}], 'a "quoted" {string}: [here]', { '}': '{', '\\': '\\"' }],
    { text: 'Café 中文 👍', deep: { deeper: { deepest: [1, [2, []], {}] } } },
    {},
    [],
  ];
  for (const value of cases)
    for (const levels of [0, 1, 2, 4])
      for (const pieceBytes of [1, 2, 3, 7, 64, 1 << 20]) {
        const pieces: Uint8Array[] = [];
        writePieces(value, levels, (bytes) => pieces.push(bytes.slice()), pieceBytes);
        const text = new TextDecoder().decode(Buffer.concat(pieces));
        assert.equal(
          text,
          `${JSON.stringify(value, null, 2)}\n`,
          `levels ${levels}, pieces of ${pieceBytes}`,
        );
      }
});
