import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli } from './cli-harness.ts';
import { folder, STORY_A, STORY_A2, STORY_B } from './cli-stories.ts';

// The CLI's inputs beside the articles: --terms, --outlets and --llm-endpoint.
describe('parallax CLI', () => {
  test("--terms and --outlets add the user's contested terms and outlet table to the framing", async () => {
    const dir = folder({
      'a.json': JSON.stringify({
        text: `${STORY_A}\nCritics called the fire a calamity.`,
        outlet: 'Larkport Ledger',
      }),
      'b.txt': STORY_A2,
      'terms.csv': 'term,neutral,note\ncalamity,incident,loaded word for an event without deaths\n',
      'outlets.csv': 'name,domains,leaning,owner\nLarkport Ledger,ledger.example,centre,Ledger Group\n',
    });
    const run = await cli([
      'analyze',
      join(dir, 'a.json'),
      join(dir, 'b.txt'),
      '-f',
      'json',
      '--terms',
      join(dir, 'terms.csv'),
      '--outlets',
      join(dir, 'outlets.csv'),
    ]);
    assert.equal(run.status, 0, run.stderr);
    const framing = JSON.parse(run.stdout).stories[0].framing;
    const calamity = framing.contested.find((c: { term: string }) => c.term === 'calamity');
    assert.equal(calamity?.byArticle?.a1?.ownVoice, 1);
    assert.deepEqual(
      framing.outlets.map((o: { articleId: string; leaning: string }) => [o.articleId, o.leaning]),
      [['a1', 'centre']],
    );
  });

  test('a malformed --terms file is one line on stderr and status 2', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'terms.csv': 'word;other\nx;y\n' });
    const run = await cli(['analyze', join(dir, 'a.txt'), '--terms', join(dir, 'terms.csv')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /terms\.csv: /);
    assert.equal(run.stderr.trim().split('\n').length, 1);
  });

  test('--llm-endpoint that does not answer keeps the extractive summary and says so', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'b.txt': STORY_A2 });
    const plain = await cli(['analyze', dir, '-f', 'json']);
    const run = await cli([
      'analyze',
      dir,
      '-f',
      'json',
      '--llm-endpoint',
      'http://127.0.0.1:9',
      '--llm-model',
      'm',
    ]);
    assert.equal(run.status, 0, run.stderr);
    assert.match(
      run.stderr,
      /^parallax: warning: 1 story summary not rewritten, left extractive; first: s1: /m,
    );
    const report = JSON.parse(run.stdout);
    assert.deepEqual(report.stories[0].summary, JSON.parse(plain.stdout).stories[0].summary);
    assert.ok(
      report.issues.some((i: { code: string }) => i.code.startsWith('llm/')),
      JSON.stringify(report.issues),
    );
    const bad = await cli(['analyze', dir, '--llm-endpoint', 'localhost:8080']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--llm-endpoint takes an http\(s\) URL/);
  });
  test('--grouping-runs groups in that many orders; a bad count is a one-line usage error', async () => {
    const dir = folder({ 'a.txt': STORY_A, 'b.txt': STORY_A2, 'c.txt': STORY_B });
    const run = await cli(['analyze', dir, '-f', 'json', '-q', '--grouping-runs', '3']);
    assert.equal(run.status, 0, run.stderr);
    const stories = JSON.parse(run.stdout).stories.map((s: { articleIds: string[] }) => s.articleIds.length);
    assert.deepEqual(stories.sort(), [1, 2]);
    for (const bad of ['0', '2.5', 'many', '10']) {
      const wrong = await cli(['analyze', dir, '--grouping-runs', bad]);
      assert.equal(wrong.status, 2);
      assert.equal(wrong.stderr.trim(), 'parallax: --grouping-runs takes a whole number from 1 to 9');
    }
  });
});
