import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { assertGolden } from '../../../../test/golden.ts';
import { createContext } from '../../../model/index.ts';
import { clean } from '../index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

// Golden files: the clean stage on each fixtures/<case>/input.html; UPDATE=1 rewrites expected.json.
for (const name of readdirSync(FIXTURES).sort()) {
  test(`fixture ${name}`, () => {
    const dir = join(FIXTURES, name);
    const ctx = createContext();
    const article = clean()(
      {
        id: 'a1',
        source: `${name}.html`,
        format: 'html',
        content: readFileSync(join(dir, 'input.html'), 'utf8'),
        given: {},
      },
      ctx,
    );
    const { id, source, text, paragraphs, ...rest } = article;
    for (const p of paragraphs) assert.equal(text.slice(p.span.start, p.span.end).length > 0, true);
    const actual = {
      ...rest,
      headings: paragraphs
        .filter((p) => p.kind === 'heading')
        .map((p) => text.slice(p.span.start, p.span.end)),
      issues: ctx.issues.map((i) => i.code),
    };
    const path = join(dir, 'expected.json');
    // a missing expected.json fails (UPDATE=1 writes it, to be reviewed), never passes by writing itself
    assertGolden(path, actual);
  });
}
