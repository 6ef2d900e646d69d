import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/model/index.ts';
import { articleFromText, segmentAll } from '../../src/stages/extract/from-text.ts';
import { otherCountWord } from './perturb-counts.ts';
import { framed, mayOnDay, swappedCounts } from './perturb-frames.ts';
import { otherParticipant } from './perturb-names.ts';
import { dateToFront, droppedDetail, otherNumber, otherWriting, type PartTarget } from './perturb-parts.ts';
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

test('frames that break support: a condition, a denial, a critic\'s claim, "may" with a weekday', () => {
  const done = target('Police arrested two men in Vessmark on Monday.', 'arrested');
  assert.equal(
    framed('If', ', that is news')(done),
    'If police arrested two men in Vessmark on Monday, that is news.',
  );
  assert.equal(
    framed('It is unclear whether')(done),
    'It is unclear whether police arrested two men in Vessmark on Monday.',
  );
  assert.equal(
    framed('Officials denied that')(done),
    'Officials denied that police arrested two men in Vessmark on Monday.',
  );
  assert.equal(mayOnDay(done), 'Police may arrest two men in Vessmark on Monday.');
  // a sentence someone reports already gets no second reporter
  assert.equal(framed('Critics claim that', '', true)(target('Police said two men fled.', 'fled')), null);
  assert.equal(mayOnDay(target('Police arrested two men in Vessmark.', 'arrested')), null);
});

test("a frame keeps a name's capital and skips a split-off piece or a dateline", () => {
  const denied = framed('Officials denied that');
  assert.equal(
    denied(target('Mr. Oren closed the Vessmark pier on Friday.', 'closed')),
    'Officials denied that Mr. Oren closed the Vessmark pier on Friday.',
  );
  assert.equal(
    denied(target('Ostlandian actor Ivo Brandt will host the show.', 'host')),
    'Officials denied that Ostlandian actor Ivo Brandt will host the show.',
  );
  assert.equal(
    denied(target('Financial terms were not disclosed.', 'disclosed')),
    'Officials denied that financial terms were not disclosed.',
  );
  assert.equal(denied(target('and the hospital would not release any details.', 'release')), null);
  assert.equal(denied(target('Kell / Velden: A warship foiled an attack on Friday.', 'foiled')), null);
});

test('two counts of two things swapped; two counts of one thing left alone', () => {
  assert.equal(
    swappedCounts(target('The storm left 5 dead and 12 injured in Kell.', 'left')),
    'The storm left 12 dead and 5 injured in Kell.',
  );
  assert.equal(swappedCounts(target('The fund grew from 5 million to 12 million.', 'grew')), null);
});

test('a detail dropped whole: "such as …" from its comma, not inside a word', () => {
  assert.equal(
    droppedDetail(
      target('The firm sells power and cooling systems to banks, such as Vessbank Trust.', 'sells'),
    ),
    'The firm sells power and cooling systems to banks.',
  );
  assert.equal(
    droppedDetail(target('The crew carried out a boarding-and-search action at dawn.', 'carried')),
    null,
  );
});

test('another participant: not a name that only describes the person after it', () => {
  const text = 'Kell police Lt. Ada Holm said the shooter used a rifle.';
  const t: PartTarget = {
    ...target(text, 'used'),
    named: [
      { start: 0, end: 4, kind: 'place', name: 'Kell', inClaim: true },
      { start: 16, end: 24, kind: 'person', name: 'Ada Holm', inClaim: true },
    ],
    stranger: (kind) => (kind === 'person' ? 'Ivo Brandt' : 'Vessmark'),
  };
  assert.equal(otherParticipant(t), 'Kell police Lt. Ivo Brandt said the shooter used a rifle.');
});
