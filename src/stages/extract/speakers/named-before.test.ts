import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// A bare "he" or "she" right after a sentence whose speaker is a person the story holds no entity for
// (named-before.ts; newuser22 #10). Invented sentences.

/** The speaker of the article's last direct quote. */
function lastSpeaker(text: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes.filter((q) => q.kind === 'direct').at(-1)?.speaker?.name;
}

const FALK = 'Dorian Falk, of the Renewal party, said the ruling was “a gift to the smuggling gangs”.';
const QUOTE = '“Every migrant will know that the doors are open,” he said.';

test('named before: "he" after the sentence of an untyped speaker is that speaker', () => {
  assert.equal(lastSpeaker(`${FALK} ${QUOTE}`), 'Dorian Falk');
  // the sentence before may close the paragraph before
  assert.equal(lastSpeaker(`${FALK}\n${QUOTE}`), 'Dorian Falk');
});

test('named before: "MP" in an apposition makes the name a person (a title, not a body)', () => {
  const text = `Dorian Falk, MP for the Renewal party, said the ruling was “a gift to the gangs”. ${QUOTE}`;
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const falk = out.entities.find((e) => e.name === 'Dorian Falk');
  assert.equal(falk?.kind, 'person');
  assert.equal(
    out.entities.some((e) => e.name === 'MP'),
    false,
  );
  assert.equal(out.quotes.at(-1)?.speaker?.entityId, falk?.id);
});

test('named before: no speaker when another person is named between, or the name says the other gender', () => {
  assert.equal(lastSpeaker(`${FALK} Mayor Ann Wu disagreed. ${QUOTE}`), 'he');
  assert.equal(lastSpeaker(`${FALK.replace('Dorian', 'Maria')} ${QUOTE}`), 'he');
  // two sentences away, or a paragraph apart with another paragraph between
  assert.equal(lastSpeaker(`${FALK} The court sat late. ${QUOTE}`), 'he');
  assert.equal(lastSpeaker(`${FALK}\nThe court sat late.\n${QUOTE}`), 'he');
});

test('named before: no speaker when someone else speaks after the named speaker (review44b)', () => {
  const officer = ', and the court’s press officer said the judges had ruled on the law alone.';
  assert.equal(lastSpeaker(`${FALK.replace(/\.$/, officer)} ${QUOTE}`), 'he');
});
