import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { compare } from '../index.ts';

test('a question is no fact: it asserts nothing, so it is neither a row nor found in one source only', () => {
  const ctx = createContext();
  const articles = [
    articleFromText(
      'a1',
      'Can the ferry company keep the Haldor island sailings going through the winter? The ferry company cancelled the evening sailings to Haldor island on Monday. Does the harbour council want the old pier rebuilt before spring? “Who will pay for the night boat now?” The harbour master closed the old pier on Friday by asking, “Who wants to swim?”',
    ),
    articleFromText('a2', 'The ferry company cancelled the evening sailings to Haldor island on Monday.'),
  ];
  const docs = segmentAll(articles, ctx);
  const story = { id: 's1', title: 't', articleIds: ['a1', 'a2'], keywords: [] };
  const result = compare()({ story, articles: docs, entities: [], quotes: [], figures: [] }, ctx);
  assert.deepEqual(
    result.facts.map((f) => f.text),
    [
      'The ferry company cancelled the evening sailings to Haldor island on Monday.',
      // a sentence that tells something, ending on a quoted question, is a fact
      'The harbour master closed the old pier on Friday by asking, “Who wants to swim?”',
    ],
  );
});
