import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

// src/text is the base every stage stands on: it may import itself, the data types of src/model and
// packages, never a stage, the pipeline or an adapter, so that no stage's way of reading text leaks
// into another through it.
const ROOT = import.meta.dirname;
const SRC = resolve(ROOT, '..');
const ALLOWED = [ROOT, join(SRC, 'model')];
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return codeFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** `file → target` for each relative import of the files that leaves src/text and src/model. */
function violations(imports: ReadonlyMap<string, readonly string[]>): string[] {
  return [...imports].flatMap(([file, specifiers]) =>
    specifiers
      .map((s) => resolve(dirname(file), s))
      .filter((target) => !ALLOWED.some((dir) => target.startsWith(dir + sep)))
      .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
  );
}

test('src/text imports no stage: only itself, src/model and packages', () => {
  const files = codeFiles(ROOT);
  assert.ok(files.length >= 5, `expected the building blocks under ${ROOT}`);
  const imports = new Map(
    files.map((f) => [f, Array.from(readFileSync(f, 'utf8').matchAll(IMPORT), (m) => m[1] as string)]),
  );
  assert.deepEqual(violations(imports), []);
});

test('the rule check finds an import of a stage or the pipeline', () => {
  const at = (path: string) => join(ROOT, ...path.split('/'));
  const imports = new Map([
    [at('normalise.ts'), ['./data/word-forms.ts', '../model/index.ts', '../stages/compare/text.ts']],
    [at('dates/mentions.ts'), ['../calendar.ts', '../../pipeline.ts']],
  ]);
  assert.deepEqual(violations(imports), [
    `${join('text', 'normalise.ts')} → ${join('stages', 'compare', 'text.ts')}`,
    `${join('text', 'dates', 'mentions.ts')} → pipeline.ts`,
  ]);
});
