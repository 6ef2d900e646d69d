import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCompare as run } from './test-story.ts';

test('figure wordings: qualifiers agree, different values conflict, same size counting other things stays apart', {
  todo: 'issue 10 contradiction guards: "4,000 crossings" / "9,000 people crossed" are told by no one word and name no one thing alike, so the judge no longer takes them for one measure',
}, () => {
  const { result, factWith } = run([
    'Border agents recorded a daily average of 4,000 crossings at the northern checkpoint in March.\n\nSince 2019, the province has fined 4,000 trucking companies.',
    'As many as 4,000 migrants were stopped daily at the northern checkpoint in March.',
    'An estimated 9,000 people crossed at the northern checkpoint every day in March, officials said.',
  ]);
  const daily = factWith('4,000 crossings');
  const fact = daily[0];
  assert.equal(fact?.status, 'conflicting');
  // 9,000 a day contradicts 4,000 a day: that outlet is ✗, never a source; "as many as 4,000" agrees
  assert.equal(fact?.coverage.a3?.mark, 'contradicts');
  assert.ok(!fact?.sources.includes('a3'));
  assert.notEqual(fact?.coverage.a2?.mark, 'contradicts');
  const figure = result.conflicts.find((c) => c.kind === 'figure');
  assert.ok(figure, 'a figure conflict');
  assert.equal(figure?.sides.length, 2);
  const [fines] = factWith('trucking');
  assert.equal(fines?.sources.length, 1, 'the 4,000 companies are not the 4,000 crossings');
});

test('opposite outcomes of the same talks are a difference to check, with each side’s evidence, not a conflict', () => {
  const { result } = run([
    'The two delegations met in Carvonne on Tuesday, but the talks failed to produce a ceasefire plan.',
    'Envoys described the Carvonne talks as constructive, and officials said an agreement was reached on prisoner exchanges.',
    'Delegations met in Carvonne on Tuesday for talks on a ceasefire.',
  ]);
  const outcome = result.differences?.find((c) => c.kind === 'outcome');
  assert.ok(outcome);
  assert.equal(result.conflicts.filter((c) => c.kind === 'outcome').length, 0);
  assert.deepEqual(
    outcome?.sides.map((s) => s.evidence.map((e) => e.articleId)),
    [['a1'], ['a2']],
  );
});

test('a report of talks with no outcome words raises no outcome conflict', () => {
  const { result } = run([
    'The two delegations met in Carvonne on Tuesday to discuss a ceasefire plan.',
    'Envoys held talks in Carvonne on Tuesday about a ceasefire.',
  ]);
  assert.equal(
    [...result.conflicts, ...(result.differences ?? [])].filter((c) => c.kind === 'outcome').length,
    0,
  );
});

// A clash of a kind not proven precise (proven.ts: none is yet) is a difference to check: listed
// with its sides, its outlet neither ✓ nor ✗, and no conflict.
test('different weekdays for the same meeting are a date difference to check, not a conflict', () => {
  const { result, factWith } = run([
    'Finance ministers Olsen and Varga signed the grain corridor accord in Brannock on Tuesday.',
    'Finance ministers Olsen and Varga signed the grain corridor accord in Brannock on Thursday.',
  ]);
  assert.ok(result.differences?.some((c) => c.kind === 'date'));
  assert.equal(result.conflicts.length, 0);
  for (const fact of factWith('grain corridor')) {
    assert.notEqual(fact.status, 'conflicting');
    for (const mark of Object.values(fact.coverage)) assert.notEqual(mark.mark, 'contradicts');
  }
});

test('two amounts for the same subject are a figure difference to check even in different words', () => {
  const { result, factWith } = run([
    'The port authority estimated the dredging at $12 million, officials said on Friday.',
    'Insiders told the newspaper the dredging bill could reach $20 million, far above the official line.',
    'Dredgers arrived at the harbour mouth on Friday.',
  ]);
  assert.equal(result.conflicts.length, 0);
  assert.equal(factWith('$12 million')[0]?.coverage.a2?.mark, 'absent');
  const figure = result.differences?.find((c) => c.kind === 'figure');
  assert.ok(figure, 'a figure conflict');
  assert.deepEqual(
    figure?.sides.map((s) => s.evidence.map((e) => e.articleId)),
    [['a1'], ['a2']],
  );
});

test('a count spelled out where it opens a sentence is as exact as digits: another count is a difference to check', () => {
  const { result } = run([
    'A fire tore through the grain store at Vessmark quay early on Tuesday, injuring 14 people and halting all sailings.',
    'Seventeen people were injured when fire swept through the grain store at Vessmark quay on Tuesday morning.',
  ]);
  const figure = result.differences?.find((c) => c.kind === 'figure');
  assert.ok(figure, 'a figure difference');
  assert.deepEqual(
    figure?.sides.map((s) => s.evidence.map((e) => e.articleId)),
    [['a1'], ['a2']],
  );
  // a round count in words ("a dozen") stays loose: no difference with 14
  const round = run([
    'A fire tore through the grain store at Vessmark quay early on Tuesday, injuring 14 people and halting all sailings.',
    'A dozen people were injured when fire swept through the grain store at Vessmark quay on Tuesday morning.',
  ]);
  assert.equal(round.result.differences?.filter((c) => c.kind === 'figure').length ?? 0, 0);
});

test('a weekday that dates a statement is not the date of the event', () => {
  const { result } = run([
    'Finance ministers Olsen and Varga signed the grain corridor accord in Brannock, the ministry said Thursday.',
    'Finance ministers Olsen and Varga signed the grain corridor accord in Brannock on Tuesday.',
  ]);
  assert.equal(result.conflicts.filter((c) => c.kind === 'date').length, 0);
});

test('lengths of one closure in other units conflict when their qualifiers do not meet', {
  todo: 'issue 10 contradiction guards: "at least six weeks" and "up to three months" both hold of two months (a floor under a ceiling), as the labelled dev pairs say; kept for the lead to decide',
}, () => {
  const { result, factWith } = run([
    'The harbour board said the ferry pier will stay closed for at least six weeks.\n\nTickets were refunded.',
    'The closure will last at least six weeks, the harbour board said.\n\nCafes nearby were quiet.',
    'Officials said the ferry pier will stay closed for at least six weeks.\n\nBuses replaced the boats.',
    'A dock worker warned the ferry pier could stay shut for up to three months.\n\nFishermen moved their boats.',
    'Engineers expect the closure to last at least six weeks.\n\nThe weather turned cold.',
  ]);
  const [fact] = factWith('three months');
  assert.equal(fact?.status, 'conflicting');
  const conflict = result.conflicts.find((c) => c.kind === 'figure');
  assert.ok(conflict, 'a figure conflict');
  // a5 names no pier: it may or may not be counted as stating the fact, but it never contradicts it
  const [side1, side2] = conflict.sides.map((s) => s.evidence.map((e) => e.articleId).sort());
  assert.ok(['a1', 'a2', 'a3'].every((a) => side1?.includes(a)));
  assert.deepEqual(side2, ['a4']);
  assert.ok(
    result.facts.some((f) => f.coverage.a1?.mark === 'supports' && f.coverage.a4?.mark === 'contradicts'),
  );
});

test('lengths that agree within their qualifiers are one fact without conflict', () => {
  const { result, factWith } = run([
    'The harbour board said the ferry pier will stay closed for about six weeks.\n\nTickets were refunded.',
    'Officials said the ferry pier will stay closed for at least six weeks.\n\nBuses replaced the boats.',
  ]);
  const [fact] = factWith('six weeks');
  assert.equal(fact?.sources.length, 2);
  assert.notEqual(fact?.status, 'conflicting');
  assert.equal(result.conflicts.filter((c) => c.kind === 'figure').length, 0);
});

// Two outlets name the tunnel, two say "the closure": the clashing "three months" names the tunnel, so it
// clashes on its subject with half the fact's articles, but average linkage alone keeps it out of the fact
// (it scores nothing with the "closure" wordings) and leaves it with a looser wording that has no figure.
const TUNNEL_FACT = [
  'Officials said the tunnel will stay closed for at least six weeks.\n\nTraffic was diverted.',
  'The tunnel will stay closed for at least six weeks, the transport agency said.\n\nA union official warned that the tunnel could stay shut until further notice.',
  'The closure will last at least six weeks, the transport agency said.\n\nThe road was icy.',
  'Officials said the closure will last at least six weeks.\n\nA bus service was added.',
];
const TUNNEL_CLASH =
  'A union official warned that work inside the tunnel could drag on for up to three months.\n\nLocal hotels were worried.';

test('a length told of other work is never a supporter of the closure, and a looser wording stays apart', () => {
  const { result, factWith } = run([...TUNNEL_FACT, TUNNEL_CLASH]);
  const closure = result.facts.filter((f) => f.coverage.a1?.mark === 'supports' && f.sources.length >= 2);
  assert.ok(closure.length > 0, 'the six weeks are a shared fact');
  for (const f of closure) assert.notEqual(f.coverage.a5?.mark, 'supports', f.text);
  assert.deepEqual(
    factWith('further notice').map((f) => f.sources),
    [['a2']],
  );
});

test('a clashing length that names the subject of fewer than half the articles stays its own fact', () => {
  // only the first outlet names the tunnel; the others say "the closure"
  const { result, factWith } = run([
    TUNNEL_FACT[0] as string,
    'The closure will last at least six weeks, the agency said.\n\nShops reported fewer customers.',
    ...TUNNEL_FACT.slice(2),
    TUNNEL_CLASH,
  ]);
  assert.deepEqual(
    factWith('three months').map((f) => f.sources),
    [['a5']],
  );
  assert.equal(result.conflicts.filter((c) => c.kind === 'figure').length, 0);
});
