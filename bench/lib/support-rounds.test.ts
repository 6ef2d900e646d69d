import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  bySearch,
  freshRounds,
  freshSections,
  readPairs,
  roundDate,
  roundFields,
  type SupportPair,
} from './support-pairs.ts';

// The reading of fresh rounds and searches, on invented pairs (support-pairs.test.ts checks the pairs file itself).

/** An invented pair (no dataset text): only the fields the round reading looks at matter. */
function invented(id: string, half: SupportPair['half'], round?: string, search?: string): SupportPair {
  const at = { doc: 'd', field: 'text', start: 0, end: 5, sha1: 'a', head: 'b', tail: 'c' };
  return {
    id,
    dataset: 'example',
    story: 'harbor-bridge',
    half,
    label: 'related',
    claim: at,
    evidence: at,
    ...(round ? { round } : {}),
    ...(search ? { search } : {}),
  };
}

test('support pairs: the date a round is named after', () => {
  for (const [round, date] of [
    ['heldout-2026-12-03', '2026-12-03'],
    ['heldout-2027-01-15', '2027-01-15'],
    ['heldout', null],
    ['heldout-2026-12-03-b', null],
  ] as const)
    assert.equal(roundDate(round), date, round);
});

/** Invented pairs of two fresh rounds (the later one first), a dev pair marked with a round, an older held-out pair. */
const items = [
  invented('p1', 'heldout'),
  invented('p2', 'heldout', 'heldout-2027-01-15'),
  invented('p3', 'dev', 'heldout-2026-12-03'),
  invented('p4', 'heldout', 'heldout-2026-12-03'),
  invented('p5', 'heldout', 'heldout-2027-01-15'),
].map((pair) => ({ pair }));

test('support pairs: fresh rounds are held-out pairs marked with a round, grouped in order', () => {
  const rounds = freshRounds(items, (i) => i.pair);
  assert.deepEqual([...rounds.keys()], ['heldout-2027-01-15', 'heldout-2026-12-03']);
  assert.deepEqual(
    rounds.get('heldout-2027-01-15')?.map((i) => i.pair.id),
    ['p2', 'p5'],
  );
  assert.deepEqual(
    rounds.get('heldout-2026-12-03')?.map((i) => i.pair.id),
    ['p4'],
  );
});

test('support pairs: eval sections of the fresh rounds, oldest first, then together', () => {
  const sections = freshSections(items, (i) => i.pair);
  assert.deepEqual(
    sections.map(([title, rows]) => [title, rows.map((i) => i.pair.id)]),
    [
      ['held-out, fresh round heldout-2026-12-03: never scored before 2026-12-03', ['p4']],
      ['held-out, fresh round heldout-2027-01-15: never scored before 2027-01-15', ['p2', 'p5']],
      ['held-out, the 2 fresh rounds together (heldout-2026-12-03, heldout-2027-01-15)', ['p2', 'p4', 'p5']],
    ],
  );
  // one round alone has no section of rounds together
  assert.deepEqual(
    freshSections(items.slice(0, 3), (i) => i.pair).map(([title]) => title),
    ['held-out, fresh round heldout-2027-01-15: never scored before 2027-01-15'],
  );
});

test('support pairs: three invented fresh rounds in any order, oldest first, then the three together', () => {
  const three = [
    invented('q1', 'heldout', 'heldout-2026-12-05'),
    invented('q2', 'heldout', 'heldout-2026-12-03'),
    invented('q3', 'dev', 'dev-contra-2026-12-04'),
    invented('q4', 'heldout', 'heldout-2026-12-04'),
    invented('q5', 'heldout'),
    invented('q6', 'heldout', 'heldout-2026-12-05'),
  ];
  assert.deepEqual(
    freshSections(three, (p) => p).map(([title, rows]) => [title, rows.map((p) => p.id)]),
    [
      ['held-out, fresh round heldout-2026-12-03: never scored before 2026-12-03', ['q2']],
      ['held-out, fresh round heldout-2026-12-04: never scored before 2026-12-04', ['q4']],
      ['held-out, fresh round heldout-2026-12-05: never scored before 2026-12-05', ['q1', 'q6']],
      [
        'held-out, the 3 fresh rounds together (heldout-2026-12-03, heldout-2026-12-04, heldout-2026-12-05)',
        ['q1', 'q2', 'q4', 'q6'],
      ],
    ],
  );
});

test('support pairs: readPairs keeps a round and refuses one without its date', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'support-pairs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const good = join(dir, 'good.jsonl');
  writeFileSync(
    good,
    `${JSON.stringify(invented('p1', 'heldout'))}\n${JSON.stringify(invented('p2', 'heldout', 'heldout-2026-12-03'))}\n`,
  );
  assert.deepEqual(
    readPairs(good).map((p) => p.round),
    [undefined, 'heldout-2026-12-03'],
  );
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, `${JSON.stringify(invented('p3', 'heldout', 'fresh'))}\n`);
  assert.throws(() => readPairs(bad), /round fresh does not end with a date/);
});

test('support pairs: a round keeps the search that proposed each pair, a search needs a round', () => {
  assert.deepEqual(roundFields(), {});
  assert.deepEqual(roundFields('heldout-2026-12-06'), { round: 'heldout-2026-12-06' });
  assert.deepEqual(roundFields('heldout-2026-12-06', 'hard-wide'), {
    round: 'heldout-2026-12-06',
    search: 'hard-wide',
  });
  assert.throws(() => roundFields(undefined, 'align'), /without a round/);
  assert.throws(() => roundFields('heldout-2026-12-06', 'similar.jsonl'), /bad search name/);
  assert.throws(() => roundFields('fresh', 'align'), /does not end with a date/);
});

test('support pairs: a section by search only when every pair names its search', () => {
  const round = [
    invented('s1', 'heldout', 'heldout-2027-01-15', 'similar'),
    invented('s2', 'heldout', 'heldout-2027-01-15', 'align'),
    invented('s3', 'heldout', 'heldout-2027-01-15', 'similar'),
  ];
  assert.deepEqual(
    bySearch(round, (p) => p)?.map(([search, rows]) => [search, rows.map((p) => p.id)]),
    [
      ['align', ['s2']],
      ['similar', ['s1', 's3']],
    ],
  );
  // the rounds together (or the held-out half) mix pairs without a search: no breakdown
  assert.equal(
    bySearch([...round, invented('s4', 'heldout', 'heldout-2026-12-03')], (p) => p),
    null,
  );
  assert.equal(
    bySearch([], (p: SupportPair) => p),
    null,
  );
});

test('support pairs: readPairs keeps a search and refuses a malformed one', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'support-pairs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const good = join(dir, 'good.jsonl');
  writeFileSync(good, `${JSON.stringify(invented('p1', 'heldout', 'heldout-2027-01-15', 'tense'))}\n`);
  assert.equal(readPairs(good)[0]?.search, 'tense');
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(
    bad,
    `${JSON.stringify({ ...invented('p2', 'heldout', 'heldout-2027-01-15'), search: 'Align 2' })}\n`,
  );
  assert.throws(() => readPairs(bad), /bad search Align 2/);
});
