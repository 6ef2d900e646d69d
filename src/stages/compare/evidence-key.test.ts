import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evidenceKey } from './evidence-key.ts';

test("an evidence sentence's key is its article and start: its end and other fields do not count", () => {
  const cited = { articleId: 'a1', span: { start: 40, end: 92 } };
  // a claim of that sentence (more fields, another end after trimming) has the same key
  const claim = { articleId: 'a1', span: { start: 40, end: 90 }, text: 'The ferry carried 40 cars.' };
  assert.equal(evidenceKey(cited), 'a1:40');
  assert.equal(evidenceKey(claim), evidenceKey(cited));
  assert.notEqual(evidenceKey({ articleId: 'a2', span: { start: 40, end: 92 } }), evidenceKey(cited));
  assert.notEqual(evidenceKey({ articleId: 'a1', span: { start: 41, end: 92 } }), evidenceKey(cited));
});
