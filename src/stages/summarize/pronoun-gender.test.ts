import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Entity, SegmentedArticle } from '../../model/index.ts';
import { segmented } from '../compared-story.ts';
import { repairSentence } from './repair.ts';

// A "he" or "she" is told as the person named before it only when the article does not tell that
// person's gender otherwise (invented articles; the person's given name, Odo, says no gender).
function repaired(text: string, name: string, at: number): string | null {
  const [doc] = segmented([{ text }]) as [SegmentedArticle];
  const surname = name.split(' ').at(-1) as string;
  const mentions = [...text.matchAll(new RegExp(`(?:${name}|${surname})\\b`, 'g'))].map((m) => ({
    articleId: doc.article.id,
    span: { start: m.index, end: m.index + m[0].length },
  }));
  const person: Entity = { id: 'e1', kind: 'person', name, aliases: [], flags: [], mentions };
  const s = doc.sentences[at];
  assert.ok(s, `no sentence ${at} in ${text}`);
  return repairSentence(text.slice(s.start, s.end), doc, at, [person])?.text ?? null;
}

describe('a pronoun is not told as a person the article tells as of the other gender', () => {
  const cases: [string, string, string, number, string | null][] = [
    // [what, text, name, sentence, repair expected]
    [
      'no gender told: repaired as before',
      'Odo Brisk chairs the ferry board. She said the fares would stay the same.',
      'Odo Brisk',
      1,
      'Odo Brisk said the fares would stay the same.',
    ],
    [
      'an honorific of the other gender ("Mr. Brisk")',
      'The ferry board met on Monday. Mr. Brisk spoke first. “We will not raise fares,” she said.',
      'Odo Brisk',
      2,
      null,
    ],
    [
      'the same honorific, the right pronoun',
      'The ferry board met on Monday. Mr. Brisk spoke first. “We will not raise fares,” he said.',
      'Odo Brisk',
      2,
      '“We will not raise fares,” Odo Brisk said.',
    ],
    [
      'an earlier pronoun after the person\'s reporting verb ("Brisk said he …")',
      'Odo Brisk said he would resign. The ferry board met on Monday. Brisk spoke first. She said the fares would stay the same.',
      'Odo Brisk',
      3,
      null,
    ],
    [
      'a given name of the other gender (Tom)',
      'Tom Brisk chairs the ferry board. She said the fares would stay the same.',
      'Tom Brisk',
      1,
      null,
    ],
    [
      'unsure: the given name says a man, the article "Ms. Brisk"',
      'Tom Brisk chairs the ferry board. Ms. Brisk spoke first. He said the fares would stay the same.',
      'Tom Brisk',
      2,
      null,
    ],
  ];
  for (const [what, text, name, at, expected] of cases)
    test(what, () => assert.equal(repaired(text, name, at), expected));

  test('without entities, an honorific before the names the sentence before gives', () => {
    const text = 'The board met on Monday. Mr. Odo Brisk opened the meeting. She said the fares would stay.';
    const [doc] = segmented([{ text }]) as [SegmentedArticle];
    const s = doc.sentences[2];
    assert.ok(s);
    assert.equal(repairSentence(text.slice(s.start, s.end), doc, 2, [])?.text ?? null, null);
    const he = text.replace('She said', 'He said');
    const [docHe] = segmented([{ text: he }]) as [SegmentedArticle];
    const t = docHe.sentences[2];
    assert.ok(t);
    assert.equal(
      repairSentence(he.slice(t.start, t.end), docHe, 2, [])?.text ?? null,
      'Odo Brisk said the fares would stay.',
    );
  });
});
