import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { storyFromTexts } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { compare } from './index.ts';

// Invented coverage: both outlets report what the port director said of the offer, with other figures.
function matrix(a1: string, a2: string) {
  const ctx = createContext();
  const input = storyFromTexts([
    { id: 'a1', text: a1 },
    { id: 'a2', text: a2 },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const row = (words: string) => {
    const quote = extraction.quotes.find((q) => q.text.includes(words));
    assert.ok(quote, `no quote with ${words}`);
    return result.quoteMatrix.find((r) => r.quoteId === quote.id)?.byArticle;
  };
  return row;
}

test('a sentence with another figure does not paraphrase a quote', () => {
  const row = matrix(
    'Port director Ada Lind said the port authority had offered the dockworkers a raise of 4 percent.',
    'Port director Ada Lind said the port authority had offered the dockworkers a raise of 6 percent.',
  );
  assert.deepEqual(row('4 percent'), { a1: 'paraphrased', a2: 'absent' });
  assert.deepEqual(row('6 percent'), { a1: 'absent', a2: 'paraphrased' });
});

test('a number written in words counts as one', () => {
  const row = matrix(
    'Bridge engineer Ada Lind said the harbor bridge will stay closed for at least six weeks.',
    'Bridge engineer Ada Lind said the harbor bridge will stay closed for at least three weeks.',
  );
  assert.deepEqual(row('six weeks'), { a1: 'paraphrased', a2: 'absent' });
});

test('the same figure in other words still paraphrases it', () => {
  const row = matrix(
    'Port director Ada Lind said the port authority had offered the dockworkers a raise of 4 percent.',
    'The port authority had offered the dockworkers a raise of 4 percent, director Ada Lind told the union.',
  );
  assert.equal(row('4 percent')?.a2 === 'absent', false);
});

test('a quote carried in other words, in quotation marks, is paraphrased there, not quoted', () => {
  const row = matrix(
    'The mayor spoke with the governor about “ongoing efforts to manage the ferry queues at the harbor,” the city hall said.',
    'The two discussed “ongoing efforts to manage the long ferry queues at the harbor,” spokesman Ian Holt said.',
  );
  // "long" put in: the words are not the same, whoever each gives them to
  assert.deepEqual(row('manage the ferry queues'), { a1: 'quoted', a2: 'paraphrased' });
  assert.deepEqual(row('manage the long ferry queues'), { a1: 'paraphrased', a2: 'quoted' });
});

test('a part of a quote carried word for word, in any case or marks, is quoted', () => {
  const row = matrix(
    'Spokesman Ian Holt said: “The two leaders agreed that more ferries are needed at the harbor this summer.”',
    'The two leaders “agreed that more Ferries are needed at the harbor this summer,” the Norhaven Port Office said.',
  );
  assert.deepEqual(row('The two leaders agreed'), { a1: 'quoted', a2: 'quoted' });
  assert.deepEqual(row('agreed that more Ferries'), { a1: 'quoted', a2: 'quoted' });
});

test('a passage of another speaker in like words does not paraphrase a quote; one of the same speaker does', () => {
  const quote =
    'Spokesman Ian Holt said the ministers will meet “to discuss further steps that can be taken together to ease the ferry queues.”';
  const other = matrix(
    quote,
    'The ministers “will discuss further steps to ease the ferry queues at the harbor and ways to act together,” the port office said.',
  );
  assert.equal(other('discuss further steps that')?.a2, 'absent');
  const same = matrix(
    quote,
    'Ian Holt told reporters the ministers will meet to discuss further steps they can take together to ease the ferry queues.',
  );
  assert.equal(same('discuss further steps that')?.a2, 'paraphrased');
});

// midreview34 finding 9: an outlet's own sentence giving another time than a quote ("might close next
// year" / "will close at the end of January") was "≈ paraphrased". Invented texts.
test('a sentence naming another time does not paraphrase a quote', () => {
  const got = matrix(
    'Councillor Petra Holm said the Kettle Lane and Dunmore Park pools might close next year.',
    'The Kettle Lane and Dunmore Park pools will close at the end of January, after a vote that Councillor Petra Holm opposed.',
  )('next year');
  assert.equal(got?.a2, 'absent');
});

test('another month named: no paraphrase', () => {
  const got = matrix(
    'Museum director Ivo Brask said the Orrin museum would reopen in March after the repairs.',
    'The Orrin museum will reopen in May after the repairs, museum director Ivo Brask said.',
  )('reopen in March');
  assert.equal(got?.a2, 'absent');
});

test('the same time named: still paraphrased', () => {
  const got = matrix(
    'Councillor Petra Holm said the Kettle Lane and Dunmore Park pools might close next year.',
    'The Kettle Lane and Dunmore Park pools might close next year, Councillor Petra Holm said.',
  )('next year');
  assert.equal(got?.a2, 'paraphrased');
});

test('the matrix tells which article quotes only a part, and a negation the part leaves out', () => {
  const ctx = createContext();
  const input = storyFromTexts([
    {
      id: 'a1',
      text: 'Harbour minister Tova Renn said: "I am not saying we will close the harbour to the fishing fleet; I am saying we will move the fleet to Orlen Quay."',
    },
    { id: 'a2', text: 'Harbour minister Tova Renn said: "We will close the harbour."' },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const row = result.quoteMatrix.find((r) => r.parts !== undefined);
  assert.deepEqual(row?.parts, { a2: { text: 'We will close the harbour.', leavesOut: ['not'] } });
});

test('one speaker quoted in a wording that says something else is no paraphrase but a difference to check', () => {
  const ctx = createContext();
  const input = storyFromTexts([
    {
      id: 'a1',
      text: 'Harbour master Ilse Varga told reporters: "The new breakwater shields every boat in Pellow Cove."',
    },
    {
      id: 'a2',
      text: 'Harbour master Ilse Varga told reporters: "The new breakwater endangers every boat in Pellow Cove."',
    },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const shields = extraction.quotes.find((q) => q.text.includes('shields'));
  const endangers = extraction.quotes.find((q) => q.text.includes('endangers'));
  assert.ok(shields && endangers);
  const row = result.quoteMatrix.find((r) => r.quoteId === shields.id);
  assert.deepEqual(row?.byArticle, { a1: 'quoted', a2: 'absent' });
  assert.deepEqual(row?.otherWordings, { a2: { quoteId: endangers.id, words: ['shields', 'endangers'] } });
  const differs = result.differences?.filter((d) => d.about.startsWith('wordings differ'));
  assert.deepEqual(
    differs?.map((d) => [d.about, d.sides.map((s) => s.evidence.map((e) => e.articleId))]),
    [['wordings differ: shields / endangers', [['a1'], ['a2']]]],
  );
});

test('a quote in another wording that says the same stays paraphrased, with no difference', () => {
  const ctx = createContext();
  const input = storyFromTexts([
    {
      id: 'a1',
      text: 'Harbour master Ilse Varga told reporters: "The new breakwater shields every boat in Pellow Cove."',
    },
    {
      id: 'a2',
      text: 'Harbour master Ilse Varga told reporters: "The new breakwater shields every single boat in Pellow Cove."',
    },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const q = extraction.quotes.find((x) => x.text.includes('every boat'));
  assert.equal(result.quoteMatrix.find((r) => r.quoteId === q?.id)?.byArticle.a2, 'paraphrased');
  assert.equal(
    result.differences?.some((d) => d.about.startsWith('wordings differ')),
    false,
  );
});

test('two like remarks one article quotes both of are two remarks, no wording to check', () => {
  const ctx = createContext();
  const input = storyFromTexts([
    {
      id: 'a1',
      text: 'Harbour master Ilse Varga told reporters: "The new breakwater shields every boat in Pellow Cove." Later she said: "The new breakwater shields every house in Pellow Cove."',
    },
    {
      id: 'a2',
      text: 'Harbour master Ilse Varga told reporters: "The new breakwater shields every boat in Pellow Cove."',
    },
  ]);
  const extraction = extract()(input, ctx);
  const result = compare()({ ...input, ...extraction }, ctx);
  const house = extraction.quotes.find((q) => q.text.includes('every house'));
  assert.ok(house);
  const row = result.quoteMatrix.find((r) => r.quoteId === house.id);
  assert.equal(row?.byArticle.a2, 'absent');
  assert.equal(row?.otherWordings, undefined);
  assert.equal(
    result.differences?.some((d) => d.about.startsWith('wordings differ')),
    false,
  );
});
