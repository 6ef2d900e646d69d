import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Article, Report, Story } from '../model/index.ts';
import { SCHEMA_VERSION } from '../model/index.ts';
import { checkRewrite, openAiRewriter, parseSentences, rewriteReportSummaries } from './index.ts';

describe('checking a rewritten sentence against its cited text', () => {
  const cited = ['Mayor Ines Varga said the ferry lost 2,400 passengers a day in March.'];
  const cases: [string, boolean][] = [
    ['The ferry lost 2,400 passengers a day in March, Mayor Ines Varga said.', true],
    ['The ferry lost 2400 passengers daily in March, said Varga.', true],
    ['Officials said the ferry lost 2,400 passengers a day in March.', true],
    ['The ferry lost 2,500 passengers a day in March, Varga said.', false],
    ['The ferry lost 2,400 passengers a day in April, Varga said.', false],
    ['Governor Tom Reyes said the ferry lost passengers.', false],
    ['Mayor Inés Varga said the ferry lost passengers.', true],
  ];
  for (const [text, ok] of cases) {
    test(`${ok ? 'accepts' : 'rejects'}: ${text}`, () => assert.equal(checkRewrite(text, cited).ok, ok));
  }
  test('names what is missing', () => {
    assert.deepEqual(checkRewrite('Varga cited 12 ferries in April.', cited).missing, ['12', 'April']);
  });
});

describe('parsing a model answer', () => {
  test('a JSON array, possibly wrapped in prose or a code fence', () => {
    assert.deepEqual(parseSentences('Here:\n```json\n["One.", "Two."]\n```'), ['One.', 'Two.']);
  });
  test('numbered lines', () => {
    assert.deepEqual(parseSentences('1. One.\n2) Two.\n'), ['One.', 'Two.']);
  });
});

// ---- a fake OpenAI-compatible server on 127.0.0.1, answering as each test sets it up

type Handler = (
  body: { model: string; messages: { role: string; content: string }[] },
  res: ServerResponse,
) => void;
let handler: Handler = (_body, res) => res.end();
const requests: { url: string; body: string }[] = [];
let server: Server;
let endpoint = '';

function answer(res: ServerResponse, sentences: string[]): void {
  res.setHeader('content-type', 'application/json');
  res.end(
    JSON.stringify({ choices: [{ message: { role: 'assistant', content: JSON.stringify(sentences) } }] }),
  );
}

before(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      requests.push({ url: req.url ?? '', body });
      handler(JSON.parse(body), res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => {
  server.closeAllConnections();
  server.close();
});

const TEXT =
  'Ferry crews ended a nine-day strike on Wednesday. The operator lost 400,000 euros, its finance chief said.';
const article: Article = {
  id: 'a1',
  source: 'a.txt',
  title: 'Strike ends',
  titleInferred: false,
  byline: null,
  outlet: 'Harbour Gazette',
  url: null,
  publishedAt: null,
  modifiedAt: null,
  language: 'en',
  section: null,
  metadataSources: {},
  text: TEXT,
  body: [TEXT],
  paragraphs: [{ kind: 'text', span: { start: 0, end: TEXT.length } }],
  removed: [],
  media: [],
  wordCount: 18,
  syndicatedFrom: null,
  syndicationNote: null,
};
const first = TEXT.indexOf('The operator');
const story: Story = {
  id: 's1',
  title: 'Strike ends',
  articleIds: ['a1'],
  keywords: [],
  entities: [],
  quotes: [],
  figures: [],
  facts: [],
  conflicts: [],
  omissions: {},
  quoteMatrix: [],
  framing: null,
  headline: null,
  summary: [
    {
      text: 'Ferry crews ended a nine-day strike on Wednesday.',
      citations: [{ articleId: 'a1', span: { start: 0, end: first - 1 } }],
      factIds: [],
    },
    {
      text: 'The operator lost 400,000 euros, its finance chief said.',
      citations: [{ articleId: 'a1', span: { start: first, end: TEXT.length } }],
      factIds: [],
    },
  ],
  points: [],
  timeline: [],
  check: { pairs: 0, holding: 0, share: null },
};
const report: Report = {
  schemaVersion: SCHEMA_VERSION,
  generator: { name: 'parallax', version: '0' },
  generatedAt: '2024-01-01T00:00:00.000Z',
  articles: [article],
  stories: [story],
  check: { pairs: 0, holding: 0, share: null },
  issues: [],
};

describe('rewriting a report summary through an OpenAI-compatible endpoint', () => {
  test('fluent rewrites that keep names and figures are taken; the request is a chat completion', async () => {
    handler = (body, res) => {
      assert.equal(body.model, 'tiny-model');
      assert.match(body.messages[1]?.content ?? '', /1\. Ferry crews/);
      answer(res, [
        'On Wednesday, ferry crews ended a nine-day strike.',
        'The operator lost 400,000 euros, said its finance chief.',
      ]);
    };
    requests.length = 0;
    const { report: out, stats } = await rewriteReportSummaries(
      report,
      openAiRewriter({ endpoint: `${endpoint}/`, model: 'tiny-model' }),
    );
    assert.equal(requests[0]?.url, '/v1/chat/completions');
    assert.deepEqual(stats, { rewritten: 2, rejected: 0, failedStories: 0 });
    assert.equal(out.stories[0]?.summary[0]?.text, 'On Wednesday, ferry crews ended a nine-day strike.');
    assert.deepEqual(out.stories[0]?.summary[0]?.citations, story.summary[0]?.citations);
    assert.equal(report.stories[0]?.summary[0]?.text, story.summary[0]?.text, 'input report unchanged');
  });

  test('a rewrite that invents a number is rejected and the extractive sentence kept', async () => {
    handler = (_body, res) =>
      answer(res, [
        'On Wednesday, ferry crews ended a nine-day strike.',
        'The operator lost 450,000 euros, its finance chief said.',
      ]);
    const { report: out, stats } = await rewriteReportSummaries(
      report,
      openAiRewriter({ endpoint, model: 'm' }),
    );
    assert.deepEqual(stats, { rewritten: 1, rejected: 1, failedStories: 0 });
    assert.equal(out.stories[0]?.summary[1]?.text, story.summary[1]?.text);
    assert.match(out.issues.find((i) => i.code === 'llm/rejected')?.message ?? '', /450000/);
  });

  test('a server error leaves the summary extractive, with a warning', async () => {
    handler = (_body, res) => {
      res.statusCode = 500;
      res.end('boom');
    };
    const { report: out, stats } = await rewriteReportSummaries(
      report,
      openAiRewriter({ endpoint, model: 'm' }),
    );
    assert.deepEqual(stats, { rewritten: 0, rejected: 0, failedStories: 1 });
    assert.deepEqual(out.stories[0]?.summary, story.summary);
    assert.match(out.issues[0]?.message ?? '', /500/);
  });

  test('a server that does not answer in time leaves the summary extractive', async () => {
    handler = (_body, res) => {
      setTimeout(() => answer(res, ['late.', 'late.']), 1000).unref();
    };
    const { report: out, stats } = await rewriteReportSummaries(
      report,
      openAiRewriter({ endpoint, model: 'm', timeoutMs: 100 }),
    );
    assert.equal(stats.failedStories, 1);
    assert.deepEqual(out.stories[0]?.summary, story.summary);
    assert.equal(out.issues[0]?.code, 'llm/unavailable');
  });

  test('a dead server costs one budget for the whole run, not a timeout per story', async () => {
    handler = () => {}; // never answers
    const many: Report = {
      ...report,
      stories: Array.from({ length: 9 }, (_, i) => ({ ...story, id: `s${i + 1}` })),
    };
    const timeoutMs = 60_000;
    const started = performance.now();
    const { report: out, stats } = await rewriteReportSummaries(
      many,
      openAiRewriter({ endpoint, model: 'm', timeoutMs }),
      { budgetMs: 300, concurrency: 2 },
    );
    // not one story's timeout waited out (nine would take nine minutes): a bound tied to the timeout,
    // which a loaded machine stretching the 300 ms budget does not reach
    const took = performance.now() - started;
    assert.ok(took < timeoutMs, `took ${Math.round(took)} ms`);
    assert.equal(stats.failedStories, 9);
    assert.deepEqual(
      out.stories.map((s) => s.summary),
      many.stories.map((s) => s.summary),
    );
    assert.ok(out.issues.some((i) => i.code === 'llm/budget'));
  });

  test('an answer over the size cap is not read', async () => {
    handler = (_body, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { content: 'x'.repeat(200_000) } }] }));
    };
    const { stats, report: out } = await rewriteReportSummaries(
      report,
      openAiRewriter({ endpoint, model: 'm', maxResponseBytes: 10_000 }),
    );
    assert.equal(stats.failedStories, 1);
    assert.match(out.issues[0]?.message ?? '', /cap/);
  });

  test('an answer with the wrong number of sentences is not used', async () => {
    handler = (_body, res) => answer(res, ['Only one.']);
    const { stats } = await rewriteReportSummaries(report, openAiRewriter({ endpoint, model: 'm' }));
    assert.equal(stats.failedStories, 1);
  });
});
