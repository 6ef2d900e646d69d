import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/model/index.ts';
import { articleFromText, segmentAll } from '../../src/stages/extract/from-text.ts';
import { otherCountWord } from './perturb-counts.ts';
import { dateToFront, otherNumber, otherWriting, type PartTarget } from './perturb-parts.ts';
import { baseOf, negated, planned, swapped, type Tok, withModal } from './perturb-verbs.ts';

// An invented sentence read as the pipeline reads it, its main verb the first token of `verb`.
function target(text: string, verb: string, claim = text): PartTarget {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  const tokens: Tok[] = (doc?.sentences[0]?.tokens ?? []).map((t) => ({ ...t }));
  const at = tokens.findIndex((t) => t.norm === verb);
  return {
    text,
    tokens,
    verb: at < 0 ? null : at,
    claimNorms: new Set(claim.toLowerCase().match(/[\p{L}\d]+/gu) ?? []),
    claimExact: (claim.match(/\d+/g) ?? []).map(Number),
    named: [],
    stranger: () => null,
  };
}

test('base forms', () => {
  assert.deepEqual(['arrested', 'carried', 'planned', 'charged', 'met', 'wins'].map(baseOf), [
    'arrest',
    'carry',
    'plan',
    'charge',
    'meet',
    'win',
  ]);
});

test('the main verb negated, made ahead, a plan, or another event', () => {
  const done = target('Police arrested two men in Vessmark on Monday.', 'arrested');
  assert.equal(negated(done), 'Police did not arrest two men in Vessmark on Monday.');
  assert.equal(withModal(done, 'will'), 'Police will arrest two men in Vessmark on Monday.');
  assert.equal(planned(done), 'Police planned to arrest two men in Vessmark on Monday.');
  assert.equal(swapped(done), 'Police charged two men in Vessmark on Monday.');
  const passive = target('Two men were arrested in Vessmark on Monday.', 'arrested');
  assert.equal(negated(passive), 'Two men were not arrested in Vessmark on Monday.');
  assert.equal(withModal(passive, 'could'), 'Two men could be arrested in Vessmark on Monday.');
  assert.equal(planned(passive), 'Two men were to be arrested in Vessmark on Monday.');
  // an infinitive is no main verb to edit
  assert.equal(negated(target('Ostland was to ask Valdoria for help.', 'ask')), null);
});

test('a number the claim holds exactly, another; a bound or a glued number left alone', () => {
  assert.equal(
    otherNumber(target('The storm killed 12 people in Vessmark.', 'killed')),
    'The storm killed 18 people in Vessmark.',
  );
  assert.equal(
    otherNumber(target('The storm killed 12 people.', 'killed', 'The storm killed at least 10 people.')),
    null,
  );
  assert.equal(otherNumber(target('They drove a 4-by-4 car into the shop.', 'drove')), null);
});

test('edits that keep support: a date phrase to the front, an amount written another way', () => {
  assert.equal(
    dateToFront(target('The council closed the Vessmark pier on Monday.', 'closed')),
    'On Monday, the council closed the Vessmark pier.',
  );
  assert.equal(
    otherWriting(target('The pier will cost $48 million to mend.', 'cost')),
    'The pier will cost 48 million dollars to mend.',
  );
});

test('a count in words the claim writes too, told as another; a glued one left alone', () => {
  assert.equal(
    otherCountWord(target('The frigate escorted the five merchant vessels.', 'escorted')),
    'The frigate escorted the eight merchant vessels.',
  );
  assert.equal(
    otherCountWord(target('A dozen homes burned in Kell.', 'burned')),
    'Two dozen homes burned in Kell.',
  );
  assert.equal(
    otherCountWord(target('Voters backed the plan by two-thirds.', 'backed')),
    'Voters backed the plan by one-third.',
  );
  // not the claim's count, or glued into a name
  assert.equal(otherCountWord(target('Five men fled.', 'fled', 'Six men fled.')), null);
  assert.equal(otherCountWord(target('They drove a four-by-four car.', 'drove')), null);
});
