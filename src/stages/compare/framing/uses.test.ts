import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { CONTESTED_TERMS, type ContestedTermEntry } from '../data/contested-terms.ts';
import { countContested } from './contested.ts';
import { mergeTerms } from './index.ts';

// Which row each sentence's uses of the illegal family count in, by the built-in lexicon.
function rowsOf(sentence: string, terms: readonly ContestedTermEntry[] = CONTESTED_TERMS): string[] {
  const docs = segmentAll([articleFromText('a', sentence)], createContext());
  return countContested(docs, terms, new Map())
    .filter((r) => r.term.startsWith('illegal'))
    .flatMap((r) => Array<string>(r.byArticle.a?.ownVoice ?? 0).fill(r.use ? `${r.term}:${r.use}` : r.term));
}

const USES: [string, string[]][] = [
  // the label for people: a noun, an adjective used as one, or one before a person noun
  ['Agents detained several illegals near the ford.', ['illegal:label']],
  ['The farmer said he had hired an illegal.', ['illegal:label']],
  ['Illegal workers picked the grapes.', ['illegal:label']],
  ['Police stopped illegal Zembrans at the pass.', ['illegal:label']],
  ['Most workers on the farm were illegal, the sheriff said.', ['illegal:label']],
  ['Many of them are illegal.', ['illegal:label']],
  // a plural noun before a word tagged as a noun ("storm") is still the people it names
  ['Illegals storm the ford at night.', ['illegal:label']],
  // the longest listed term wins: one row, not two
  ['The illegal immigrants waited at the depot.', ['illegal immigrant:label']],
  ['Officials counted 40 illegal aliens.', ['illegal alien:label']],
  // the description of an act: an adverb, or an adjective before any other noun
  ['They crossed illegally at night.', ['illegal:act']],
  ['Most of them entered the country illegally.', ['illegal:act']],
  ['The law punishes illegal entry.', ['illegal:act']],
  ['Illegal border crossings fell in May.', ['illegal:act']],
  ['Illegal immigration was the topic.', ['illegal:act']],
  ['It is illegal to cross the river there.', ['illegal:act']],
  ['The crossing was illegal.', ['illegal:act']],
  ['The workers said the crossing was illegal.', ['illegal:act']],
  ['The illegal and dangerous crossings went on.', ['illegal:act']],
  ['Inspectors found both illegal tenants and illegal wiring.', ['illegal:label', 'illegal:act']],
  ['The legal challenge failed.', []],
];

for (const [sentence, rows] of USES)
  test(`uses of “illegal”: ${sentence}`, () => {
    assert.deepEqual(rowsOf(sentence), rows);
  });

test('an entry without a use counts every use; a user entry replaces the built-ins of its term', () => {
  const any: ContestedTermEntry[] = [{ term: 'illegal', neutral: 'unauthorized', note: '' }];
  assert.deepEqual(rowsOf('They crossed illegally. Agents caught illegals.', any), ['illegal', 'illegal']);
  const merged = mergeTerms(any).filter((e) => e.term === 'illegal');
  assert.deepEqual(merged, any);
  const onlyAct = mergeTerms([{ term: 'illegal', neutral: 'x', note: '', use: 'act' }]).filter(
    (e) => e.term === 'illegal',
  );
  assert.deepEqual(
    onlyAct.map((e) => [e.use, e.neutral === 'x']),
    [
      ['label', false],
      ['act', true],
    ],
  );
});

test('a word inside a longer term already counted is no use of a shorter term', () => {
  const rows = (sentence: string) => {
    const docs = segmentAll([articleFromText('a', sentence)], createContext());
    return countContested(docs, CONTESTED_TERMS, new Map()).map(
      (r) => `${r.term} ${r.byArticle.a?.ownVoice}`,
    );
  };
  // one phrase, one row: not also "alien" (the words of "illegal aliens")
  assert.deepEqual(rows('Wardens held 30 illegal aliens at the quay.'), ['illegal alien 1']);
  // an "alien" of its own still counts
  assert.deepEqual(rows('Wardens held 30 illegal aliens and one alien from Orsa.'), [
    'illegal alien 1',
    'alien 1',
  ]);
});
