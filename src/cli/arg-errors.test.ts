import assert from 'node:assert/strict';
import test from 'node:test';
import { parseArgs } from 'node:util';
import { argumentErrorLine } from './arg-errors.ts';

const OPTIONS = {
  quiet: { type: 'boolean', short: 'q' },
  format: { type: 'string', short: 'f' },
  'summary-words': { type: 'string' },
} as const;

// The line for what parseArgs throws on these arguments.
function lineFor(args: string[]): string | null {
  try {
    parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return argumentErrorLine(error, 'analyze');
  }
  return 'parsed';
}

test('parseArgs errors become one short line naming the option and the command’s help', () => {
  const cases: [string[], string][] = [
    [['--colour'], 'unknown option --colour (see parallax analyze --help)'],
    [['-z'], 'unknown option -z (see parallax analyze --help)'],
    [['-f'], '--format needs a value (see parallax analyze --help)'],
    [['--summary-words'], '--summary-words needs a value (see parallax analyze --help)'],
    [
      ['--summary-words', '-3'],
      '--summary-words needs a value (one that starts with "-" is written --summary-words=-…) (see parallax analyze --help)',
    ],
    [['--quiet=yes'], '--quiet takes no value (see parallax analyze --help)'],
    [['--format=md', 'a.txt'], 'parsed'],
  ];
  for (const [args, line] of cases) assert.equal(lineFor(args), line, args.join(' '));
  assert.equal(argumentErrorLine(new Error('disk on fire'), 'analyze'), null);
  assert.equal(argumentErrorLine(undefined, 'analyze'), null);
});
