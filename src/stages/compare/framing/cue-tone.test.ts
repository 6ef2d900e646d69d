import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { compare } from '../index.ts';

// newuser23 #5: "Brackwater Chemicals said it was cooperating with investigators …" and "City Manager Felix
// Darrow warned that …" read as the outlet's own tone ("cooperating +", "warned −"). What a speaker is
// said to have said, and the verb telling what the speaker did, are the speaker's; a loaded verb of
// saying ("slammed") is the outlet's choice. Invented sentences.
function toneOf(text: string) {
  const ctx = createContext();
  const input = storyFromTexts([{ id: 'a1', text }]);
  const framing = compare()({ ...input, ...extract()(input, ctx) }, ctx).framing;
  const tone = framing?.tone.a1;
  const words = (tone?.evidence ?? []).map((e) => text.slice(e.span.start, e.span.end));
  return { sentiment: tone?.sentiment ?? null, words };
}

test('tone: words a company is said to have said before its partial quote are not the outlet’s', () => {
  const t = toneOf(
    'A fire broke out at the Halden Paints depot on Tuesday. Halden Paints said it was cooperating with investigators and that it would "share what we learn."',
  );
  assert.deepEqual(t.words, []);
  assert.equal(t.sentiment, null);
});

test('tone: the verb of saying of reported speech is the speaker’s, a loaded one the outlet’s', () => {
  const warned = toneOf(
    'The council met on Monday. City Manager Ines Lutz warned that the budget gap of $2 million would not go away.',
  );
  assert.deepEqual(warned.words, []);
  const slammed = toneOf(
    'The council met on Monday. City Manager Ines Lutz slammed the budget as a plan that would not close the gap.',
  );
  assert.ok(slammed.words.includes('slammed'), slammed.words.join(' '));
  // the same word in the outlet's own account still counts
  const own = toneOf(
    'The council met on Monday. The warning sirens failed twice and the budget talks failed.',
  );
  assert.ok(own.words.includes('failed'), own.words.join(' '));
});

test('tone: the outlet’s narration after a short quotation is the outlet’s, not the speaker’s', () => {
  // review44b: the report ran on past the closing quote into 'as protesters …', so 'disastrous' was unread
  const t = toneOf(
    'The council met on Monday. Mayor Ivo Kral said the plan was "dead" as protesters cheered outside the disastrous meeting.',
  );
  assert.deepEqual(t.words, ['disastrous']);
});
