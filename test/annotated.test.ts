import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { before, describe, test } from 'node:test';
import { loadManifest, withManifest } from '../src/cli/manifest.ts';
import { collectInputs } from '../src/io/files.ts';
import { createContext, type SegmentedArticle, type Token } from '../src/model/index.ts';
import { readArticles } from '../src/pipeline.ts';
import { articleFromText } from '../src/stages/extract/from-text.ts';
import { segment } from '../src/stages/segment/index.ts';
import { annotate, sentenceOf, spacedAt } from '../src/text/annotated.ts';
import { headlineTokens, titleTokens } from '../src/text/headline.ts';
import { assertGolden } from './golden.ts';

// The annotated article of each file of the bundled example, as every stage reads it (one wink-nlp
// pass: tokens, sentences, Title-Case lines, skipped ranges, quote marks, the headline as written and
// truecased), kept as a golden file so that a change in how text is read shows in review, line by line.
const FOLDER = new URL('../examples/harbor-bridge', import.meta.url).pathname;
const GOLDEN = new URL('./fixtures/examples-harbor-bridge/annotated.json', import.meta.url).pathname;

/** A token as one word: `text/POS`, then `=norm` when the norm is not the lower-cased text, `*` for a stop word, `@TYPE` for an entity. */
export function tokenWord(t: Pick<Token, 'text' | 'norm' | 'pos' | 'stop' | 'entity'>): string {
  const norm = t.norm === t.text.toLowerCase() ? '' : `=${t.norm}`;
  return `${t.text}/${t.pos}${norm}${t.stop ? '*' : ''}${t.entity ? `@${t.entity}` : ''}`;
}

/** The annotated article in a reviewable form: one line per sentence. */
export function annotatedView(doc: SegmentedArticle) {
  const a = annotate(doc);
  const words = (tokens: readonly Token[] | null) => tokens?.map(tokenWord).join(' ') ?? null;
  return {
    id: a.id,
    headline: words(titleTokens(doc)),
    truecasedHeadline: words(headlineTokens(doc)),
    sentences: a.sentences.map((s, i) => {
      const sentence = doc.sentences[i];
      const head = `${sentence?.start}-${sentence?.end} p${s.paragraph}${s.titleCase ? ' title' : ''}`;
      return `${head}: ${words(sentence?.tokens ?? [])}`;
    }),
    skip: a.skip,
    quoteMarks: a.quoteMarks,
  };
}

describe('the annotated articles of the harbor-bridge example', () => {
  let docs: SegmentedArticle[];
  before(async () => {
    const inputs = await collectInputs([relative(process.cwd(), FOLDER)], async () => new Uint8Array());
    const manifest = await loadManifest(undefined, inputs, () => {});
    const ctx = createContext({ now: new Date('2025-03-07T12:00:00Z') });
    const run = segment();
    docs = readArticles(inputs.files, withManifest({}, manifest), ctx).map((a) => run(a, ctx));
  });

  test('match their golden file (UPDATE=1 npm test rewrites it)', () => {
    assertGolden(GOLDEN, docs.map(annotatedView));
  });

  test('each token lies in its sentence and the text at its span is its text', () => {
    for (const doc of docs) {
      const a = annotate(doc);
      for (const s of a.sentences)
        for (let k = s.first; k < s.end; k++) {
          const t = a.tokens[k] as Token;
          assert.equal(a.text.slice(t.start, t.end), t.text);
          assert.equal(a.sentences[sentenceOf(a, k)], s);
        }
    }
  });

  test("the annotated article's tokens are segment's own, not copies", () => {
    for (const doc of docs)
      assert.deepEqual(
        annotate(doc).tokens,
        doc.sentences.flatMap((s) => s.tokens),
      );
    const doc = docs[0] as SegmentedArticle;
    assert.equal(annotate(doc).tokens[0], doc.sentences[0]?.tokens[0]);
  });

  test('the headline is read once per article: the same tokens each time asked', () => {
    const titled = docs.filter((d) => titleTokens(d));
    assert.ok(titled.length >= 4, 'the example has titled articles');
    for (const d of titled) assert.equal(titleTokens(d), titleTokens(d));
  });

  test('a token word says its part of speech, norm, stop flag and entity', () => {
    assert.equal(tokenWord({ text: 'Okafor', norm: 'okafor', pos: 'PROPN', stop: false }), 'Okafor/PROPN');
    assert.equal(tokenWord({ text: "n't", norm: 'not', pos: 'PART', stop: true }), "n't/PART=not*");
    assert.equal(
      tokenWord({ text: '80,000', norm: '80,000', pos: 'NUM', stop: false, entity: 'CARDINAL' }),
      '80,000/NUM@CARDINAL',
    );
  });
});

test("a token's sentence and spacing are read by its index", () => {
  const ctx = createContext({ now: new Date('2025-03-07T12:00:00Z') });
  const a = annotate(segment()(articleFromText('a', "Mara Lind's co-op opened.\nIt cost 5 million."), ctx));
  const at = (text: string) => a.tokens.findIndex((t) => t.text === text);
  // glued to the token before: the possessive, the hyphen and the word after it
  for (const text of ["'s", '-', 'op']) assert.equal(spacedAt(a, at(text)), false, text);
  for (const text of ['Mara', 'Lind', 'opened', 'It', 'cost'])
    assert.equal(spacedAt(a, at(text)), true, text);
  assert.equal(sentenceOf(a, at('opened')), 0);
  assert.equal(sentenceOf(a, at('It')), 1);
  // no token there: no sentence, no space
  assert.equal(sentenceOf(a, a.tokens.length), -1);
  assert.equal(sentenceOf(a, -1), -1);
  assert.equal(spacedAt(a, a.tokens.length), false);
});
