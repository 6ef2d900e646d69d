import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { BORDER_TALKS, BORDER_TALKS_BOILERPLATE } from '../../../../test/border-talks.ts';
import { needsShared, sharedPath } from '../../../../test/shared.ts';
import { createContext } from '../../../model/index.ts';
import { cleanText } from './index.ts';
import { INLINE_TEASER } from './patterns.ts';

const CORPUS = BORDER_TALKS;

/** Hand labels by file and 1-based line number: the headline, the body lines, the sub-headings. */
const LABELS: Record<string, { title: number | null; body: number[]; headings: number[] }> = {
  '000_e620d456cc16e022.txt': { title: 3, body: [10, 12, 14, 16, 18, 24, 26, 28, 30], headings: [] },
  '001_34775de6859811f8.txt': { title: null, body: range(1, 19, 1), headings: [] },
  '002_8cc2262274ec8405.txt': { title: 1, body: range(3, 21, 2), headings: [] },
  '003_cd848cba3b2c5d24.txt': {
    title: 1,
    body: [
      7, 9, 14, 16, 18, 22, 24, 26, 28, 30, 32, 34, 38, 40, 42, 44, 46, 48, 50, 52, 54, 58, 60, 62, 64, 66,
    ].concat([68, 70, 72]),
    headings: [14, 22, 28, 38, 46, 52, 60, 68],
  },
  '004_85e0167e7a868149.txt': { title: 3, body: range(7, 29, 2), headings: [] },
};

const FORBIDDEN = BORDER_TALKS_BOILERPLATE;

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n += step) out.push(n);
  return out;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

for (const [file, label] of Object.entries(LABELS)) {
  test(`corpus ${file}: body kept whole, boilerplate out, title`, { skip: needsShared(CORPUS) }, () => {
    const content = readFileSync(sharedPath(CORPUS, file), 'utf8');
    const lines = content.split('\n');
    const parts = cleanText()(
      { id: file, source: file, format: 'text', content, given: {} },
      createContext(),
    );
    const body = parts.paragraphs.map((p) => p.text);
    const expected = label.body.map((n) => norm((lines[n - 1] ?? '').replace(INLINE_TEASER, '')));
    assert.deepEqual(body, expected, 'exactly the labelled body lines, in order');
    const headings = parts.paragraphs.flatMap((p, k) => (p.kind === 'heading' ? [label.body[k]] : []));
    assert.deepEqual(headings, label.headings, 'sub-headings kept as headings');
    for (const s of FORBIDDEN) assert.ok(!body.some((p) => p.includes(s)), `no "${s}" in the body`);
    assert.equal(parts.title, label.title === null ? null : norm(lines[label.title - 1] ?? ''));
    assert.equal(parts.titleInferred, false);
    // Nothing of the article is in removed or media: every entry comes from a line not labelled body,
    // or is an inline link cut out of a body line.
    const real = new Set(label.body.map((n) => norm(lines[n - 1] ?? '')));
    const other = lines.filter((_, i) => !label.body.includes(i + 1) && i + 1 !== label.title).map(norm);
    for (const item of [...parts.removed, ...parts.media]) {
      assert.ok(!real.has(norm(item.text)), `not a body line: ${item.text.slice(0, 30)}`);
      const fromOther = other.some((line) => line.includes(norm(item.text)));
      const inline = 'reason' in item && item.reason.startsWith('teaser: inline');
      assert.ok(fromOther || inline, `comes from a boilerplate line: ${item.text.slice(0, 30)}`);
    }
  });
}

test('corpus: bylines, section labels, captions and the aggregator disclaimer', {
  skip: needsShared(CORPUS),
}, () => {
  const run = (file: string) => {
    const content = readFileSync(sharedPath(CORPUS, file), 'utf8');
    const parts = cleanText()(
      { id: file, source: file, format: 'text', content, given: {} },
      createContext(),
    );
    return { lines: content.split('\n').map(norm), parts };
  };
  const a = run('000_e620d456cc16e022.txt');
  assert.ok(a.parts.byline && a.lines[6]?.startsWith(`${a.parts.byline} `), 'name part of the role byline');
  assert.equal(a.parts.meta.section, a.lines[0]);
  assert.equal(a.parts.media.filter((m) => m.kind === 'caption').length, 2, 'the caption and its repeat');
  assert.ok(a.parts.media.some((m) => m.kind === 'credit' && m.text === a.lines[4]));
  const d = run('003_cd848cba3b2c5d24.txt');
  assert.equal(d.parts.byline, d.lines[4]?.replace(/^By /, ''));
  assert.deepEqual(
    d.parts.media.map((m) => m.kind),
    ['caption', 'credit'],
    'credit shown twice kept once',
  );
  const c = run('002_8cc2262274ec8405.txt');
  const disclaimer = c.parts.removed.find((r) => r.reason.startsWith('aggregator'));
  assert.equal(disclaimer?.text, c.lines[30], 'the whole disclaimer, for the syndication stage');
  const headlines = c.parts.removed.filter((r) => r.reason.startsWith('unrelated headline'));
  assert.deepEqual(
    headlines.map((r) => r.text),
    [c.lines[22], c.lines[24], c.lines[26]],
  );
  const e = run('004_85e0167e7a868149.txt');
  assert.equal(e.parts.meta.section, e.lines[0]);
  assert.equal(e.parts.media.length, 2, 'caption and its bracketed credit');
});

test('corpus 001 (no headline): an inferred title is marked as such', { skip: needsShared(CORPUS) }, () => {
  const content = readFileSync(sharedPath(CORPUS, '001_34775de6859811f8.txt'), 'utf8');
  const parts = cleanText({ inferTitle: true })(
    { id: 'x', source: 'x', format: 'text', content, given: {} },
    createContext(),
  );
  assert.equal(parts.titleInferred, true);
  assert.ok(parts.title && content.startsWith(parts.title.replace(/…$/, '')));
});
