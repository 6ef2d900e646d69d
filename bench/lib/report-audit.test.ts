import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf } from '../../src/text/dates/days.ts';
import { holds, writtenIn } from './audit-numbers.ts';
import { evidenceFault, shapeFault } from './audit-shape.ts';

// [claim, evidence, claim's article day, evidence's article day, every number and date held?]
const HELD: [string, string, number | null, number | null, boolean][] = [
  ['Twelve boats sank off Velport.', 'A dozen boats sank, and 12 crews were saved.', null, null, true],
  ['The fund holds $1.5 million.', 'The fund holds 1,500,000 dollars.', null, null, true],
  ['The pier shut at 4 p.m.', 'The pier shut at 4:00 p.m.', null, null, true],
  ['At least 15, 000 people fled.', 'Nearly 23, 000 people fled.', null, null, false],
  [
    'The mill closed on Tuesday.',
    'The mill closed on Dec. 16.',
    dayOf(2025, 12, 17),
    dayOf(2025, 12, 17),
    true,
  ],
  [
    'The mill closed on Tuesday.',
    'The mill closed on Dec. 9.',
    dayOf(2025, 12, 17),
    dayOf(2025, 12, 17),
    false,
  ],
  ['The mill closed on Tuesday.', 'The mill closed on Tuesday, Dec. 16.', null, null, true],
  ['The deal closes in March.', 'The deal closes on March 3.', dayOf(2025, 1, 5), dayOf(2025, 1, 5), true],
  ['The deal closes on March 3.', 'The deal closes in March.', dayOf(2025, 1, 5), dayOf(2025, 1, 5), false],
  // a date right after a verb of saying dates the saying
  ['Officials said Monday that the pier shut.', 'The pier shut, officials said.', null, null, true],
];

for (const [claim, evidence, ref, evRef, expected] of HELD)
  test(`report audit reads numbers and dates: ${claim} / ${evidence}`, () => {
    const held = writtenIn(evidence, evRef);
    const all = writtenIn(claim, ref).every((item) => holds(item, held) !== 'no');
    assert.equal(all, expected);
  });

const SHAPES: [string, string | null][] = [
  ['After several officials visited Norhaven to discuss the bridge.', 'subordinate clause alone'],
  ['After the officials visited Norhaven, the mayor closed the bridge.', null],
  ['He wants the state to pay for two boats.', 'bare pronoun subject'],
  ['[Ines Vega] wants the state to pay for two boats.', null],
  ['His appeal is set for November 8.', 'bare pronoun subject'],
  ['“We found a crack,” said Ivo Sarrat.', null],
  ['“But I will not gamble with anyone’s life.”', 'bare pronoun subject'],
  ['and the ferries will run all winter.', 'starts in lower case'],
];

for (const [text, expected] of SHAPES)
  test(`report audit reads a fact's shape: ${text}`, () => {
    assert.equal(shapeFault(text), expected);
  });

test("report audit reads an evidence sentence's kind", () => {
  const claim = 'The bridge reopened on Friday.';
  assert.equal(evidenceFault('Correction: the bridge reopened on Friday.', claim, null), "editor's note");
  assert.equal(evidenceFault('Bridge reopens Friday', claim, 'Bridge reopens Friday'), 'headline repeated');
  assert.equal(evidenceFault('The authority denied the bridge reopened on Friday.', claim, null), 'a denial');
  // a first line ending in a full stop is the lead sentence, as ECB+ gives it
  assert.equal(
    evidenceFault('The bridge reopened on Friday.', claim, 'The bridge reopened on Friday.'),
    null,
  );
  // a denial by the claim's own subject denies something else
  assert.equal(
    evidenceFault('Kell denied the charges, calling them lies.', 'Kell said the charges are lies.', null),
    null,
  );
});
