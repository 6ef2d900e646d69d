import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { compare } from '../index.ts';

// The whole compare stage on invented articles, with the real extraction (names, speakers).
function factsOf(bodies: readonly string[]): string[] {
  const ctx = createContext();
  const docs = segmentAll(
    bodies.map((b, i) => articleFromText(`a${i + 1}`, b)),
    ctx,
  );
  const story = { id: 's1', title: 't', articleIds: docs.map((d) => d.article.id), keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  return compare()({ ...input }, ctx).facts.map((f) => f.text);
}

test('a pronoun after a conjunction is resolved to the person named before, or the clause is not a fact', () => {
  const facts = factsOf([
    'Mayor Ines Vega spoke at the harbour on Monday. Vega said the ferries would run all winter, but she wants the state to pay for two more boats.',
    'The port reopened on Monday after the storm. Officials said the ferries would run all winter, and they hope to add two more boats.',
  ]);
  assert.ok(
    facts.some((t) => /^\[Ines Vega\] wants the state to pay/.test(t)),
    facts.join('\n'),
  );
  for (const t of facts) assert.doesNotMatch(t, /^(She|He|They|It|And|But)\b/, t);
});
