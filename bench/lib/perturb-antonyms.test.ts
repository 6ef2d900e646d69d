import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/model/index.ts';
import { articleFromText, segmentAll } from '../../src/stages/extract/from-text.ts';
import { antonym } from './perturb-antonyms.ts';
import type { PartTarget } from './perturb-parts.ts';

// An invented sentence as the audit reads it, with the words of the claim it is checked against.
function target(text: string, claim = text): PartTarget {
  const [doc] = segmentAll([articleFromText('a1', text)], createContext());
  return {
    text,
    tokens: (doc?.sentences[0]?.tokens ?? []).map((t) => ({ ...t })),
    verb: null,
    claimNorms: new Set(claim.toLowerCase().match(/[\p{L}\d]+/gu) ?? []),
    claimExact: [],
    named: [],
    stranger: () => null,
  };
}

test('a word of direction or state the claim writes too is told as its opposite', () => {
  assert.equal(antonym(target('Ticket sales rose by 12 percent.')), 'Ticket sales fell by 12 percent.');
  assert.equal(antonym(target('The board approved the hotel.')), 'The board rejected the hotel.');
  assert.equal(
    antonym(target('The mill reported losses of 3 million crowns.')),
    'The mill reported profits of 3 million crowns.',
  );
});

test('no edit where the claim does not write the word, or the word is in a name', () => {
  assert.equal(antonym(target('Ticket sales rose by 12 percent.', 'Ticket sales grew.')), null);
  assert.equal(antonym(target('Open University staff met on Monday.')), null);
});
