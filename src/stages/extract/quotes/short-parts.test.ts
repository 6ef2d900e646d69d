import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext, type StoryExtraction } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

function run(...texts: string[]): StoryExtraction {
  return extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
}

const FULL =
  '"Nobody wanted to leave the wards today, but the board left us no choice," federation secretary Ilse Marrow told a rally.';

// newuser21 #9: a few words quoted of a named speaker (too few to match as a run of four) are a part of
// the longer quote of that speaker they run in, word for word: one quote, carried in part. (The
// outlet's words around them, "the board had left nurses …", are reported speech, listed apart.)
const quoted = (q: { kind: string; text: string }) => q.kind !== 'indirect' && /no choice/.test(q.text);
test('two words quoted of a speaker join the longer quote of hers they run in', () => {
  const { quotes } = run(FULL, 'Ilse Marrow told a rally that the board had left nurses "no choice".');
  const choice = quotes.filter(quoted);
  assert.equal(choice.length, 1, choice.map((q) => q.text).join(' | '));
  assert.deepEqual(
    choice[0]?.occurrences.map((o) => o.articleId),
    ['a1', 'a2'],
  );
});

test('nor given to another speaker, nor held by two quotes of hers, they stay a quote of their own', () => {
  const other = run(FULL, 'Health Minister Oren Fitch said the board had been given "no choice".').quotes;
  assert.equal(other.filter(quoted).length, 2);
  const twice = run(
    FULL,
    '"The ministry left us no choice on pay either," Ilse Marrow said later.',
    'Ilse Marrow said the nurses had "no choice".',
  ).quotes;
  assert.equal(twice.filter(quoted).length, 3);
});

// newuser24 #7: "The Motor Workers' Alliance called the closure “a betrayal”" lost its two quoted words (no
// speaker found: the body's name, a plural's possessive, was read as "Motor Workers"), so another outlet's
// fuller quote of the union showed this outlet "—", absent.
test("a body's name with a plural's possessive names the speaker of a short part it calls something", () => {
  const { quotes } = run(
    'The Bakers\' Guild said the closure was "a blow to a loyal workforce" and that it would ballot members.',
    'The Bakers\' Guild called the closure "a blow" to staff.',
  );
  const blow = quotes.filter((q) => q.kind !== 'indirect' && /a blow/.test(q.text));
  assert.equal(blow.length, 1, blow.map((q) => q.text).join(' | '));
  assert.deepEqual(
    blow[0]?.occurrences.map((o) => o.articleId),
    ['a1', 'a2'],
  );
  assert.match(String(blow[0]?.speaker && 'name' in blow[0].speaker ? blow[0].speaker.name : ''), /Guild/);
});
