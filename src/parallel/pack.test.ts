import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../model/index.ts';
import { readArticles } from '../pipeline.ts';
import { segment } from '../stages/segment/index.ts';
import { inventedArticles } from './fixtures/invented.ts';
import { packArticles, unpackArticles } from './pack.ts';

test('segmented articles come back from packing equal, key order included', () => {
  const ctx = createContext();
  const segmentOne = segment({ maxTokenChars: 8 });
  const docs = readArticles(inventedArticles(4), {}, ctx).map((article) => segmentOne(article, ctx));
  // long runs split into pieces, entities, stop words and norms other than the lower-cased text
  const tokens = docs.flatMap((d) => d.sentences.flatMap((s) => s.tokens));
  assert.ok(tokens.some((t) => t.entity) && tokens.some((t) => t.stop));
  const packed = packArticles(docs);
  assert.equal(JSON.stringify(unpackArticles(structuredClone(packed))), JSON.stringify(docs));
  assert.deepEqual(unpackArticles(packed), docs);
});

test('a token whose text or norm is not the plain reading of its span is kept as it was', () => {
  const article = readArticles(
    [{ path: 'a.txt', bytes: new TextEncoder().encode('Ferry talks\n\nThe ferry runs.') }],
    {},
    createContext(),
  )[0];
  if (!article) return assert.fail('an article');
  const [doc] = [segment()(article, createContext())];
  const odd = {
    ...doc,
    sentences: doc.sentences.map((s) => ({
      ...s,
      tokens: s.tokens.map((t, i) => (i === 0 ? { ...t, text: 'X', norm: 'not' } : t)),
    })),
  };
  assert.deepEqual(unpackArticles(packArticles([odd])), [odd]);
});
