import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { shellWord } from './shell-word.ts';

const CASES: readonly (readonly [string, string])[] = [
  ['feeds.csv', 'feeds.csv'],
  ['/home/ana/watch/sources.csv', '/home/ana/watch/sources.csv'],
  ['my feeds.csv', "'my feeds.csv'"],
  ["Ana's feeds.csv", "'Ana'\\''s feeds.csv'"],
  ['$HOME/feeds.csv', "'$HOME/feeds.csv'"],
  ['', "''"],
  ['2026-12-07T08:00:00.000Z~~s12', '2026-12-07T08:00:00.000Z~~s12'],
  ['~/feeds.csv', "'~/feeds.csv'"],
  // review41-B: bash (not sh) expands these two
  ['a=~/feeds.csv', "'a=~/feeds.csv'"],
  ['feeds=x:~/more.csv', "'feeds=x:~/more.csv'"],
];

test('shellWord quotes a word only when a shell would split or expand it', () => {
  for (const [word, expected] of CASES) assert.equal(shellWord(word), expected, word);
});

test('a quoted word reads back as itself in a POSIX shell, and in bash', (t) => {
  if (process.platform === 'win32') return t.skip('no POSIX shell');
  for (const shell of ['/bin/sh', '/bin/bash'].filter((path) => existsSync(path)))
    for (const [word] of CASES) {
      const echoed = execFileSync(shell, ['-c', `printf '%s' ${shellWord(word)}`], { encoding: 'utf8' });
      assert.equal(echoed, word, `${shell}: ${word}`);
    }
});
