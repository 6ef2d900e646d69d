import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { DEFAULT_CONTESTED_TERMS } from '../../summarize/lexicon.ts';
import { senseCheck } from '../../summarize/senses.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { countContested } from './contested.ts';
import { sayingVerbInSense } from './saying-verb.ts';

// Each invented sentence holds one word of "claim" or "admit": whether it is the verb of saying, read
// by the framing table (not bare) and by the summary (bare: a past form with nothing after it counts).
const CASES: [string, framing: boolean, summary: boolean][] = [
  ['Critics claim that the Dovra levy is unfair.', true, true],
  ['Critics claim the Dovra levy is unfair.', true, true],
  // the base form follows the same rule as "claimed": a plain object is not what was said (newuser22 #2)
  ['The rebels claim responsibility for the blockade.', false, false],
  ['Most of the crew wanted to claim asylum in Dovra.', false, false],
  ['They plan to claim asylum when they reach the quay.', false, false],
  ['Islanders can claim compensation for the flooded fields.', false, false],
  ['About 4,000 asylum claims are pending at the Dovra office.', false, false],
  ['The ministry will decide every claim within six weeks.', false, false],
  ['The mayor claimed the bridge was safe.', true, true],
  ['The storm claimed two lives on the coast.', false, false],
  ['Ada Reyes admitted that she had hired two pilots.', true, true],
  ['Hale was admitted to hospital on Monday.', false, false],
  ['The quay is not as deep as the port has claimed.', false, true],
];

function sentenceOf(text: string) {
  const [doc] = segmentAll([articleFromText('a', text)], createContext());
  assert.ok(doc);
  return { doc, tokens: doc.sentences.flatMap((s) => s.tokens) };
}

test('a word of a verb of saying is the verb, one reading for the framing table and the summary', () => {
  const summaryCheck = senseCheck(DEFAULT_CONTESTED_TERMS);
  for (const [text, framing, summary] of CASES) {
    const { doc, tokens } = sentenceOf(text);
    const first = tokens.findIndex((t) => /^(claim|admit)/i.test(t.text));
    const token = tokens[first];
    assert.ok(token, text);
    const [word, use] = token.norm.startsWith('claim')
      ? ['claim', 'clause' as const]
      : ['admit', 'active' as const];
    assert.equal(sayingVerbInSense(word, use, tokens, first, first + 1), framing, `framing: ${text}`);
    assert.equal(sayingVerbInSense(word, use, tokens, first, first + 1, { bare: true }), summary, text);
    // the table counts it, and the summary's sense check reads it, as the shared reader does
    const counted = countContested([doc], CONTESTED_TERMS, new Map()).some((r) => r.term === word);
    assert.equal(counted, framing, `table: ${text}`);
    const match = { term: word, start: token.start, end: token.end };
    assert.equal(summaryCheck(match, tokens), summary, `summary: ${text}`);
  }
});
