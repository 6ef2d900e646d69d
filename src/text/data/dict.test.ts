import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { test } from 'node:test';
import { dict } from './dict.ts';

// Every folder of word lists: a table keyed by words is looked up with words read from articles and
// user files, so "constructor" or "toString" must not find Object.prototype's members in it.
const DATA_FOLDERS = ['../../text/data/', '../../stages/compare/data/', '../../stages/clean/data/'];

test('dict: words that name Object.prototype members are not in the table', () => {
  const table = dict({ week: 7 });
  assert.equal(table.week, 7);
  assert.equal(table.constructor, undefined);
  assert.equal('toString' in table, false);
  assert.equal(Object.isFrozen(table), true);
});

test('every word table exported from a data folder has no prototype', async () => {
  let tables = 0;
  const plain: string[] = [];
  for (const folder of DATA_FOLDERS) {
    const url = new URL(folder, import.meta.url);
    for (const file of readdirSync(url).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      const exports: Record<string, unknown> = await import(new URL(file, url).href);
      for (const [name, value] of Object.entries(exports)) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
        if (value instanceof Set || value instanceof Map || value instanceof RegExp) continue;
        if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
          continue;
        tables++;
        if (Object.getPrototypeOf(value) !== null) plain.push(`${file}: ${name}`);
      }
    }
  }
  assert.deepEqual(plain, [], 'plain objects: build them with dict()');
  assert.ok(tables >= 10, `only ${tables} tables found`);
});
