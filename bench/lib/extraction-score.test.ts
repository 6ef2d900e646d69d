import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import test from 'node:test';
import { needsShared, sharedPath } from '../../test/shared.ts';
import { matchPage, scoreExtraction, shingles, tokenize } from './extraction-score.ts';

test('tokenize follows Python \\w: letters, digits, underscore; combining marks split', () => {
  const cases: [string, string[]][] = [
    ['The mayor said: "no."', ['The', 'mayor', 'said', 'no']],
    ['snake_case and 3.5%', ['snake_case', 'and', '3', '5']],
    ['café naïve', ['café', 'naïve']],
    ['cafe\u0301', ['cafe']],
    ['', []],
  ];
  for (const [text, tokens] of cases) assert.deepEqual(tokenize(text), tokens, text);
});

test('shingles: 4-token windows, a single short shingle for short texts, none for empty', () => {
  assert.equal(shingles('one two three four five').size, 2);
  assert.deepEqual([...shingles('just two').values()], [1]);
  assert.equal(shingles('...').size, 0);
});

test('matchPage normalises counts per page and counts repeated shingles as a multiset', () => {
  const same = matchPage('a b c d e', 'a b c d e');
  assert.deepEqual(same, { tp: 1, fp: 0, fn: 0 });
  const extra = matchPage('a b c d', 'a b c d a b c d');
  assert.ok(extra.fp > 0 && extra.tp > 0 && extra.fn === 0);
  assert.ok(Math.abs(extra.tp + extra.fp + extra.fn - 1) < 1e-12);
});

test('scoreExtraction: perfect, empty and half predictions', () => {
  const gold = { a: 'one two three four five six', b: 'seven eight nine ten eleven twelve' };
  const perfect = scoreExtraction(gold, gold);
  assert.deepEqual([perfect.f1, perfect.precision, perfect.recall, perfect.accuracy], [1, 1, 1, 1]);
  const none = scoreExtraction({ a: '', b: '' }, gold);
  assert.equal(none.recall, 0);
  assert.ok(Number.isNaN(none.precision), 'no page has predicted shingles, as in evaluate.py');
  const half = scoreExtraction({ a: gold.a, b: '' }, gold);
  assert.equal(half.recall, 0.5);
  assert.equal(half.precision, 1);
});

const BENCH = 'datasets/article-extraction-benchmark';

test('reproduces the published trafilatura score (F1 0.958, P 0.938, R 0.978)', {
  skip: needsShared(BENCH),
}, () => {
  const truth = JSON.parse(readFileSync(sharedPath(BENCH, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string }
  >;
  const output = (
    JSON.parse(readFileSync(sharedPath(BENCH, 'baseline_outputs/trafilatura.json'), 'utf8')) as {
      output: Record<string, { articleBody: string }>;
    }
  ).output;
  const gold = Object.fromEntries(Object.entries(truth).map(([id, v]) => [id, v.articleBody]));
  const predicted = Object.fromEntries(Object.entries(output).map(([id, v]) => [id, v.articleBody ?? '']));
  const score = scoreExtraction(predicted, gold);
  assert.equal(score.pages, 181);
  assert.equal(score.f1.toFixed(3), '0.958');
  assert.equal(score.precision.toFixed(3), '0.938');
  assert.equal(score.recall.toFixed(3), '0.978');
  const python = pythonScore();
  if (python) {
    for (const key of ['f1', 'precision', 'recall', 'accuracy'] as const)
      assert.ok(Math.abs(python[key] - score[key]) < 1e-9, `${key}: python ${python[key]} vs ${score[key]}`);
  }
});

// Runs evaluate.py's own functions on the same file; null when python3 is not installed.
function pythonScore(): Record<'f1' | 'precision' | 'recall' | 'accuracy', number> | null {
  const script = [
    'import sys, json',
    `sys.path.insert(0, ${JSON.stringify(sharedPath(BENCH))})`,
    'import evaluate as e',
    `gt = json.load(open(${JSON.stringify(sharedPath(BENCH, 'ground-truth.json'))}, encoding="utf8"))`,
    `pred, _ = e.load_prediction(e.Path(${JSON.stringify(sharedPath(BENCH, 'baseline_outputs/trafilatura.json'))}))`,
    'm = e.evaluate(gt, pred, 0)',
    'print(json.dumps({k: m[k] for k in ("f1", "precision", "recall", "accuracy")}))',
  ].join('\n');
  try {
    return JSON.parse(execFileSync('python3', ['-B', '-c', script], { encoding: 'utf8' }));
  } catch {
    return null;
  }
}
