import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// Whom "he" or "she" stands for when names say no gender (antecedent.ts, gender.ts genderBefore).

/** The speaker of the article's last direct or partial quote. */
function quoteSpeaker(text: string): string | undefined {
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  return out.quotes.filter((q) => q.kind !== 'indirect').at(-1)?.speaker?.name;
}

/** [rule, text, speaker]. */
const CASES: [string, string, string][] = [
  [
    'a relative named after another person of the sentence is not "he"',
    'Lars Holm, the harbour master, spoke on Monday.\nHolm sings at home and makes pancakes for son Tom, 8, daughter Ava, 3, as well as his wife Deborra-Lee Furness.\n“Deb and my kids are the best things in my life,” he said.',
    'Lars Holm',
  ],
  [
    '"his wife" before names that say no gender is not "he"',
    'The harbour master Lars Holm said on Monday that the ferry would stop.\nIn the evening the crowd at the pier cheered his wife Sandy Kerr.\n“The ferry is late again,” he said.',
    'Lars Holm',
  ],
  [
    'one who wrote goes on writing, whoever is named between',
    '“I am sad that the old director is leaving us,” author Ann Wu wrote in a letter on her web site.\nChris Lane, who directed two films about the harbour and a series about the sea, was hired on Monday after a long search by the studio.\nThe director “is eager to keep the film as close to the book as possible,” she wrote.',
    'Ann Wu',
  ],
  [
    'a relative is still "she" when the other person of her sentence is a man',
    'Lars Holm spoke on Monday, and his daughter Sandy Holm stood at the pier.\n“The ferry is late again,” she said.',
    'Sandy Holm',
  ],
  [
    'a title before the given name does not hide its gender ("Prosecutor Eric Nichols" is no "she")',
    'Prosecutor Eric Nichols spoke first. “Rarely have we seen such a case,” Nichols said.\nA former member of the church, Ada Musser, said the verdict brings nothing back.\n“Trafficking is a form of slavery,” she said.',
    'Ada Musser',
  ],
];

for (const [rule, text, speaker] of CASES) {
  test(`pronoun speaker: ${rule}`, () => {
    assert.equal(quoteSpeaker(text), speaker);
  });
}

test('pronoun speaker: the man named after "the wives of" is no "she"', () => {
  const text =
    'One of the wives of former church leader Winston Holm confirmed his arrest Wednesday.\n“It is for fraud,” she said, declining to give her name.';
  assert.notEqual(quoteSpeaker(text), 'Winston Holm');
  // and the one named after "the husband of" is no "he"
  assert.equal(
    quoteSpeaker('The husband of harbour pilot Winston Holm spoke on Monday.\n“It is for fraud,” he said.'),
    'he',
  );
});

// Invented: "Ms" says the subject of the sentence before is a woman; the two officials named after her,
// whose names say nothing, are who she walked with, not whom "she" stands for.
test('pronoun speaker: "she" is the sentence-opening "Ms X", not a person of unknown gender named after her', () => {
  const text =
    'Minister Petra Vollan visited Drossmouth on Tuesday.\nMs Vollan walked through the Quayside district with Mayor Ilse Tannery and fire chief Oskar Brenlow. She promised that the government would help families rebuild.';
  const out = extract()(storyFromTexts([{ id: 'a1', text }]), createContext());
  const promise = out.quotes.find((q) => q.text.includes('help families rebuild'));
  assert.equal(promise?.speaker?.name, 'Petra Vollan');
});
