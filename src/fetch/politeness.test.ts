import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryAfterMs } from './fetcher.ts';
import { createHostGate } from './hosts.ts';
import { rulesFromAnswer } from './robots.ts';
import { defaultUserAgent, type PackageLinks, projectUrl } from './user-agent.ts';

test('Retry-After in seconds or as a date', () => {
  assert.equal(retryAfterMs('3'), 3000);
  assert.equal(
    retryAfterMs('Wed, 21 Oct 2015 07:28:10 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT')),
    10_000,
  );
  assert.equal(retryAfterMs('soon'), undefined);
  assert.equal(retryAfterMs(undefined), undefined);
});

test('robots.txt: groups by product token, missing allows, unreachable disallows', () => {
  const ua = 'Parallax/1.0 (+https://x.example)';
  const rules = rulesFromAnswer(
    'https://a.example/robots.txt',
    {
      status: 200,
      text: 'User-agent: parallax\nDisallow: /drafts/\nCrawl-delay: 2\n\nUser-agent: *\nDisallow: /\n',
    },
    ua,
  );
  assert.equal(rules.isAllowed('https://a.example/news/1'), true);
  assert.equal(rules.isAllowed('https://a.example/drafts/1'), false);
  assert.equal(rules.crawlDelayMs, 2000);
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { status: 404, text: '' }, ua).isAllowed(
      'https://a.example/x',
    ),
    true,
  );
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { status: 503, text: '' }, ua).isAllowed(
      'https://a.example/x',
    ),
    false,
  );
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { status: 429, text: '' }, ua).isAllowed(
      'https://a.example/x',
    ),
    false,
  );
  assert.equal(
    rulesFromAnswer('https://a.example/robots.txt', { error: 'timeout' }, ua).isAllowed(
      'https://a.example/x',
    ),
    false,
  );
});

test('the host gate holds concurrency and spacing under many waiters', async () => {
  // the gate's own clock: spacing is judged as the gate schedules starts, not as a loaded machine
  // happens to run the callbacks (a late timer there shortened one gap and lengthened the next)
  let clock = 0;
  const gate = createHostGate({
    concurrency: 2,
    delayMs: 20,
    now: () => clock,
    sleep: async (ms) => {
      await new Promise((r) => setTimeout(r, 1));
      clock += ms;
    },
  });
  let active = 0;
  let peak = 0;
  const starts: number[] = [];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      const release = await gate.acquire('a.example');
      starts.push(clock);
      active++;
      peak = Math.max(peak, active);
      await new Promise((r) => setTimeout(r, 30));
      active--;
      release();
    }),
  );
  assert.equal(peak, 2);
  assert.equal(gate.peak, 2);
  starts.sort((a, b) => a - b);
  for (let i = 1; i < starts.length; i++)
    assert.ok((starts[i] as number) - (starts[i - 1] as number) >= 20, `gap ${i}: ${starts.join(', ')}`);
});

test('the user agent names the project URL package.json gives, and invents none', () => {
  const cases: [PackageLinks, string | null][] = [
    [{ homepage: 'https://parallax.example/' }, 'https://parallax.example/'],
    [{ repository: 'git+https://git.example/org/parallax.git' }, 'https://git.example/org/parallax'],
    [{ repository: { url: 'git://git.example/org/parallax.git' } }, 'https://git.example/org/parallax'],
    [{ homepage: 'not a url', repository: { url: 'https://git.example/p' } }, 'https://git.example/p'],
    [{ repository: 'github:org/parallax' }, null],
    [{}, null],
  ];
  for (const [pkg, url] of cases) assert.equal(projectUrl(pkg), url, JSON.stringify(pkg));
  assert.match(defaultUserAgent(), /^Parallax\/\d+\.\d+\.\d+(?: \(\+https?:\/\/\S+\))?$/);
});
