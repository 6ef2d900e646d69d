import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

// The extract stage's parts and what each may import: a part reads only the parts before it in the
// chain names → entities → speakers → quotes → indirect (figures sits on speakers), and the shared
// base of the stage (doc.ts, patterns.ts, numbers.ts, data/), which reads no part. The stage's
// index.ts composes them; tests may import anything.
const BASE = '(base)';
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  [BASE]: [],
  names: [],
  entities: ['names'],
  speakers: ['names', 'entities'],
  quotes: ['names', 'entities', 'speakers'],
  indirect: ['names', 'entities', 'speakers', 'quotes'],
  figures: ['names', 'entities', 'speakers'],
};
/** Files of the stage's folder that compose the parts (or build test input) and so may import any. */
const COMPOSERS = new Set(['index.ts', 'from-text.ts']);

const ROOT = import.meta.dirname;
const SRC = resolve(ROOT, '..', '..', '..');
const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/g;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : codeFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The relative import specifiers of a file, resolved to absolute paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return Array.from(text.matchAll(IMPORT), (m) => resolve(dirname(file), m[1] as string));
}

/** The part of the stage a path inside it belongs to: its first folder, else the base (data/ is base too). */
function partOf(path: string): string {
  const first = relative(ROOT, path).split(sep)[0] as string;
  return first in ALLOWED ? first : BASE;
}

/** The broken rules among files and their imports: `file → target` for each import a part may not make. */
function violations(imports: ReadonlyMap<string, readonly string[]>): string[] {
  const out: string[] = [];
  for (const [file, targets] of imports) {
    if (COMPOSERS.has(relative(ROOT, file))) continue;
    const from = partOf(file);
    for (const target of targets) {
      if (!target.startsWith(ROOT + sep)) continue;
      const to = partOf(target);
      if (to === from || to === BASE || (ALLOWED[from] ?? []).includes(to)) continue;
      out.push(`${relative(ROOT, file)} (${from}) → ${relative(ROOT, target)} (${to})`);
    }
  }
  return out;
}

test('each part of extract imports only the parts before it and the stage base', () => {
  const files = codeFiles(ROOT);
  assert.ok(files.length > 40, `expected the stage's files under ${ROOT}`);
  assert.deepEqual(violations(new Map(files.map((f) => [f, importsOf(f)]))), []);
});

test('the rule check finds an import that goes back up the chain', () => {
  const at = (path: string) => join(ROOT, ...path.split('/'));
  const imports = new Map([
    [at('names/find.ts'), [at('quotes/find.ts'), at('doc.ts'), at('data/speech.ts')]],
    [at('indirect/find.ts'), [at('quotes/marks.ts'), at('speakers/resolve.ts')]],
    [at('figures/find.ts'), [at('indirect/content.ts')]],
    [at('doc.ts'), [at('names/runs.ts')]],
    [at('index.ts'), [at('indirect/find.ts')]],
  ]);
  assert.deepEqual(violations(imports), [
    `${join('names', 'find.ts')} (names) → ${join('quotes', 'find.ts')} (quotes)`,
    `${join('figures', 'find.ts')} (figures) → ${join('indirect', 'content.ts')} (indirect)`,
    `doc.ts ((base)) → ${join('names', 'runs.ts')} (names)`,
  ]);
});

test('code outside extract reads it through index.ts (and from-text.ts, data/ for tests and lexicons)', () => {
  const stage = relative(SRC, ROOT);
  const outside = codeFiles(SRC).filter((f) => !f.startsWith(ROOT + sep));
  const inner = outside.flatMap((f) =>
    importsOf(f)
      .filter((t) => t.startsWith(ROOT + sep))
      .map((t) => relative(ROOT, t))
      .filter((t) => !COMPOSERS.has(t) && !t.startsWith(`data${sep}`))
      .map((t) => `${relative(SRC, f)} → ${stage}/${t}`),
  );
  assert.deepEqual(inner, []);
});
