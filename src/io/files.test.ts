import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { collectInputs, UsageError } from './files.ts';
import { repeatedLine } from './repeated.ts';
import { writeFileAtomic, writeFileAtomicFrom } from './write-file.ts';

test('writeFileAtomicFrom writes the pieces in order, each at once, and leaves no half-file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-files-'));
  try {
    const path = join(dir, 'report.json');
    // one buffer reused for every piece, as writeJson does
    const buffer = new Uint8Array(3);
    await writeFileAtomicFrom(path, (write) => {
      for (const piece of ['{"a', '":1', '}\n']) {
        const size = new TextEncoder().encodeInto(piece, buffer).written;
        write(buffer.subarray(0, size));
      }
    });
    assert.equal(readFileSync(path, 'utf8'), '{"a":1}\n');
    // a writer that fails halfway: its error, the old file kept, no temporary file left
    await assert.rejects(
      writeFileAtomicFrom(path, (write) => {
        write(new TextEncoder().encode('{"b"'));
        throw new Error('the renderer failed');
      }),
      /the renderer failed/,
    );
    assert.equal(readFileSync(path, 'utf8'), '{"a":1}\n');
    assert.deepEqual(readdirSync(dir), ['report.json']);
    // a folder that is not there: the system's refusal, as a usage error naming the path
    const missing = join(dir, 'no-such-folder', 'report.json');
    await assert.rejects(
      writeFileAtomicFrom(missing, () => {}),
      (error: Error) => {
        assert.ok(error instanceof UsageError);
        assert.match(error.message, /cannot write .*report\.json: no such folder/);
        return true;
      },
    );
    assert.equal(existsSync(missing), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('collectInputs reads each real file once: named twice, by its folder and its path, or through a link', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-inputs-'));
  try {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'A story.');
    writeFileSync(join(dir, 'in', 'b.txt'), 'Another story.');
    // a link beside its file, and a folder of links elsewhere
    symlinkSync(join(dir, 'in', 'a.txt'), join(dir, 'in', 'c-link.txt'));
    mkdirSync(join(dir, 'links'));
    symlinkSync(join(dir, 'in', 'b.txt'), join(dir, 'links', 'b.txt'));
    const a = join(dir, 'in', 'a.txt');
    const paths = [join(dir, 'in'), a, a, join(dir, 'links')];
    const { files, repeated } = await collectInputs(paths, async () => new Uint8Array());
    assert.deepEqual(
      files.map((f) => f.path),
      [a, join(dir, 'in', 'b.txt')],
    );
    assert.deepEqual(repeated, [
      { path: join(dir, 'in', 'c-link.txt'), as: a },
      { path: a, as: a },
      { path: a, as: a },
      { path: join(dir, 'links', 'b.txt'), as: join(dir, 'in', 'b.txt') },
    ]);
    // said in one line, however many
    assert.equal(
      repeatedLine(repeated),
      `4 paths name files read already, each read once (${join(dir, 'in', 'c-link.txt')} is ${a}, and 3 more)`,
    );
    const once = await collectInputs([a, join(dir, 'in', 'b.txt')], async () => new Uint8Array());
    assert.deepEqual(once.repeated, []);
    assert.equal(repeatedLine(once.repeated), null);
    assert.equal(repeatedLine([{ path: 'x/a.txt', as: 'a.txt' }]), 'x/a.txt is a.txt, read once');
    // named by its folder and by its own path: one name, not "x/a.txt is x/a.txt"
    assert.equal(repeatedLine([{ path: 'x/a.txt', as: 'x/a.txt' }]), 'x/a.txt is named twice, read once');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('writeFileAtomic writes into a pipe or device, never renames over it, and follows a link', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-files-'));
  try {
    // `-o /dev/null` or a FIFO: a rename over it would leave a plain file in its place
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const reader = spawn('cat', [fifo]);
    let read = '';
    reader.stdout.on('data', (chunk: Buffer) => {
      read += chunk.toString();
    });
    const closed = new Promise((done) => reader.on('close', done));
    // a write that missed the pipe leaves the reader waiting: end it, so the test fails, not hangs
    const timer = setTimeout(() => reader.kill(), 10_000);
    await writeFileAtomic(fifo, 'the report\n');
    await closed;
    clearTimeout(timer);
    assert.equal(read, 'the report\n');
    assert.ok(statSync(fifo).isFIFO(), 'the pipe is still a pipe');
    assert.deepEqual(readdirSync(dir), ['pipe']);
    // a symbolic link: the file it points at is replaced, the link stays a link
    const real = join(dir, 'real.md');
    const link = join(dir, 'link.md');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    await writeFileAtomic(link, 'new');
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(real, 'utf8'), 'new');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a PDF or a word processor’s file is passed over with what to do: save its text as .txt (newuser11 finding 7)', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-inputs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.txt'), 'A story.');
  writeFileSync(join(dir, 'minutes.pdf'), '%PDF-1.7');
  writeFileSync(join(dir, 'notes.docx'), 'PK');
  writeFileSync(join(dir, 'photo.png'), 'x');
  const { issues } = await collectInputs([dir], async () => new Uint8Array());
  assert.deepEqual(
    issues.map((i) => i.message.slice(dir.length + 1)),
    [
      'minutes.pdf: not an article file (skipped; save its text as a .txt file to read it)',
      'notes.docx: not an article file (skipped; save its text as a .txt file to read it)',
      'photo.png: not an article file (skipped)',
    ],
  );
  await assert.rejects(
    collectInputs([join(dir, 'minutes.pdf')], async () => new Uint8Array()),
    /unsupported file type: .*minutes\.pdf \(expected .*; save its text as a \.txt file to read it\)$/,
  );
});

test('collectInputs: the manifest named by --manifest inside the input folder is no input and no skipped file (newuser18 finding 12)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-inputs-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'A story.');
    writeFileSync(join(dir, 'desk-list.csv'), 'file,outlet\na.txt,The Quay Courier\n');
    const none = async () => new Uint8Array();
    const bare = await collectInputs([dir], none);
    assert.deepEqual(
      bare.issues.map((i) => i.code),
      ['ingest/unsupported'],
    );
    const named = await collectInputs([dir], none, { manifest: join(dir, 'desk-list.csv') });
    assert.deepEqual(
      named.files.map((f) => f.path),
      [join(dir, 'a.txt')],
    );
    assert.deepEqual(named.issues, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
