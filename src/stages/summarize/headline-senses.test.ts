import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { segmented } from '../compared-story.ts';
import { chooseHeadline } from './headline.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { senseCheck } from './senses.ts';
import { contestedMatcher } from './text.ts';

// A title's contested word read in its sense: a headline is refused for the contested sense only.
describe('the neutral headline: contested words in their sense', () => {
  const find = contestedMatcher(DEFAULT_CONTESTED_TERMS);
  // Invented: "floods" of a river is water, not the contested metaphor for people ("a flood of migrants")
  test('a title whose contested word is used in its plain sense is neutral; in its contested sense it is not', () => {
    const head = (title: string) =>
      chooseHeadline({
        articles: segmented([
          { title, text: 'The river rose on Monday and the harbour town of Vessmark was evacuated.' },
        ]),
        facts: [],
        summary: ['The river rose on Monday and the harbour town of Vessmark was evacuated.'],
        findContested: find,
        inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
      });
    assert.equal(
      head('River Orrin floods the harbour town of Vessmark'),
      'River Orrin floods the harbour town of Vessmark',
    );
    assert.notEqual(
      head('A flood of migrants reaches the harbour town of Vessmark'),
      'A flood of migrants reaches the harbour town of Vessmark',
    );
  });

  // Invented: a mass metaphor said of people ("Protesters swarm …") is never a neutral headline, nor one
  // said of a plural agent noun the sense reader does not list ("Picnickers swarm …"); of bees it is plain
  test('a title whose contested verb is said of people is refused; said of animals it is neutral', () => {
    const head = (title: string) =>
      chooseHeadline({
        articles: segmented([{ title, text: 'A crowd gathered at the Vessmark town hall on Monday.' }]),
        facts: [],
        summary: ['A crowd gathered at the Vessmark town hall on Monday.'],
        findContested: find,
        inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
      });
    for (const title of [
      'Protesters swarm Vessmark town hall',
      'Fans swarm Vessmark town hall',
      'Picnickers swarm Vessmark town hall',
    ])
      assert.notEqual(head(title), title);
    assert.equal(head('Bees swarm Vessmark town hall'), 'Bees swarm Vessmark town hall');
  });

  // Invented (review28-A on 7e74eef3): a thing's noun of an agent's shape ("Floodwaters", "Rivers",
  // "Orders") or in -ments ("Payments") before a mass metaphor is its plain sense, not people
  test("a title whose contested verb is said of water or things of an agent noun's shape is neutral", () => {
    const text = 'Flood water reached the Vessmark town hall on Monday, and orders and payments rose.';
    const head = (title: string) =>
      chooseHeadline({
        articles: segmented([{ title, text }]),
        facts: [],
        summary: [text],
        findContested: find,
        inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
      });
    for (const title of [
      'Floodwaters surge into Vessmark town hall',
      'Rivers flood Vessmark town hall',
      'Orders flood in for Vessmark town hall',
      'Payments surge at Vessmark town hall',
    ])
      assert.equal(head(title), title);
    assert.notEqual(head('Demonstrators swarm Vessmark town hall'), 'Demonstrators swarm Vessmark town hall');
  });
});
