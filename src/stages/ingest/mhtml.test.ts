import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { formatOf } from './index.ts';
import { mhtmlPage } from './mhtml.ts';

// Quoted-printable as a browser writes it: "=XX" for "=" and every byte beyond ASCII, lines cut at
// 76 characters by a soft break ("=" at the end).
function quotedPrintable(text: string): string {
  let out = '';
  let line = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    const piece =
      byte === 10
        ? '\n'
        : byte === 61 || byte > 126
          ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
          : char;
    if (piece === '\n') {
      out += `${line}\n`;
      line = '';
      continue;
    }
    if (line.length + piece.length > 75) {
      out += `${line}=\n`;
      line = '';
    }
    line += piece;
  }
  return out + line;
}

const PAGE = `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Almsby ferry halted after storm damages pier | Coastline Daily</title>
<meta property="og:site_name" content="Coastline Daily"></head><body>
<div class="cookie">We use cookies. <button>Accept</button></div>
<article><h1>Almsby ferry halted after storm damages pier</h1>
<p>The Almsby ferry will stop for two weeks after a storm damaged its pier, the operator said on Tuesday.</p>
<p>“The pier is not safe,” said Marta Vell, who runs the ferry company. Repairs will cost about €40,000.</p>
</article></body></html>`;

// An invented page saved as one file, as Chrome writes it: the page, then an image part.
const BOUNDARY = '----MultipartBoundary--Almsby4xQ----';
const MHTML = [
  'From: <Saved by Blink>',
  'Snapshot-Content-Location: https://coastline-daily.example/p/almsby-ferry',
  'Subject: Almsby ferry halted after storm damages pier | Coastline Daily',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related;',
  '\ttype="text/html";',
  `\tboundary="${BOUNDARY}"`,
  '',
  '',
  `--${BOUNDARY}`,
  'Content-Type: text/html',
  'Content-ID: <frame-1@mhtml.blink>',
  'Content-Transfer-Encoding: quoted-printable',
  'Content-Location: https://coastline-daily.example/p/almsby-ferry',
  '',
  quotedPrintable(PAGE),
  '',
  `--${BOUNDARY}`,
  'Content-Type: image/png',
  'Content-Transfer-Encoding: base64',
  'Content-Location: https://coastline-daily.example/logo.png',
  '',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  `--${BOUNDARY}--`,
  '',
].join('\r\n');

test('a page saved as one file (.mhtml): its HTML part is decoded and read as the page', () => {
  assert.equal(formatOf('Almsby ferry.mhtml'), 'html');
  assert.equal(formatOf('old.MHT'), 'html');
  assert.deepEqual(mhtmlPage(MHTML), {
    html: PAGE,
    url: 'https://coastline-daily.example/p/almsby-ferry',
  });
  const ctx = createContext();
  const bytes = new TextEncoder().encode(MHTML);
  const [article] = readArticles([{ path: 'Almsby ferry.mhtml', bytes }], {}, ctx);
  assert.deepEqual(ctx.issues, []);
  assert.equal(article?.title, 'Almsby ferry halted after storm damages pier');
  assert.equal(article?.outlet, 'Coastline Daily');
  assert.equal(article?.url, 'https://coastline-daily.example/p/almsby-ferry');
  assert.deepEqual(article?.body, [
    'The Almsby ferry will stop for two weeks after a storm damaged its pier, the operator said on Tuesday.',
    '“The pier is not safe,” said Marta Vell, who runs the ferry company. Repairs will cost about €40,000.',
  ]);
});

test('an MHTML file with no HTML part is skipped with its reason', () => {
  const ctx = createContext();
  const images = MHTML.replace('Content-Type: text/html\r\n', 'Content-Type: text/css\r\n');
  const articles = readArticles([{ path: 'styles.mhtml', bytes: new TextEncoder().encode(images) }], {}, ctx);
  assert.deepEqual(articles, []);
  assert.deepEqual(
    ctx.issues.map((i) => [i.code, i.message]),
    [['ingest/no-html', 'styles.mhtml: a saved page (MHTML) with no HTML part']],
  );
});

test('an MHTML part sent as it is (8bit) keeps its characters beyond Latin-1', () => {
  const text = '<p>Café in Łódź — “quoted” at 5 °C, €40,000.</p>';
  const eightBit = MHTML.replace(
    'Content-Transfer-Encoding: quoted-printable',
    'Content-Transfer-Encoding: 8bit',
  ).replace(quotedPrintable(PAGE), PAGE.replace('<p>The Almsby', `${text}\n<p>The Almsby`));
  assert.ok(mhtmlPage(eightBit)?.html.includes(text));
});
