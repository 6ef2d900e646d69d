import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// newuser16 #3: a "she said" after a person introduced in a sentence with no speech ("X of the Y group wept
// in the gallery.") went to the last speaker, a councillor quoted just before. The person of a name "of the"
// a group its lower-case word names is a person (names/extend.ts firmAfter), and a sentence between that opens
// with a name no entity holds leaves the pronoun unnamed (speakers/unnamed-subject.ts). Invented articles.

/** Each direct quote's first words and speaker. */
function speakers(text: string): string[] {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes
    .filter((q) => q.kind !== 'indirect')
    .map((q) => `${q.text.split(' ')[0]}: ${q.speaker?.name}`);
}

const OPENING =
  'Five councillors voted on Tuesday to close the Orlen Street pool.\n\n' +
  '"We are shutting the only place these children learn to swim," said Councillor Nadia Pemberfold, one of four who voted against.\n\n';

test('"she said" after a campaigner "of the" a group introduced without speech is the campaigner', () => {
  const text = `${OPENING}Campaigner Rosa Kettlewick of the Save Orlen Pool group wept in the public gallery. "They did not hear a word," she said.`;
  assert.deepEqual(speakers(text), ['We: Nadia Pemberfold', 'They: Rosa Kettlewick']);
});

test('"she said" after a sentence that opens with a name no entity holds is left unnamed, not the last speaker', () => {
  const text = `${OPENING}Ysolde Carrowmere of the Friends of Orlen Library wept in the public gallery. "They did not hear a word," she said.`;
  const got = speakers(text);
  // the quote is kept (unnamed, or the person the sentence between names), not given to the councillor
  assert.equal(got.length, 2, got.join('; '));
  assert.equal(got[0], 'We: Nadia Pemberfold');
  assert.match(got[1] ?? '', /^They: /);
  assert.notEqual(got[1], 'They: Nadia Pemberfold');
});

test('the last speaker keeps "she said" when the sentence between names nobody', () => {
  const text = `${OPENING}The public gallery fell silent after the vote. "They did not hear a word," she said.`;
  assert.deepEqual(speakers(text), ['We: Nadia Pemberfold', 'They: Nadia Pemberfold']);
});

// newuser16 #8: "city manager Tomas Vell" with no entity for the name was a speaker apart from "Tomas Vell".
test('a speaker phrase of role words and a name no entity holds is the name', () => {
  const out = extract()(
    storyFromTexts([
      {
        id: 'a1',
        text: 'City manager Tomas Vell unveiled a scheme to shutter the Orlen branch, claiming it would save $1.4 million.',
      },
    ]),
    createContext(),
  );
  assert.deepEqual(
    out.quotes.map((q) => q.speaker?.name),
    ['Tomas Vell'],
  );
});
