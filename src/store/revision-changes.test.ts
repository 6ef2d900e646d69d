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

test("revisionChanges: the newest version is dated by the page's own time of the change, when it gave one", () => {
  const now = (modifiedAt: string, source: string) => ({
    title: 'T',
    text: 'A\n\nC',
    modifiedAt,
    metadataSources: { modifiedAt: source },
  });
  const two = [version('T', 'A'), version('T', 'A\n\nB')];
  const given = revisionChanges(now('2026-12-05T10:00:00Z', 'html:meta article:modified_time'), two);
  assert.deepEqual(
    given.map((r) => r.changedAt),
    [null, '2026-12-05T10:00:00Z'],
  );
  const read = revisionChanges(now('2026-12-06T01:58:00Z', 'fetch: the store read the changed page'), two);
  assert.deepEqual(
    read.map((r) => r.changedAt),
    [null, null],
  );
});
