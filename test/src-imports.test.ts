import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..');

test('no module or test under src/ imports from bench/ (shared cases live under test/)', () => {
  const importing = globSync('src/**/*.ts', { cwd: ROOT }).filter((path) =>
    /\bfrom\s+'(?:\.\.\/)+bench\/|import\(\s*'(?:\.\.\/)+bench\//.test(
      readFileSync(join(ROOT, path), 'utf8'),
    ),
  );
  assert.deepEqual(importing, []);
});
