import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { compare } from './index.ts';

// Invented articles: four outlets quote one remark of one speaker, each introducing it otherwise.
function compared(bodies: readonly string[]) {
  const ctx = createContext();
  const articles = bodies.map((b, i) => articleFromText(`a${i + 1}`, b, { outlet: `Outlet ${i + 1}` }));
  const docs = segmentAll(articles, ctx);
  const story = { id: 's1', title: 't', articleIds: articles.map((a) => a.id), keywords: [] };
  return compare()({ story, articles: docs, ...extract()({ story, articles: docs }, ctx) }, ctx);
}

const marksOf = (f: { coverage: Record<string, { mark: string }> }) =>
  Object.fromEntries(Object.entries(f.coverage).map(([id, m]) => [id, m.mark]));

test('the same quoted words of one speaker are one fact, ✓ in every article that quotes them', () => {
  const result = compared([
    'The harbour council approved the Kessel pier levy on Tuesday. Opposition councillor Hanna Ruud of the Green Group called the levy "unfair and unworkable".',
    'The harbour council approved the Kessel pier levy on Tuesday. Opposition councillor Hanna Ruud said the charge was "unfair and unworkable".',
    'The harbour council approved the Kessel pier levy on Tuesday. Hanna Ruud called it "unfair and unworkable" and promised a legal challenge.',
    'The harbour council approved the Kessel pier levy on Tuesday after a long debate about the town budget.',
  ]);
  // (a3's sentence tells more, a promise of a challenge: a fact of its own besides)
  const rows = result.facts.filter(
    (f) => f.text.includes('unfair and unworkable') && !f.text.includes('promised'),
  );
  assert.equal(rows.length, 1, rows.map((f) => f.text).join(' | '));
  assert.deepEqual(marksOf(rows[0] as (typeof rows)[number]), {
    a1: 'supports',
    a2: 'supports',
    a3: 'supports',
    a4: 'absent',
  });
});

test('a fact that tells more than the quoted words and who said them gets no ✓ for the words alone', () => {
  const result = compared([
    'Hanna Ruud said the levy was "unfair and unworkable" and would close three shops on the Kessel quay by spring.',
    'Hanna Ruud said the levy was "unfair and unworkable".',
  ]);
  const row = result.facts.find((f) => f.text.includes('close three shops'));
  assert.ok(row);
  assert.equal(row.coverage.a2?.mark, 'absent');
});

test('a day told outside the quotation is a fact the other sentence must tell', () => {
  const result = compared([
    'Hanna Ruud called it "unfair and unworkable" on Tuesday.',
    'Hanna Ruud told the Kessel Post that the new levy was "unfair and unworkable" and would hurt shops.',
  ]);
  const row = result.facts.find((f) => f.text.includes('on Tuesday'));
  assert.ok(row);
  assert.equal(row.coverage.a2?.mark, 'absent');
});

test('words of another speaker are not the same quote', () => {
  const result = compared([
    'Opposition councillor Hanna Ruud called the levy "unfair and unworkable".',
    'Harbour master Piet Olsen called the levy "unfair and unworkable".',
  ]);
  for (const f of result.facts) assert.equal(f.sources.length, 1, f.text);
});

test('a quotation going on in the next sentence is shown closed, after its speaker', () => {
  const result = compared([
    'Harbour Minister Ilse Varga said the arrivals would be checked. "Those who qualify for shelter will be housed. Those who do not will be sent home," she said.',
    'Harbour Minister Ilse Varga said the new arrivals would be checked under existing rules. "Those who qualify for shelter will be housed, and those who do not will be sent home," she said in a statement.',
  ]);
  const row = result.facts.find((f) => f.text.includes('Those who qualify'));
  assert.equal(row?.text, '[Ilse Varga:] "Those who qualify for shelter will be housed. …"');
  assert.equal(row?.attribution, 'Ilse Varga');
});

test('a sentence that denies or judges the quoted words tells no ✓ of them', () => {
  // (review44: "… denied on Wednesday that she had ever called the bill “…”" was ✓, consensus)
  const result = compared([
    'Opposition councillor Hanna Ruud of the Green Group called the levy "unfair and unworkable".',
    'Opposition councillor Hanna Ruud said the levy was "unfair and unworkable".',
    'Hanna Ruud denied that she had ever called the levy "unfair and unworkable".',
    'Critics said Hanna Ruud was wrong to call the levy "unfair and unworkable".',
  ]);
  const row = result.facts.find(
    (f) => f.text.includes('unfair and unworkable') && f.coverage.a1?.mark === 'supports',
  );
  assert.ok(row, result.facts.map((f) => `${f.text} ${JSON.stringify(marksOf(f))}`).join(' | '));
  assert.equal(row.coverage.a2?.mark, 'supports');
  assert.notEqual(row.coverage.a3?.mark, 'supports');
  assert.notEqual(row.coverage.a4?.mark, 'supports');
});

test('a part of the words, told with whom they concern after it, is the fact another outlet quotes whole', () => {
  // (newuser24: '… called the closure “a betrayal” of staff' and '… said the decision was “a betrayal of
  // a loyal workforce” and …' were two facts of one source each)
  const result = compared([
    'The Bakers\' Guild said the decision was "a slap in the face for a loyal workforce" and that it would ballot members.',
    'The Bakers\' Guild called the closure "a slap in the face" for staff.',
  ]);
  const row = result.facts.find((f) => f.text.includes('for staff'));
  assert.ok(row, result.facts.map((f) => f.text).join(' | '));
  assert.deepEqual(marksOf(row), { a1: 'supports', a2: 'supports' });
});

test('a phrase after the quotation that tells more than whom the words concern is a fact of its own', () => {
  const result = compared([
    'The Bakers\' Guild said the decision was "a slap in the face for a loyal workforce".',
    'The Bakers\' Guild called the closure "a slap in the face" after the strike ballot failed.',
  ]);
  const row = result.facts.find((f) => f.text.includes('ballot failed'));
  assert.ok(row);
  assert.equal(row.coverage.a1?.mark, 'absent');
});
