import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ReportSchema } from '../src/model/index.ts';
import { BORDER_TALKS, BORDER_TALKS_BOILERPLATE } from './border-talks.ts';
import { cli } from './cli-harness.ts';
import { needsShared, sharedPath } from './shared.ts';

const CORPUS = BORDER_TALKS;

describe('parallax analyze on the border-talks corpus', { skip: needsShared(CORPUS) }, () => {
  test('five articles, one story, no boilerplate in any body, four titles found', async () => {
    const run = await cli(['analyze', sharedPath(CORPUS), '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    const report = ReportSchema.parse(JSON.parse(run.stdout));
    assert.equal(report.articles.length, 5);
    assert.equal(report.stories.length, 1);
    assert.equal(report.stories[0]?.articleIds.length, 5);
    for (const article of report.articles) {
      for (const needle of BORDER_TALKS_BOILERPLATE)
        assert.ok(!article.text.includes(needle), `${article.source} body still has "${needle}"`);
      assert.equal(article.body.join('\n\n'), article.text);
    }
    const titled = report.articles.filter((a) => a.title !== null && !a.titleInferred);
    assert.equal(titled.length, 4, titled.map((a) => a.source).join(', '));
  });
});
