import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unknownCommandLine } from './unknown-command.ts';

const COMMANDS = ['analyze', 'extract', 'serve', 'story', 'stories', 'search', 'fetch', 'changes'];

test('an unknown command names the command meant by a common word, or one a typo away', () => {
  const hint = (word: string) =>
    /did you mean "parallax (\w+)"/.exec(unknownCommandLine(word, COMMANDS))?.[1];
  assert.equal(hint('show'), 'story');
  assert.equal(hint('list'), 'stories');
  assert.equal(hint('analyse'), 'analyze');
  assert.equal(hint('stroy'), 'story');
  assert.equal(hint('serach'), 'search');
  // nothing near: no guess
  assert.equal(hint('banana'), undefined);
  assert.equal(hint('xy'), undefined);
  assert.equal(hint('constructor'), undefined);
  assert.equal(
    unknownCommandLine('show', COMMANDS),
    'unknown command "show"; did you mean "parallax story"? (see parallax --help)',
  );
  assert.equal(unknownCommandLine('banana', COMMANDS), 'unknown command "banana" (see parallax --help)');
});
