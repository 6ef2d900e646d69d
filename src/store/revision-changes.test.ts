import assert from 'node:assert/strict';
import { test } from 'node:test';
import { revisionChanges } from './revision-changes.ts';

const at = '2026-12-06T01:58:00.000Z';
const version = (title: string | null, text: string) => ({ replacedAt: at, title, text, modifiedAt: null });

test('revisionChanges: each version against the next, the last against the article now; by paragraph', () => {
  const rows: [string, Parameters<typeof revisionChanges>, [boolean, string[], string[]][]][] = [
    ['none kept', [{ title: 'T', text: 'A' }, []], []],
    [
      'a paragraph changed: one removed, one added',
      [{ title: 'T', text: 'A\n\nC' }, [version('T', 'A\n\nB')]],
      [[false, ['B'], ['C']]],
    ],
    [
      'two versions: the first against the second, the second against now',
      [{ title: 'New', text: 'A\n\nC\n\nD' }, [version('T', 'A'), version('T', 'A\n\nC')]],
      [
        [false, [], ['C']],
        [true, [], ['D']],
      ],
    ],
    [
      'spacing only: nothing',
      [{ title: 'T', text: '  A  \n\n\nB' }, [version('T', 'A\n\nB')]],
      [[false, [], []]],
    ],
  ];
  for (const [name, args, expected] of rows)
    assert.deepEqual(
      revisionChanges(...args).map((r) => [r.titleChanged, r.removed, r.added]),
      expected,
      name,
    );
});
