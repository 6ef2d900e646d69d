import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertGolden } from '../../../test/golden.ts';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from './from-text.ts';
import { extract } from './index.ts';

const dir = join(import.meta.dirname, 'fixtures');

for (const name of readdirSync(dir).sort()) {
  test(`extract fixture ${name}`, () => {
    const texts = JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8')) as {
      id: string;
      text: string;
    }[];
    const actual = extract()(storyFromTexts(texts), createContext());
    const path = join(dir, name, 'expected.json');
    // a missing expected.json fails (UPDATE=1 writes it, to be reviewed), never passes by writing itself
    assertGolden(path, actual);
  });
}
