import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { extractHtml } from './index.ts';

const PARAGRAPH = 'The lighthouse keeper logged every passing ship in a green notebook for forty years.';
const raw = (content: string) => ({
  id: 'a1',
  source: 'page.html',
  format: 'html' as const,
  content,
  given: {},
});

test('a page nested thousands of levels deep is read by the fallback and reported, not hung on', () => {
  const depth = 3000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${PARAGRAPH}</p>${'</div>'.repeat(depth)}</body></html>`;
  const ctx = createContext();
  const parts = extractHtml()(raw(html), ctx);
  assert.deepEqual(
    parts.paragraphs.map((p) => p.text),
    [PARAGRAPH],
  );
  assert.deepEqual(
    ctx.issues.map((i) => i.code),
    ['clean/too-complex'],
  );
  assert.match(ctx.issues[0]?.message ?? '', /nests elements more than 150 deep/);
});

test('a page over the element budget is read by the fallback and reported', () => {
  const html = `<html><body>${`<p>${PARAGRAPH}</p>`.repeat(30)}</body></html>`;
  const ctx = createContext();
  const parts = extractHtml({ maxElements: 20 })(raw(html), ctx);
  assert.equal(parts.paragraphs.length, 30);
  assert.equal(ctx.issues[0]?.code, 'clean/too-complex');
});

test('a page over the character budget is cut and reported', () => {
  const html = `<html><body><article>${`<p>${PARAGRAPH}</p>`.repeat(40)}</article></body></html>`;
  const ctx = createContext();
  const parts = extractHtml({ maxChars: 2000 })(raw(html), ctx);
  assert.ok(parts.paragraphs.length > 5 && parts.paragraphs.length < 40);
  assert.equal(ctx.issues[0]?.code, 'clean/html-truncated');
});

test('pages that are only a script, only markup or empty give no text and an error issue', () => {
  for (const html of [
    '<script>var x = 1;</script>',
    '<html><body><div><span></span></div></body></html>',
    '',
  ]) {
    const ctx = createContext();
    const parts = extractHtml()(raw(html), ctx);
    assert.deepEqual(parts.paragraphs, [], html);
    assert.deepEqual(
      ctx.issues.map((i) => [i.code, i.severity]),
      [['clean/no-text', 'error']],
      html,
    );
  }
});
