import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { CSV_TABLES, tableHeader } from './index.ts';

// docs/usage.md's section on the tables' columns: one table of columns per CSV table
const DOC = readFileSync(new URL('../../../docs/usage.md', import.meta.url), 'utf8');
const SECTION = DOC.slice(DOC.indexOf("### The tables' columns"));

test('every column of every CSV table is documented in docs/usage.md, one by one', () => {
  assert.ok(SECTION.length > 100, 'the section is there');
  for (const table of CSV_TABLES) {
    // the table's own part of the section: from its name to the next table's
    const start = SECTION.indexOf(`\`${table}\`: `);
    assert.ok(start >= 0, `a part for ${table}`);
    const next = CSV_TABLES.map((t) => SECTION.indexOf(`\`${t}\`: `)).filter((i) => i > start);
    const part = SECTION.slice(start, next.length ? Math.min(...next) : undefined);
    const rows = part.split('\n').filter((l) => l.startsWith('| `'));
    const named = new Set(
      rows.flatMap((l) => [...(l.split(' | ')[0] ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1])),
    );
    for (const column of tableHeader(table)) assert.ok(named.has(column), `${table}.${column} documented`);
  }
});
