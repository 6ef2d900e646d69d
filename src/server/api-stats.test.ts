import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newArticle } from '../../test/store/make-article.ts';
import { shownStats } from '../cli/store-output.ts';
import { fixtureApp } from './fixtures/app.ts';

test('/api/stats gives the counts `parallax stats` prints: articles in no story, stale reports, the last change', async (t) => {
  const { store, app, jobs } = await fixtureApp();
  t.after(async () => {
    await jobs.idle();
    await store.close();
  });
  // an article stored and not placed (a run stopped before its grouping step)
  await store.upsertArticles([
    newArticle({ text: 'The Quenby ferry ran late on Sunday, the harbour office said.' }),
  ]);
  const answer = (await (await app.request('/api/stats')).json()) as Record<string, unknown>;
  assert.equal(answer.unplaced, 1);
  assert.equal(typeof answer.reports, 'number');
  assert.equal(typeof answer.staleReports, 'number');
  // the same counts as the CLI's, read by one function
  const [stats, [latest]] = await Promise.all([store.stats(), store.stories({ limit: 1 })]);
  const cli = shownStats(stats, latest) as Record<string, unknown>;
  for (const [key, value] of Object.entries(answer)) assert.deepEqual(value, cli[key], key);
  assert.deepEqual(Object.keys(answer).sort(), [
    'articles',
    'backend',
    'lastChangeAt',
    'lastIngestAt',
    'outlets',
    'reports',
    'staleReports',
    'stories',
    'unplaced',
  ]);
});
