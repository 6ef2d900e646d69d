import assert from 'node:assert/strict';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(import.meta.dirname, '..');
const BENCH_IMPORT = /\bfrom\s+'(?:\.\.\/)+bench\/|import\(\s*'(?:\.\.\/)+bench\//;

test('no module or test under src/ imports from bench/ (shared cases live under test/)', () => {
  const files = globSync('src/**/*.ts', { cwd: ROOT });
  // (the files were found, and the pattern finds such an import: else the test could not fail)
  assert.ok(files.includes('src/pipeline.ts'), 'src/ read');
  assert.match("import { HOSTILE_CASES } from '../../../bench/lib/hostile-cases.ts';", BENCH_IMPORT);
  const importing = files.filter((path) => BENCH_IMPORT.test(readFileSync(join(ROOT, path), 'utf8')));
  assert.deepEqual(importing, []);
});
