import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { needsShared } from '../../test/shared.ts';
import { halfOf, loadSupportGroups } from './support-data.ts';
import {
  bySearch,
  freshRounds,
  freshSections,
  LABELS,
  readPairs,
  roundDate,
  roundFields,
  type SupportPair,
  textOf,
} from './support-pairs.ts';

const pairs = readPairs(join(import.meta.dirname, '..', 'data', 'support-pairs.jsonl'));

test('support pairs: labels, halves by story, no shared text stored', () => {
  assert.ok(pairs.length >= 400);
  // the held-out lines scored for weeks are never added to or changed; new held-out pairs come only
  // as a fresh round, marked, scored apart; a dev pair carries a round only as a dev audit's
  // (`dev-…`, scored with the dev half: support-dev.ts --round)
  assert.equal(pairs.filter((p) => p.half === 'heldout' && p.round === undefined).length, 664);
  assert.equal(pairs.filter((p) => p.round === 'heldout-2026-12-03').length, 678);
  assert.equal(pairs.filter((p) => p.round === 'heldout-2026-12-04').length, 807);
  assert.equal(pairs.filter((p) => p.round === 'heldout-2026-12-05').length, 1445);
  // the fourth round records the search that proposed each pair (eval:support scores it by search)
  const fourth = pairs.filter((p) => p.round === 'heldout-2026-12-06');
  assert.equal(fourth.length, 1285);
  assert.ok(fourth.every((p) => p.half === 'heldout' && p.search !== undefined));
  // and so does the blind dev round on planned vs happened (support-dev.ts --round dev-planned-2026-12-07)
  assert.equal(
    pairs.filter((p) => p.round === 'dev-planned-2026-12-07' && p.search !== undefined).length,
    222,
  );
  // (and the blind dev rounds of ed1c2cd, dev-planned-2026-12-09, and on NeuS, dev-support-neus-2026-12-10)
  const searched = new Set([
    'heldout-2026-12-06',
    'dev-planned-2026-12-07',
    'dev-planned-2026-12-09',
    'dev-support-neus-2026-12-10',
  ]);
  assert.ok(pairs.every((p) => p.search === undefined || searched.has(p.round ?? '')));
  assert.ok(
    pairs.every((p) => p.round === undefined || (p.half === 'heldout') !== p.round.startsWith('dev-')),
  );
  assert.ok(pairs.filter((p) => p.half === 'dev').length >= 1698);
  for (const p of pairs) {
    assert.ok(LABELS.includes(p.label), p.id);
    assert.equal(p.half, halfOf(p.story), p.id);
    const ours = p.dataset === 'example';
    assert.equal(typeof p.claim.text === 'string', ours, p.id);
    assert.equal(typeof p.evidence.text === 'string', ours, p.id);
  }
  assert.equal(new Set(pairs.map((p) => p.id)).size, pairs.length);
  for (const half of ['dev', 'heldout'])
    for (const label of LABELS)
      assert.ok(
        pairs.some((p) => p.half === half && p.label === label),
        `${half} has ${label}`,
      );
});

test('support pairs: every pointer finds its sentence in the shared datasets', {
  skip: needsShared('datasets', 'ecbplus') || needsShared('datasets', 'neus_allsides'),
}, () => {
  const docs = new Map(
    loadSupportGroups().flatMap((g) => g.docs.map((d) => [`${g.dataset}/${g.story}/${d.docId}`, d] as const)),
  );
  for (const p of pairs)
    for (const s of [p.claim, p.evidence]) {
      const doc = docs.get(`${p.dataset}/${p.story}/${s.doc}`);
      assert.ok(doc, `${p.id}: ${s.doc}`);
      const text = textOf(s, doc.raw);
      assert.ok(text !== null, `${p.id}: ${s.doc} ${s.start}`);
      if (s.text !== undefined) assert.equal(text, s.text);
    }
});

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

test('support pairs: eval:support prints the four fresh rounds of the pairs file, each alone, then together', () => {
  // titles and sizes only: no verdict is computed here (the round of 2026-12-06 is scored once, by the lead)
  assert.deepEqual(
    freshSections(pairs, (p) => p).map(([title, rows]) => [title, rows.length]),
    [
      ['held-out, fresh round heldout-2026-12-03: never scored before 2026-12-03', 678],
      ['held-out, fresh round heldout-2026-12-04: never scored before 2026-12-04', 807],
      ['held-out, fresh round heldout-2026-12-05: never scored before 2026-12-05', 1445],
      ['held-out, fresh round heldout-2026-12-06: never scored before 2026-12-06', 1285],
      [
        'held-out, the 4 fresh rounds together (heldout-2026-12-03, heldout-2026-12-04, heldout-2026-12-05, heldout-2026-12-06)',
        4215,
      ],
    ],
  );
  // only the fourth round alone is broken down by search
  const sections = freshSections(pairs, (p) => p).map(([, rows]) => bySearch(rows, (p) => p));
  assert.deepEqual(
    sections[3]?.map(([search]) => search),
    ['align', 'hard', 'hard-wide', 'selected', 'similar', 'tense'],
  );
  assert.deepEqual(
    sections.map((s) => s === null),
    [true, true, true, false, true],
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

test('support pairs: readPairs keeps a round and refuses one without its date', () => {
  const dir = mkdtempSync(join(tmpdir(), 'support-pairs-'));
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
  rmSync(dir, { recursive: true });
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

test('support pairs: readPairs keeps a search and refuses a malformed one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'support-pairs-'));
  const good = join(dir, 'good.jsonl');
  writeFileSync(good, `${JSON.stringify(invented('p1', 'heldout', 'heldout-2027-01-15', 'tense'))}\n`);
  assert.equal(readPairs(good)[0]?.search, 'tense');
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(
    bad,
    `${JSON.stringify({ ...invented('p2', 'heldout', 'heldout-2027-01-15'), search: 'Align 2' })}\n`,
  );
  assert.throws(() => readPairs(bad), /bad search Align 2/);
  rmSync(dir, { recursive: true });
});
