import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../src/model/index.ts';
import { readSentences } from '../../src/stages/compare/support/index.ts';
import { articleFromText, segmentAll } from '../../src/stages/extract/from-text.ts';
import { extract } from '../../src/stages/extract/index.ts';
import { VETO_FEATURES, vetoFeatures } from './support-veto.ts';

// The veto's features of the first sentence of two invented articles (claim, candidate).
function featuresOf(claim: string, evidence: string): Record<string, number> {
  const ctx = createContext();
  const docs = segmentAll([articleFromText('a1', claim), articleFromText('a2', evidence)], ctx);
  const story = { id: 's', title: '', articleIds: ['a1', 'a2'], keywords: [] };
  const input = { story, articles: docs, ...extract()({ story, articles: docs }, ctx) };
  const { find, idf } = readSentences(input);
  const [a, b] = [0, 1].map((i) => {
    const s = docs[i]?.sentences[0];
    assert.ok(s);
    const r = find({ articleId: `a${i + 1}`, span: { start: s.start, end: s.end } });
    assert.ok(r);
    return r;
  });
  assert.ok(a && b);
  const x = vetoFeatures(a, b, idf, 0.5);
  return Object.fromEntries(VETO_FEATURES.map((name, j) => [name, x[j] as number]));
}

test('vetoFeatures: a sentence told again word for word covers it both ways, at the same length', () => {
  const f = featuresOf(
    'Dunmore coached at Pellworth for two seasons.',
    'Dunmore coached at Pellworth for two seasons.',
  );
  assert.equal(f.cover, 0.5);
  assert.equal(f['cover the other way'], 1);
  assert.equal(f['evidence / claim tokens (log)'], 0);
  assert.equal(f['rare terms held (3 of highest IDF)'], 1);
  assert.equal(f['name share'], 1);
  assert.equal(f['figures the evidence adds (log)'], 0);
  assert.equal(f['same main predicate'], 1);
});

test('vetoFeatures: a longer candidate that tells much else, with a figure of its own', () => {
  const f = featuresOf(
    'Dunmore coached at Pellworth.',
    'Dunmore, who coached at Pellworth, sold 40 boats to the Vessmark harbour board in a deal the council approved.',
  );
  assert.ok((f['cover the other way'] as number) < 0.6);
  assert.ok((f['evidence / claim tokens (log)'] as number) > 1);
  assert.ok((f['figures the evidence adds (log)'] as number) > 0);
  assert.equal(f['path bare'], 1);
});

test('vetoFeatures: a quotation against the outlet’s own words, and a name left out', () => {
  const f = featuresOf(
    '"We will reopen the pier on Friday," Mayor Ada Kowalczyk said.',
    'The pier will reopen on Friday, the council said.',
  );
  assert.equal(f['claim quoted'], 1);
  assert.equal(f['evidence quoted'], 0);
  assert.ok((f['name share'] as number) < 1);
});
