import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { collectInputs } from './files.ts';
import { passedOver } from './no-articles.ts';
import { isSavedPageFolder } from './walk.ts';

test('isSavedPageFolder: X_files beside X.html or X.htm, nothing else', () => {
  const names = new Set(['Story.html', 'Story_files', 'Notes.htm', 'Notes_files', 'Other_files', 'x.txt']);
  assert.equal(isSavedPageFolder('Story_files', names), true);
  assert.equal(isSavedPageFolder('Notes_files', names), true);
  assert.equal(isSavedPageFolder('Other_files', names), false, 'no page of that name beside it');
  assert.equal(isSavedPageFolder('_files', new Set(['.html', '_files'])), false);
  assert.equal(isSavedPageFolder('Story', names), false);
});

test('a page saved whole is read alone: its folder of scripts, styles and framed ads is no input', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-saved-'));
  try {
    const page =
      '<html><head><title>Glenmoor dam spillway reopens</title></head><body><article><p>The Glenmoor dam spillway reopened on Monday after two weeks of repairs, the water board said.</p></article></body></html>';
    writeFileSync(join(dir, 'Spillway.html'), page);
    mkdirSync(join(dir, 'Spillway_files'));
    writeFileSync(
      join(dir, 'Spillway_files', 'ad-frame.html'),
      '<html><body><a href="x">Buy now</a></body></html>',
    );
    writeFileSync(join(dir, 'Spillway_files', 'site.css'), 'body {}');
    // a folder of articles that only looks alike (no page of its name beside it) is still read
    mkdirSync(join(dir, 'Archive_files'));
    writeFileSync(join(dir, 'Archive_files', 'old.txt'), 'The Glenmoor spillway closed two weeks ago.');
    const inputs = await collectInputs([dir], async () => new Uint8Array());
    assert.deepEqual(
      inputs.files.map((f) => f.path.slice(dir.length + 1)),
      [join('Archive_files', 'old.txt'), 'Spillway.html'],
    );
    assert.deepEqual(inputs.issues, [], 'no file of its folder is named as passed over');
    // named on its own, the folder is read as any folder is
    const named = await collectInputs([join(dir, 'Spillway_files')], async () => new Uint8Array());
    assert.equal(named.files.length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a symbolic link to nothing in a folder is named as passed over, not dropped in silence', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-dangling-'));
  try {
    writeFileSync(
      join(dir, 'ferry.txt'),
      'The Brackwater ferry resumed its crossings on Friday, the port said.',
    );
    symlinkSync(join(dir, 'moved-away.txt'), join(dir, 'lost.txt'));
    const inputs = await collectInputs([dir], async () => new Uint8Array());
    assert.deepEqual(
      inputs.files.map((f) => f.path),
      [join(dir, 'ferry.txt')],
    );
    assert.deepEqual(
      inputs.issues.map((i) => [i.code, i.source]),
      [['ingest/dangling-link', join(dir, 'lost.txt')]],
    );
    assert.equal(passedOver(inputs.issues), '1 link to nothing passed over: lost.txt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
