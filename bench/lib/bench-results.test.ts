import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type BenchResults, compareResults, readPrevious, writeResults } from './bench-results.ts';

const RUN: BenchResults = {
  date: '2026-01-02',
  machine: { cores: 2, cpu: 'Example CPU', platform: 'linux' },
  node: 'v24.0.0',
  corpus: { documents: 10, words: 1000 },
  analyze: { seconds: 2, articlesPerSecond: 100, wordsPerSecond: 500, stories: 3, peakRssMiB: 400 },
  tokenise: { seconds: 0.5, wordsPerSecond: 2000 },
  ratioToTokenise: 4,
  stagesMs: { clean: 100, extract: 200 },
  story: { articles: 5, words: 300, extractMs: 10, compareMs: 20 },
};

test('compareResults: each figure old → new, its change and whether it is better or worse', () => {
  const slower: BenchResults = {
    ...RUN,
    analyze: { ...RUN.analyze, seconds: 2.5, articlesPerSecond: 80 },
    stagesMs: { clean: 100, extract: 150, cluster: 40 },
  };
  const lines = compareResults(RUN, slower);
  const line = (label: string) => lines.find((l) => l.startsWith(label));
  assert.match(line('analyze, seconds') ?? '', /2 → 2\.5 \(\+25\.0%, worse\)$/);
  assert.match(line('analyze, articles/s') ?? '', /100 → 80 \(-20\.0%, worse\)$/);
  assert.match(line('peak RSS, MiB') ?? '', /400 → 400 \(\+0\.0%, same\)$/);
  assert.match(line('stage extract, ms') ?? '', /200 → 150 \(-25\.0%, better\)$/);
  assert.equal(line('stage cluster'), undefined, 'a stage the previous run lacks is not compared');
  assert.ok(!lines.some((l) => l.includes('do not compare')));
});

test('compareResults: a run on another machine, Node or corpus says the figures do not compare', () => {
  const elsewhere: BenchResults = { ...RUN, machine: { ...RUN.machine, cores: 8 }, node: 'v24.1.0' };
  assert.match(
    compareResults(RUN, elsewhere)[0] ?? '',
    /differs in machine \(2 × Example CPU\), Node \(v24\.0\.0\)/,
  );
});

test('compareResults: a busy machine is named, with the steadier figure to read', () => {
  const quiet = { ...RUN, machine: { ...RUN.machine, load: 0.4 } };
  const busy = { ...RUN, machine: { ...RUN.machine, load: 3.1 } };
  assert.ok(!compareResults(quiet, quiet).some((l) => l.includes('busy')));
  assert.match(
    compareResults(quiet, busy)[0] ?? '',
    /machine was busy \(load 0\.4 then, 3\.1 now, on 2 cores\)/,
  );
  assert.match(compareResults(RUN, busy)[0] ?? '', /load \? then/);
});

test('writeResults and readPrevious: the file round-trips (outside git, read from disk)', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'results', 'latest.json');
  assert.equal(readPrevious(path), null);
  writeResults(path, RUN);
  assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), RUN);
  assert.deepEqual(readPrevious(path), RUN);
});

test('compareResults: a run over worker threads compares its one-thread stages with a one-thread run', () => {
  const parallel: BenchResults = {
    ...RUN,
    analyze: { ...RUN.analyze, seconds: 1.2 },
    jobs: 2,
    stagesMs: { clean: 60, stories: 300 },
    oneThread: { seconds: 1.9, articlesPerSecond: 105, stagesMs: { clean: 90, extract: 200 } },
  };
  const lines = compareResults(RUN, parallel);
  const line = (label: string) => lines.find((l) => l.startsWith(label));
  assert.match(lines[0] ?? '', /previous run analysed over 1 thread\(s\), this one over 2/);
  assert.match(line('one thread, seconds') ?? '', /2 → 1\.9 \(-5\.0%, better\)$/);
  assert.match(line('stage clean, ms') ?? '', /100 → 90 /);
  assert.equal(line('stage stories'), undefined, 'wall-clock phases are not stages');
});
