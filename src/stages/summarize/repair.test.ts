import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Entity, Evidence, SegmentedArticle } from '../../model/index.ts';
import { segmented } from '../compared-story.ts';
import { repairSentence } from './repair.ts';

/** Evidence for the first occurrence of `phrase` in an article. */
function at(doc: SegmentedArticle, phrase: string): Evidence {
  const start = doc.article.text.indexOf(phrase);
  assert.ok(start >= 0, `"${phrase}" not in ${doc.article.id}`);
  return { articleId: doc.article.id, span: { start, end: start + phrase.length } };
}

describe('repairing sentences that lean on their context', () => {
  const [doc] = segmented([
    {
      text: 'Mayor Ines Varga opened the bridge. He cut the ribbon. However, the road stayed shut. This includes the ramps. They left early. This week the ramps reopened. The bridge cost 3 million euros. Mayor Ines Varga thanked the crews. “We are proud of them,” she said. Varga spoke last. After all, she had fought for the bridge for 10 years. After she lost, she ran again.',
    },
  ]) as [SegmentedArticle];
  const person: Entity = {
    id: 'e1',
    kind: 'person',
    name: 'Ines Varga',
    aliases: [],
    flags: [],
    mentions: [at(doc, 'Ines Varga')],
  };
  const sentence = (i: number) => {
    const s = doc.sentences[i];
    return s ? doc.article.text.slice(s.start, s.end) : '';
  };
  const other: Entity = { ...person, id: 'e2', name: 'Tom Reyes', mentions: [at(doc, 'Mayor')] };
  // the same two, named again in "Varga spoke last."
  const varga: Entity = { ...person, mentions: [...person.mentions, at(doc, 'Varga spoke')] };
  const reyes: Entity = { ...other, mentions: [at(doc, 'spoke last')] };
  const cases: [number, Entity[], string | null][] = [
    [1, [person], 'Ines Varga cut the ribbon.'],
    [1, [person, other], null], // two people in the previous sentence: ambiguous
    [1, [], 'Ines Varga cut the ribbon.'], // antecedent from the previous sentence's proper nouns
    [2, [], 'The road stayed shut.'],
    [3, [], null],
    [4, [], null],
    [5, [], 'This week the ramps reopened.'],
    [6, [], 'The bridge cost 3 million euros.'],
    [8, [], '“We are proud of them,” Ines Varga said.'], // the quote's speaker, named just before
    [8, [person], null], // people are known, but none is named just before
    // the subject after a short opening phrase: the person named before, or none when two are
    [10, [varga], 'After all, Ines Varga had fought for the bridge for 10 years.'],
    [10, [varga, reyes], null],
    [10, [], null], // no person known, and no run of proper nouns before a verb
    // "After she lost": a phrase with its own pronoun is no short opening (its "she" is left as it was)
    [11, [varga], 'After she lost, she ran again.'],
  ];
  for (const [i, entities, expected] of cases) {
    test(`${sentence(i)} → ${expected}`, () => {
      assert.equal(repairSentence(sentence(i), doc, i, entities)?.text ?? null, expected);
    });
  }
});

describe('a pronoun is not given to a person named before it only as an owner', () => {
  // "she" is the lawyer, not the fisherman whose lawyer she is; a surname ending in "s" takes a bare
  // apostrophe ("Marks’ lawyer") [surname, the rest of the text, the repair expected]
  const cases: [string, string, string | null][] = [
    ['Brisk', 'Brisk’s lawyer was not in court. “We will appeal,” she said later.', null],
    ['Brisk', "Brisk's lawyer was not in court. She said they would appeal.", null],
    [
      'Brisk',
      'Brisk was not in court. “We will appeal,” he said later.',
      '“We will appeal,” Odo Brisk said later.',
    ],
    ['Marks', 'Marks’ lawyer was not in court. “We will appeal,” she said later.', null],
    ['Marks', "Marks' lawyer was not in court. She said they would appeal.", null],
  ];
  for (const [surname, rest, expected] of cases) {
    const name = `Odo ${surname}`;
    const [doc] = segmented([{ text: `Fisherman ${name} lost his case. ${rest}` }]) as [SegmentedArticle];
    // the person named in full, then by the surname in the sentence before the pronoun
    const second = doc.article.text.indexOf(surname, doc.article.text.indexOf('case.'));
    const person: Entity = {
      id: 'e1',
      kind: 'person',
      name,
      aliases: [],
      flags: [],
      mentions: [
        at(doc, name),
        { articleId: doc.article.id, span: { start: second, end: second + surname.length } },
      ],
    };
    const s = doc.sentences[2];
    const sentence = s ? doc.article.text.slice(s.start, s.end) : '';
    test(`${rest} → ${expected}`, () => {
      assert.equal(repairSentence(sentence, doc, 2, [person])?.text ?? null, expected);
    });
  }
});

describe('a connective is dropped only where it opens no phrase the sentence needs', () => {
  const text =
    'The ferry crews struck for nine days. Instead of a raise, the union accepted two extra days off. So far, no sailing has been cancelled. In addition to the ferries, the buses ran late. Besides the mayor, two ministers came. Instead, the crews went home. Besides, the fares stayed the same. For instance, the Orlen ferry sailed twice. For example, the night buses ran empty. For example purposes, a timetable was posted.';
  const [doc] = segmented([{ text }]) as [SegmentedArticle];
  const cases: [number, string][] = [
    [1, 'Instead of a raise, the union accepted two extra days off.'],
    [2, 'So far, no sailing has been cancelled.'],
    [3, 'In addition to the ferries, the buses ran late.'],
    [4, 'Besides the mayor, two ministers came.'],
    [5, 'The crews went home.'],
    [6, 'The fares stayed the same.'],
    // an example's marker points at the sentence before: the example is told as a statement
    [7, 'The Orlen ferry sailed twice.'],
    [8, 'The night buses ran empty.'],
    // no marker without its comma: "For example purposes" is a phrase the sentence needs
    [9, 'For example purposes, a timetable was posted.'],
  ];
  for (const [i, expected] of cases) {
    const s = doc.sentences[i];
    const sentence = s ? doc.article.text.slice(s.start, s.end) : '';
    test(`${sentence} → ${expected}`, () => {
      assert.equal(repairSentence(sentence, doc, i, [])?.text ?? null, expected);
    });
  }
});
