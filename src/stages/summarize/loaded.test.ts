import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { segmented } from '../compared-story.ts';
import { chooseHeadline } from './headline.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { loadedEntryOf } from './loaded.ts';
import { lastCandidate } from './test-story.ts';
import { contestedMatcher } from './text.ts';

test('loadedEntryOf reads the framing lexicon’s loaded words by stem, and no plain word', () => {
  const table: [string, string | null][] = [
    ['gutted', 'gut'],
    ['axed', 'axe*'],
    ['climbdown', 'climbdown*'],
    ['Furious', 'furious*'],
    ['stunning', 'stunning'],
    ['cut', null],
    ['closed', null],
    ['residents', null],
  ];
  for (const [word, entry] of table) assert.equal(loadedEntryOf(word), entry, word);
});

const last = (text: string) => lastCandidate('Orlen libraries', text);

describe('a loaded word in the outlet’s own voice keeps a sentence out of the summary’s', () => {
  // [sentence, eligible, eligible when no sentence is]
  const cases: [string, boolean, boolean][] = [
    ['More than 200 furious parents packed the Orlen council chamber on Monday night.', false, true],
    ['In a stunning climbdown, the Orlen council voted on Monday to keep its libraries open.', false, true],
    ['The Orlen council voted on Monday to axe two of its four branch libraries.', false, true],
    ['The council had planned to gut the library budget by a third, the Clarion wrote.', false, true],
    // the plain telling of the same facts is told
    ['More than 200 parents packed the Orlen council chamber on Monday night.', true, true],
    ['The Orlen council voted on Monday to close two of its four branch libraries.', true, true],
    // a noun right after a preposition tells how, not what the writer makes of it
    ['The Orlen library director resigned in disgrace after the audit on Monday.', true, true],
    // inside quotation marks the word is its speaker's, told as theirs
    ['“They want to gut our libraries,” said Ines Morrow, a parent, on Monday night.', true, true],
  ];
  for (const [sentence, eligible, fallback] of cases)
    test(sentence, () => {
      const c = last(`The Orlen council met on Monday.\n\n${sentence}`);
      assert.equal(c?.eligible, eligible, JSON.stringify(c?.contested));
      assert.equal(c?.fallback, fallback);
    });
});

test('a title in loaded words does not head the story; a plain one does', () => {
  const docs = segmented([
    {
      title: 'Orlen council votes to axe two branch libraries in June',
      text: 'The Orlen council voted on Monday to close two branch libraries in June.',
    },
    { title: 'Two Orlen libraries to close', text: 'Two libraries will close in June.' },
  ]);
  const headline = chooseHeadline({
    articles: docs,
    facts: [],
    summary: ['The Orlen council voted on Monday to close two branch libraries in June.'],
    findContested: contestedMatcher(DEFAULT_CONTESTED_TERMS),
  });
  assert.doesNotMatch(headline ?? '', /axe/, headline ?? 'null');
  assert.ok(headline, 'a plain headline');
});
