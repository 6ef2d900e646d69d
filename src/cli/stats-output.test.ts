import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lastChange } from '../store/stats-counts.ts';
import { statsLines } from './store-output.ts';

// What `parallax stats` prints (statsLines): the report versions, stale reports, the last change and
// the articles in no story.

test('statsLines names each stored report version by how it stands for this code', () => {
  const stats = {
    backend: 'postgres' as const,
    location: 'postgres://ann@/news',
    articles: 1200,
    stories: 40,
    outlets: 9,
    bytes: 3 * 1024 * 1024,
    unplaced: 0,
    lastIngestAt: null,
    schemaVersion: 9,
    reportVersions: [
      { version: '0.1.0+report.3.analysis.2', stories: 30, stale: 0 },
      { version: '0.1.0+report.3.analysis.10', stories: 6, stale: 0 },
      { version: '0.2.0+report.4.analysis.0', stories: 2, stale: 0 },
      { version: '0.0.9+report.2.analysis.0', stories: 1, stale: 1 },
      { version: null, stories: 1, stale: 0 },
    ],
  };
  const lines = statsLines(stats, '0.1.0+report.3.analysis.2').split('\n');
  assert.deepEqual(lines.slice(7, -1), [
    'reports: 40',
    '  30 made by this version, 0.1.0+report.3.analysis.2',
    '  6 made by a newer version, 0.1.0+report.3.analysis.10: shown as they are, never replaced',
    '  2 made by a newer version, 0.2.0+report.4.analysis.0, in a shape this one cannot read: computed for each reader, not stored',
    '  1 made by an older version, 0.0.9+report.2.analysis.0: computed again when read, and replaced',
    '  1 made by a Parallax naming no version: computed again when read, and replaced',
  ]);
});

test('statsLines says how many reports of a version are stale, their stories changed since (an older version’s are all computed again)', () => {
  const stats = {
    backend: 'sqlite' as const,
    location: 'lab.db',
    articles: 40,
    stories: 5,
    outlets: 5,
    bytes: 4096,
    unplaced: 0,
    lastIngestAt: null,
    schemaVersion: 12,
    reportVersions: [
      { version: '0.1.0+report.3.analysis.2', stories: 4, stale: 4 },
      { version: '0.1.0+report.3.analysis.10', stories: 1, stale: 1 },
      { version: '0.0.9+report.2.analysis.0', stories: 2, stale: 1 },
    ],
  };
  assert.deepEqual(statsLines(stats, '0.1.0+report.3.analysis.2').split('\n').slice(8, -1), [
    '  4 made by this version, 0.1.0+report.3.analysis.2 (4 stale: their stories changed since, computed again when read)',
    // not 'shown as they are, never replaced (1 stale: … computed again when read)', which reads as a contradiction
    '  1 made by a newer version, 0.1.0+report.3.analysis.10: shown as they are unless their story changed since (1 has: computed again for each reader, never replaced)',
    '  2 made by an older version, 0.0.9+report.2.analysis.0: computed again when read, and replaced',
  ]);
});

test('stats: the last change is the later of the last ingest and a story changed since (a corrected article replaced)', () => {
  const stats = {
    backend: 'sqlite' as const,
    location: 'news.db',
    articles: 19,
    stories: 5,
    outlets: 3,
    bytes: 2048,
    unplaced: 0,
    lastIngestAt: '2026-12-04T20:11:00.000Z',
    schemaVersion: 9,
    reportVersions: [],
  };
  const replaced = lastChange(stats, { updatedAt: '2026-12-04T20:19:00.000Z' });
  assert.equal(replaced, '2026-12-04T20:19:00.000Z');
  assert.equal(lastChange(stats, { updatedAt: '2026-12-04T20:10:00.000Z' }), stats.lastIngestAt);
  assert.equal(lastChange({ ...stats, lastIngestAt: null }, undefined), null);
  const lines = statsLines({ ...stats, lastChangeAt: replaced }).split('\n');
  assert.deepEqual(lines.slice(5, 7), [
    'last ingest: 2026-12-04T20:11:00.000Z',
    'last change: 2026-12-04T20:19:00.000Z',
  ]);
});

test('stats counts the articles in no story, which the next ingest or fetch places', () => {
  const stats = {
    backend: 'sqlite' as const,
    location: 'lab.db',
    articles: 2400,
    unplaced: 1200,
    stories: 4,
    outlets: 5,
    bytes: 4096,
    lastIngestAt: null,
    schemaVersion: 12,
    reportVersions: [],
  };
  assert.equal(
    statsLines(stats).split('\n')[1],
    'articles: 2,400 (1,200 in no story yet: the next ingest or fetch places them)',
  );
  assert.equal(statsLines({ ...stats, unplaced: 0 }).split('\n')[1], 'articles: 2,400');
});
