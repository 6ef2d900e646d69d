import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CHANGES_HELP } from './changes-help.ts';
import { EXPORT_HELP } from './export-command.ts';
import { FETCH_HELP } from './fetch-help.ts';
import { HELP } from './help.ts';

test('every line of every help text fits 100 columns (a terminal wraps a longer one mid-sentence)', () => {
  for (const [command, text] of Object.entries({
    ...HELP,
    ...FETCH_HELP,
    ...CHANGES_HELP,
    export: EXPORT_HELP,
  }))
    for (const line of text.split('\n'))
      assert.ok([...line].length <= 100, `${command}: ${[...line].length} columns: ${line}`);
});

test('analyze --help names the --terms file’s optional use column, as the README does', () => {
  assert.match(HELP.analyze, /--terms <file>[^\n]*term, neutral, note, and\n\s+use: label, act or blank/);
});
