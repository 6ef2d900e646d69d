import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepsRun, runWords } from './quote-reported.ts';

// (content words as the compare stage's IDF table holds them: no function word, no shifted word)
const FUNCTION = new Set(['the', 'of', 'a', 'to', 'and', 'not', 'on', 'as', 'was', 'in']);
const isContent = (key: string) => !key.startsWith('~') && !FUNCTION.has(key);

test('keepsRun: a run of the quote told in the report’s person and tense, opening a clause of both', () => {
  const cases: [string, string, boolean][] = [
    ['I have lost the trust of the fishermen', 'she had lost the trust of the fleet', true],
    // the quote's second clause, after ", and"
    ['I am tired, and I will not stay on as harbour master', 'she would not stay on as harbour master', true],
    // a shared noun phrase inside the clause: not how a report tells a quote
    ['The skipper, a tall young man, left the quay', 'a tall young man was charged', false],
    // a name's words tell only whom both speak of
    ['We met the Northern Fisheries Board', 'they met the Northern Fisheries Board', false],
    // one content word in the run
    ['I have lost the trust of the fishermen', 'she had lost faith in the fleet', false],
  ];
  for (const [quote, report, expected] of cases)
    assert.equal(keepsRun(runWords(quote), runWords(report), isContent), expected, `${quote} / ${report}`);
});

test('runWords: a clause opens at the start, after a stop, after ", and"; a capital inside a sentence is a name', () => {
  const words = runWords('We rest. Then we sail, and Ilse Varro steers');
  assert.deepEqual(words.opens, [true, false, true, false, false, false, true, false, false]);
  assert.deepEqual(words.names, [false, false, false, false, false, false, true, true, false]);
});
