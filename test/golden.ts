import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Compare a value with the golden JSON file at `path`; `UPDATE=1 npm test` rewrites the file instead
 * (review the diff before committing). A missing golden file fails the test rather than passing.
 */
export function assertGolden(path: string, actual: unknown): void {
  const json = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, json);
    return;
  }
  assert.ok(existsSync(path), `no golden file ${path}: run UPDATE=1 npm test and review it`);
  assert.deepEqual(
    JSON.parse(json),
    JSON.parse(readFileSync(path, 'utf8')),
    `differs from ${path} (UPDATE=1 rewrites it)`,
  );
}
