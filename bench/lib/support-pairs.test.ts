import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { needsShared } from '../../test/shared.ts';
import { halfOf, loadSupportGroups } from './support-data.ts';
import { LABELS, readPairs, textOf } from './support-pairs.ts';

const pairs = readPairs(join(import.meta.dirname, '..', 'data', 'support-pairs.jsonl'));

test('support pairs: labels, halves by story, no shared text stored', () => {
  assert.ok(pairs.length >= 400);
  // the held-out half is never added to or changed after it was scored; new pairs go to dev
  assert.equal(pairs.filter((p) => p.half === 'heldout').length, 664);
  assert.ok(pairs.filter((p) => p.half === 'dev').length >= 1698);
  for (const p of pairs) {
    assert.ok(LABELS.includes(p.label), p.id);
    assert.equal(p.half, halfOf(p.story), p.id);
    const ours = p.dataset === 'example';
    assert.equal(typeof p.claim.text === 'string', ours, p.id);
    assert.equal(typeof p.evidence.text === 'string', ours, p.id);
  }
  assert.equal(new Set(pairs.map((p) => p.id)).size, pairs.length);
  for (const half of ['dev', 'heldout'])
    for (const label of LABELS)
      assert.ok(
        pairs.some((p) => p.half === half && p.label === label),
        `${half} has ${label}`,
      );
});

test('support pairs: every pointer finds its sentence in the shared datasets', {
  skip: needsShared('datasets', 'ecbplus') || needsShared('datasets', 'neus_allsides'),
}, () => {
  const docs = new Map(
    loadSupportGroups().flatMap((g) => g.docs.map((d) => [`${g.dataset}/${g.story}/${d.docId}`, d] as const)),
  );
  for (const p of pairs)
    for (const s of [p.claim, p.evidence]) {
      const doc = docs.get(`${p.dataset}/${p.story}/${s.doc}`);
      assert.ok(doc, `${p.id}: ${s.doc}`);
      const text = textOf(s, doc.raw);
      assert.ok(text !== null, `${p.id}: ${s.doc} ${s.start}`);
      if (s.text !== undefined) assert.equal(text, s.text);
    }
});
