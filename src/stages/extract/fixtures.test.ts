import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
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
    if (process.env.UPDATE || !existsSync(path)) writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
    assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
  });
}
