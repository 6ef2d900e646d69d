import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import test from 'node:test';
import { EXIT } from '../src/cli/index.ts';
import { cli, tempDir } from './cli-harness.ts';

const PARAGRAPHS = [
  'The ferry between Almsby and Kettle Point will stop running for two weeks in April while its engines are replaced.',
  'The operator said a replacement bus would leave the harbour every hour, and that season tickets would be extended.',
  'Shop owners on the island said the pause came at a quiet time of year, though some worried about deliveries.',
];
const TEXT = PARAGRAPHS.join('\n\n');

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

// A folder with two good articles and one file of every kind of bad input.
function badFolder(): { dir: string; bad: Record<string, RegExp> } {
  const dir = tempDir();
  const put = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  put('good.txt', `Ferry to pause for engine work\n\n${TEXT}\n`);
  put(
    'good.html',
    `<!doctype html><html lang="en"><head><title>Island ferry pause | Harbour Post</title></head><body><article><h1>Island ferry pause</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
  );
  put('latin1.txt', Buffer.from(`Caf\u00e9 owners welcome the na\u00efve plan\n\n${TEXT}`, 'latin1'));
  put(
    'cp1252.txt',
    Buffer.concat([
      Buffer.from('\u0093Quoted\u0094 headline here\n\n', 'latin1'),
      Buffer.from(TEXT, 'latin1'),
    ]),
  );
  put('utf16le.txt', utf16(`Ferry notes from the island\n\n${TEXT}`, 'le'));
  put('utf16be.html', utf16(`<html><body><p>${PARAGRAPHS.join('</p><p>')}</p></body></html>`, 'be'));
  put(
    'truncated.html',
    `<html><head><title>Cut short</title></head><body><div class="story"><p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p><p>${PARAGRAPHS[2]?.slice(0, 40)}<a href="/x`,
  );
  put(
    'malformed.html',
    `<p>${PARAGRAPHS[0]}</span></div><p>${PARAGRAPHS[1]}<td><p>${PARAGRAPHS[2]}</b></html></body>`,
  );
  const bad: Record<string, RegExp> = {
    'binary.txt': /binary|PNG/,
    'noise.html': /binary/,
    'empty.txt': /empty/,
    'blank.md': /white space|empty/,
    'huge.txt': /over the \d+-byte limit/,
    'script-only.html': /no readable text/,
    'broken.json': /not valid JSON/,
  };
  put(
    'binary.txt',
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
  );
  put(
    'noise.html',
    Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
  );
  put('empty.txt', '');
  put('blank.md', '  \n\n\t \n');
  put('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'word '));
  put(
    'script-only.html',
    '<html><head></head><body><script>document.write("<p>hello</p>")</script></body></html>',
  );
  put('broken.json', '{"text": "An article that never ends');
  return { dir, bad };
}

test('a folder of bad inputs: one clear line per bad file, the rest analysed, exit code partial', async () => {
  const { dir, bad } = badFolder();
  const run = await cli(['extract', dir, '--format', 'json']);
  assert.equal(run.status, EXIT.partial, run.stderr);
  const lines = run.stderr.trim().split('\n');
  for (const [file, reason] of Object.entries(bad)) {
    const line = lines.find((l) => l.includes(file));
    assert.ok(line, `a line names ${file}:\n${run.stderr}`);
    assert.match(line, reason, file);
  }
  assert.equal(lines.length, Object.keys(bad).length, run.stderr);
  const articles = run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { source: string; text: string; title: string | null });
  const by = (name: string) => articles.find((a) => a.source.endsWith(name));
  for (const name of [
    'good.txt',
    'good.html',
    'latin1.txt',
    'cp1252.txt',
    'utf16le.txt',
    'utf16be.html',
    'truncated.html',
    'malformed.html',
  ])
    assert.ok(by(name)?.text.includes(PARAGRAPHS[1] as string), `${name} keeps its body`);
  assert.match(JSON.stringify(by('latin1.txt')), /Café owners welcome the naïve plan/);
  assert.match(JSON.stringify(by('cp1252.txt')), /“Quoted” headline here/);
  assert.ok(by('truncated.html')?.text.includes(PARAGRAPHS[0] as string));
  assert.ok(by('malformed.html')?.text.includes(PARAGRAPHS[2] as string));
});

test('analyze on the same folder reports the good articles and exits partial', async () => {
  const { dir } = badFolder();
  const run = await cli(['analyze', dir, '--format', 'json']);
  assert.equal(run.status, EXIT.partial, run.stderr);
  const report = JSON.parse(run.stdout) as { articles: { source: string }[] };
  assert.equal(report.articles.length, 8);
});

test('only bad inputs: a clear error and a failing exit code', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'script.html'), '<script>var a = 1;</script>');
  const run = await cli(['analyze', dir]);
  assert.notEqual(run.status, EXIT.ok);
  assert.match(run.stderr, /no articles found/);
});
