// Property tests: generated articles (random Unicode, long runs of one token class, nested brackets
// and quotes, mixed scripts, control and bidi characters, as text, HTML or JSONL) through the whole pipeline and
// the three renderers. No throw, every evidence span inside its article, the JSON report valid
// against the schema. PARALLAX_FUZZ_RUNS sets the number of cases (`npm run fuzz` runs 10,000).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { createContext, type Report } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';

const RUNS = Number(process.env.PARALLAX_FUZZ_RUNS ?? 250);
// `npm test` always runs the same cases; a long run (PARALLAX_FUZZ_RUNS) draws new ones, and fast-check
// prints the seed of a failure so PARALLAX_FUZZ_SEED replays it.
const SEED = process.env.PARALLAX_FUZZ_SEED
  ? Number(process.env.PARALLAX_FUZZ_SEED)
  : process.env.PARALLAX_FUZZ_RUNS
    ? undefined
    : 16;
const SCHEMA = JSON.parse(readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(SCHEMA);

const WORDS = [
  'the',
  'ferry',
  'Almsby',
  'council',
  'said',
  'Marta Vell',
  'on Monday',
  '$4 million',
  'in March',
];
const SENTENCE = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 })
  .map((w) => `${w.join(' ')}.`);

// One token class repeated: the shapes that once made a stage quadratic or crash.
const TOKEN_CLASSES = [
  'a-b',
  'word@x.y.z',
  '$1,000',
  'January',
  '"w"',
  "'w'",
  'said "x"',
  '7',
  '.',
  'ABC',
  'abc',
  '—',
  '(',
  '“',
  '12:30',
];
const RUN = fc
  .record({
    token: fc.constantFrom(...TOKEN_CLASSES),
    times: fc.integer({ min: 1, max: 600 }),
    sep: fc.constantFrom(' ', '', '\n', ', '),
  })
  .map(({ token, times, sep }) => Array.from({ length: times }, () => token).join(sep));

// Brackets and quotes nested to some depth around a sentence, some left open.
const NESTED = fc
  .record({
    opens: fc.array(fc.constantFrom('(', '[', '{', '“', '"', "'", '‘', '«', '<'), { maxLength: 40 }),
    inner: SENTENCE,
    closeAll: fc.boolean(),
  })
  .map(({ opens, inner, closeAll }) => {
    const close: Record<string, string> = {
      '(': ')',
      '[': ']',
      '{': '}',
      '“': '”',
      '«': '»',
      '‘': '’',
      '<': '>',
    };
    const closes = opens.map((o) => close[o] ?? o).reverse();
    return `${opens.join('')}${inner}${(closeAll ? closes : closes.slice(0, closes.length >> 1)).join('')}`;
  });

const CONTROL = fc
  .array(
    fc.constantFrom(
      '\u0000',
      '\u0007',
      '\u001b',
      '\u202e',
      '\u202d',
      '\u2066',
      '\u2069',
      '\u200f',
      '\u200b',
      '\ufeff',
      '\r',
      '\t',
      '\u2028',
      '\u0085',
      '\ud800',
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((c) => c.join(''));

// Words of several scripts mixed in one run: right-to-left, CJK, combining marks, emoji sequences.
const MIXED = fc
  .array(
    fc.constantFrom(
      'السلام',
      'שלום',
      '東京都',
      'Москва',
      'नमस्ते',
      'e\u0301te\u0301',
      '👩\u200d🔧',
      '🇳🇴',
      'Ångström',
      'ﬁnance',
      '٣٤٥',
      'Zürich',
    ),
    { minLength: 1, maxLength: 30 },
  )
  .map((w) => w.join(' '));

const PIECE = fc.oneof(
  { weight: 4, arbitrary: SENTENCE },
  { weight: 2, arbitrary: RUN },
  { weight: 2, arbitrary: NESTED },
  { weight: 1, arbitrary: CONTROL },
  { weight: 1, arbitrary: MIXED },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

const PARAGRAPH = fc.array(PIECE, { minLength: 1, maxLength: 6 }).map((p) => p.join(' '));
const ARTICLE = fc.record({
  title: fc.oneof(SENTENCE, PIECE),
  paragraphs: fc.array(PARAGRAPH, { minLength: 1, maxLength: 6 }),
  format: fc.constantFrom('txt', 'html', 'jsonl'),
});

type GeneratedArticle = { title: string; paragraphs: string[]; format: string };

function fileOf(article: GeneratedArticle, i: number): { path: string; bytes: Uint8Array } {
  const encode = (text: string) => new TextEncoder().encode(text);
  if (article.format === 'html')
    return {
      path: `a${i}.html`,
      bytes: encode(
        `<html><head><title>${article.title}</title></head><body>${article.paragraphs.map((p) => `<p>${p}</p>`).join('')}</body></html>`,
      ),
    };
  if (article.format === 'jsonl')
    return {
      path: `a${i}.jsonl`,
      bytes: encode(JSON.stringify({ title: article.title, text: article.paragraphs.join('\n\n') })),
    };
  return { path: `a${i}.txt`, bytes: encode(`${article.title}\n\n${article.paragraphs.join('\n\n')}`) };
}

// Every {articleId, span} anywhere in the report points inside its article's text.
function assertSpansInside(report: Report): void {
  const texts = new Map(report.articles.map((a) => [a.id, a.text]));
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], `${path}[${i}]`);
    } else if (value && typeof value === 'object') {
      const o = value as { articleId?: unknown; span?: { start: number; end: number } };
      if (typeof o.articleId === 'string' && o.span) {
        const text = texts.get(o.articleId);
        assert.ok(text !== undefined, `${path}: unknown article ${o.articleId}`);
        assert.ok(
          0 <= o.span.start && o.span.start <= o.span.end && o.span.end <= text.length,
          `${path}: span ${o.span.start}-${o.span.end} outside ${o.articleId} (${text.length} characters)`,
        );
      }
      for (const [key, v] of Object.entries(value)) if (key !== 'text') visit(v, `${path}.${key}`);
    }
  };
  visit(report, 'report');
}

test(`${RUNS} generated hostile articles go through the whole pipeline: no throw, spans inside, a valid report`, () => {
  fc.assert(
    fc.property(fc.array(ARTICLE, { minLength: 1, maxLength: 3 }), (articles) => {
      const report = analyze(articles.map(fileOf), {}, createContext());
      assertSpansInside(report);
      const json = JSON.parse(renderReport(report, 'json'));
      assert.equal(validate(json), true, JSON.stringify(validate.errors?.slice(0, 3)));
      renderReport(report, 'md');
      renderReport(report, 'html');
    }),
    { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
  );
});
