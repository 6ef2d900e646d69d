import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertGolden } from '../../../../test/golden.ts';
import { createContext } from '../../../model/index.ts';
import { cleanText } from './index.ts';

const DIR = join(import.meta.dirname, 'fixtures');

// Golden cases: short articles we wrote, with the cleaner's whole output; `UPDATE=1` rewrites them.
for (const name of readdirSync(DIR).sort()) {
  test(`fixture ${name}`, () => {
    const content = readFileSync(join(DIR, name, 'input.txt'), 'utf8');
    const ctx = createContext();
    const parts = cleanText()({ id: name, source: `${name}.txt`, format: 'text', content, given: {} }, ctx);
    const actual = JSON.parse(JSON.stringify({ ...parts, issues: ctx.issues }));
    const path = join(DIR, name, 'expected.json');
    // a missing expected.json fails (UPDATE=1 writes it, to be reviewed), never passes by writing itself
    assertGolden(path, actual);
  });
}
