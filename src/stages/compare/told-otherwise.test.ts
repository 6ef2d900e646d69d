import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare } from './test-story.ts';

// newuser15 #5: an article that gives a shared fact's toll in other words is not "does not state it"
// in the coverage table while the omissions take it as told: its mark says how it tells it, with the
// sentence. Invented articles.
const A =
  "A worker has died and 15 people were injured in Monday's fire at the Brask Paper mill in Olvey, officials said on Monday evening.\n\nThe mill makes cardboard.";
const B =
  "A worker has died and 15 people were injured in Monday's fire at the Brask Paper mill in Olvey, officials said on Monday evening.\n\nThe mill employs 300 people.";

test('"Fifteen people were injured in total": told in other words, not left out', () => {
  const { result, docs } = runCompare([
    [A, { outlet: 'Olvey Star', publishedAt: '2026-03-02' }],
    [B, { outlet: 'Kessel Post', publishedAt: '2026-03-02' }],
    [
      "The Brask Paper mill in Olvey will stay shut after Monday's fire.\n\nFifteen people were injured in total.",
      { outlet: 'Radio Olvey', publishedAt: '2026-03-02' },
    ],
  ]);
  const fact = result.facts.find((f) => f.sources.length >= 2 && f.text.includes('15 people'));
  assert.ok(fact, JSON.stringify(result.facts.map((f) => f.text)));
  const mark = fact.coverage.a3;
  assert.equal(mark?.mark, 'absent');
  assert.equal(mark?.told, 'in-other-words');
  const e = mark?.evidence;
  assert.ok(e);
  assert.match(docs[2]?.article.text.slice(e.span.start, e.span.end) ?? '', /Fifteen people were injured/);
  assert.ok(!(result.omissions.a3 ?? []).includes(fact.id));
});

test('another value of its count: "≠" (other-value), not left out', () => {
  const { result } = runCompare([
    [A, { outlet: 'Olvey Star', publishedAt: '2026-03-02' }],
    [B, { outlet: 'Kessel Post', publishedAt: '2026-03-02' }],
    [
      "Twelve people were injured in Monday's fire at the Brask Paper mill in Olvey, the fire service said.\n\nThe mill makes cardboard.",
      { outlet: 'Radio Olvey', publishedAt: '2026-03-02' },
    ],
  ]);
  const fact = result.facts.find((f) => f.sources.length >= 2 && f.text.includes('15 people'));
  assert.ok(fact);
  assert.equal(fact.coverage.a3?.told, 'other-value');
  assert.ok(!(result.omissions.a3 ?? []).includes(fact.id));
});

test('an article that tells nothing of the fact stays "—", with no sentence', () => {
  const { result } = runCompare([
    [A, { outlet: 'Olvey Star', publishedAt: '2026-03-02' }],
    [B, { outlet: 'Kessel Post', publishedAt: '2026-03-02' }],
    [
      'The Olvey council approved its winter budget on Monday.\n\nThe vote was unanimous.',
      { outlet: 'Radio Olvey' },
    ],
  ]);
  const fact = result.facts.find((f) => f.sources.length >= 2 && f.text.includes('15 people'));
  assert.deepEqual(fact?.coverage.a3, { mark: 'absent', evidence: null, reason: null });
});

// review37-A F4: a floor and a ceiling that both hold ("at least six weeks" / "up to three months")
// are no other value: no "≠", and the article, which tells the closure's length, is not listed as
// leaving it out. A ceiling under the floor ("up to four weeks") is another value: "≠". Invented.
const SHUT = (n: string) =>
  `Corvain's roads office said on Monday that the Pell Street bridge will stay closed for at least six weeks.\n\nThe bridge carries ${n} cars a day.`;
for (const [bound, told] of [
  ['up to three months', undefined],
  ['up to four weeks', 'other-value'],
] as const)
  test(`"at least six weeks" beside "${bound}": ${told ?? 'no mark'}, not left out`, () => {
    const { result } = runCompare([
      [SHUT('9,000'), { outlet: 'Corvain Herald', publishedAt: '2026-03-02' }],
      [SHUT('9,000 '), { outlet: 'Corvain Ledger', publishedAt: '2026-03-02' }],
      [
        `One official in Corvain warned that the Pell Street bridge could stay closed for ${bound}.\n\nDrivers face long detours.`,
        { outlet: 'Radio Corvain', publishedAt: '2026-03-02' },
      ],
    ]);
    const fact = result.facts.find((f) => f.sources.length >= 2 && f.text.includes('six weeks'));
    assert.ok(fact, JSON.stringify(result.facts.map((f) => f.text)));
    assert.equal(fact.coverage.a3?.mark, 'absent');
    assert.equal(fact.coverage.a3?.told, told);
    assert.ok(!(result.omissions.a3 ?? []).includes(fact.id));
  });
