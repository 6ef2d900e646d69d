import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { predicateStems, toldInPart } from './in-part.ts';
import { readSentences } from './support/index.ts';

// the readings of one invented story's sentences, found by words of theirs, and the story's IDF
function story(...texts: string[]) {
  const input = storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text })));
  const full = { ...input, ...extract()(input, createContext()) };
  const { find, idf } = readSentences(full);
  const read = (words: string) => {
    for (const doc of full.articles)
      for (const s of doc.sentences)
        if (doc.article.text.slice(s.start, s.end).includes(words)) {
          const r = find({ articleId: doc.article.id, span: { start: s.start, end: s.end } });
          assert.ok(r, words);
          return r;
        }
    throw new Error(`no sentence holds ${words}`);
  };
  return { read, idf };
}

test('the words of a told age are no content: two sentences with ages alike tell no other fact in part', () => {
  const { read, idf } = story(
    'A small plane crashed into a field near Harwick on Sunday. The 27-year-old pilot and her 20-year-old co-pilot had flown the route twice that morning. Investigators arrived at the field.',
    'A small plane crashed near Harwick on Sunday. The 27-year-old pilot and her 20-year-old co-pilot were praised by the club. Her co-pilot, 20, had flown the same route twice that morning, the club said.',
  );
  const flown = read('had flown the route');
  // "year", "old" held twice over made "were praised by the club" tell the flights in part
  assert.equal(toldInPart(flown, read('were praised'), idf), false);
  // the flights told again, with one of the ages, still tell them in part
  assert.equal(toldInPart(flown, read('the same route'), idf), true);
});

test('predicateStems: a sentence must hold a predicate of the fact, unless the fact tells one negated', () => {
  const { read, idf } = story(
    'The Marlow council approved the new ferry contract on Monday. Terms of the contract were not disclosed.',
    'The council of Marlow approved a ferry contract worth an undisclosed sum. The ferry will sail from June.',
  );
  const approved = read('approved the new ferry');
  const stems = predicateStems(approved);
  assert.ok(stems?.length, 'approved is its predicate');
  // the other article's sentence that holds it is the one that can tell it in part
  const other = read('approved a ferry contract');
  assert.ok(stems.some((s) => other.allStems.has(s)));
  const sail = read('will sail');
  assert.ok(!stems.some((s) => sail.allStems.has(s)));
  assert.equal(toldInPart(approved, sail, idf, { rarest: false, predicate: true }), false);
  // "were not disclosed" may be held by "an undisclosed sum": any sentence may tell it
  const undisclosed = read('were not disclosed');
  assert.ok(undisclosed.predicates.length > 0);
  assert.equal(predicateStems(undisclosed), null);
});
