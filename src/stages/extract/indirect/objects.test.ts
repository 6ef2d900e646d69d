import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// The noun object of a speech act: what was said ("denied the allegations") is reported speech, a text
// put forward, signed or voted on ("proposed a budget") is not.

function contents(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes.filter((q) => q.kind === 'indirect').map((q) => q.text);
}

/** [rule, sentence, the indirect speech read in it]. */
const CASES: [string, string, string[]][] = [
  ['a budget proposed', 'Mayor Ann Wu proposed a budget of $2 million for the pier on Monday.', []],
  ['a budget with its figure first', 'The harbour board proposed a $40,000 budget for the ferry.', []],
  ['a bill rejected', 'The council rejected the bill on Tuesday after a long debate.', []],
  [
    'a budget with a relative clause on it',
    'Mayor Ann Wu proposed a budget that would cut spending on the pier by a third.',
    [],
  ],
  ['a bill with a relative clause on it', 'The council rejected a bill which banned cars from the pier.', []],
  ['a plan rejected', 'The council rejected the harbour plan on Tuesday, nine votes to four.', []],
  // newuser23 #10: a vote is no speech, and the plan's infinitive tells what the plan would do
  [
    'a plan to do a thing rejected by a vote',
    'Ferry fares will stay, after the Dunmere council rejected a plan to raise them on Tuesday by a vote of 5 to 2.',
    [],
  ],
  ['a bill to do a thing endorsed', 'The harbour board endorsed a bill to ban cars from the pier.', []],
  ['a proposal rejected', 'The port board rejected the ferry proposal, nine votes to four.', []],
  ['an offer turned down', 'The drivers’ union rejected the pay offer on Friday.', []],
  ['a contract endorsed', 'The drivers’ union endorsed the new contract with the port.', []],
  [
    'a ban proposed is what was proposed',
    'Mayor Ann Wu proposed a ban on cars on the pier.',
    ['a ban on cars on the pier'],
  ],
  [
    'allegations denied',
    'Ann Wu denied the allegations against the harbour board.',
    ['the allegations against the harbour board'],
  ],
  [
    // newuser21 #13: "calling it an unnecessary walkout" was read "it an unnecessary walkout …"
    'what a pronoun is called, past the pronoun',
    'Ferries stopped on Monday. Mayor Ann Wu hit out at the strike, calling it a reckless walkout that strands islanders.',
    ['a reckless walkout that strands islanders'],
  ],
  [
    'a clause about a budget',
    'Ann Wu said the budget of the harbour board was too small.',
    ['the budget of the harbour board was too small'],
  ],
];

for (const [rule, text, expected] of CASES) {
  test(`noun object: ${rule}`, () => {
    assert.deepEqual(contents(text), expected);
  });
}

test('a participle after the main clause speaks for its subject, not for the holder of a claim noun in it', () => {
  const out = extract()(
    storyFromTexts([
      {
        id: 'a1',
        text: "Local leaders denounced Mayor Ann Wu's decision to close the pier, saying at a meeting on Tuesday she had hurt the fishermen.",
      },
    ]),
    createContext(),
  );
  const saying = out.quotes.find((q) => q.cue === 'saying');
  assert.equal(saying?.speaker?.name, 'Local leaders', JSON.stringify(out.quotes));
});
