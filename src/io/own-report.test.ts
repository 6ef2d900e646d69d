import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import test from 'node:test';
import { report } from '../report/fixtures/story.ts';
import { renderReport } from '../report/index.ts';
import { collectInputs } from './files.ts';
import { passedOver } from './no-articles.ts';
import { isOwnReport } from './own-report.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const noStdin = async () => new Uint8Array();

test('a report Parallax wrote is known by its opening in each format, an article quoting one is not', () => {
  for (const format of ['md', 'html', 'json'] as const)
    assert.equal(isOwnReport(bytes(renderReport(report, format))), true, format);
  assert.equal(
    isOwnReport(bytes('# Parallax report\n\nThe Orrin council read a report by Parallax.\n')),
    false,
  );
  assert.equal(isOwnReport(bytes('Parallax report: the Orrin ferry\n\nBy Oda Renn\n')), false);
  assert.equal(isOwnReport(bytes('{"title":"Orrin ferry","generator":{"name":"parallax"}}')), false);
});

test("an earlier report and the run's own output in the folder are passed over and named, never read", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-own-'));
  try {
    mkdirSync(join(dir, 'in'));
    writeFileSync(
      join(dir, 'in', 'a.txt'),
      'Orrin ferry fares rise\n\nFares on the Orrin ferry rise in May.\n',
    );
    writeFileSync(join(dir, 'in', 'old.md'), renderReport(report, 'md'));
    // the file this run will write, whatever it holds now
    writeFileSync(join(dir, 'in', 'next.md'), 'Skell pier\n\nThe pier reopens.\n');
    const found = await collectInputs([join(dir, 'in')], noStdin, { output: join(dir, 'in', 'next.md') });
    assert.deepEqual(
      found.files.map((f) => f.path),
      [join(dir, 'in', 'a.txt')],
    );
    assert.deepEqual(
      found.issues.map((i) => [i.code, i.severity, i.source]),
      [
        ['ingest/own-report', 'info', join(dir, 'in', 'next.md')],
        ['ingest/own-report', 'info', join(dir, 'in', 'old.md')],
      ],
    );
    assert.equal(passedOver(found.issues), '2 Parallax reports passed over: next.md, old.md');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
