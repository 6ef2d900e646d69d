import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { clean } from '../index.ts';
import { parseByline } from './byline.ts';

// A .txt laid out as a scraper leaves it: the headline, the outlet's masthead, a byline (with or without
// its date), then the body. The first line is the headline, the masthead names the outlet, the byline
// is the person.
const body =
  'Pellworth councillors voted 6-3 on Tuesday to close the Quay Lane swimming baths, which have served the harbour district for forty years.\n\n"We cannot heat a pool that few people use," council leader Ada Brenn told the meeting.';
const run = (content: string) =>
  clean()({ id: 'a1', source: 'a.txt', format: 'text', content, given: {} }, createContext());

test('scraped header: headline, masthead, "Name, weekday date": the headline stays, the name is the byline', () => {
  const article = run(
    `Pool closure vote leaves Quay Lane swimmers angry\nThe Pellworth Courier\nIlse Varga, Wednesday 4 June 2025\n\n${body}`,
  );
  assert.equal(article.title, 'Pool closure vote leaves Quay Lane swimmers angry');
  assert.equal(article.byline, 'Ilse Varga');
  assert.equal(article.publishedAt, '2025-06-04');
  assert.deepEqual(
    [article.outlet, article.metadataSources.outlet],
    ['The Pellworth Courier', 'text:masthead'],
  );
  assert.equal(article.section, null);
});

test('scraped header: headline, masthead, name, date: the masthead is the outlet, not the byline', () => {
  const article = run(
    `Pool closure vote leaves swimmers angry\nHarbour Daily\nIlse Varga\n4 June 2025\n\n${body}`,
  );
  assert.equal(article.title, 'Pool closure vote leaves swimmers angry');
  assert.equal(article.byline, 'Ilse Varga');
  assert.deepEqual([article.outlet, article.metadataSources.outlet], ['Harbour Daily', 'text:masthead']);
});

test('bylines: a name and the date it was filed; a place and a date is no byline', () => {
  assert.equal(parseByline('Ilse Varga, Wednesday 4 June 2025'), 'Ilse Varga');
  assert.equal(parseByline('Pellworth, 4 June 2025'), null);
});

test('scraped header: "The X" over the dateline is the outlet, never the author; a name under it still is', () => {
  const article = run(
    `Pool closure vote leaves swimmers angry\nThe Lamplight\nPublished 4 June 2025\n\n${body}`,
  );
  assert.deepEqual(
    [article.outlet, article.metadataSources.outlet, article.byline, article.publishedAt],
    ['The Lamplight', 'text:masthead', null, '2025-06-04'],
  );
  const signed = run(
    `Pool closure vote leaves swimmers angry\nThe Lamplight\nIlse Varga\n4 June 2025\n\n${body}`,
  );
  assert.equal(signed.byline, 'Ilse Varga');
  // "The X" over no date is not taken for the outlet, and still no person's name
  const undated = run(`Pool closure vote leaves swimmers angry\nThe Lamplight\n\n${body}`);
  assert.equal(undated.byline, null);
});

test('scraped header: a staff byline or a wire over the dateline is no outlet ("The Editorial Board")', () => {
  for (const line of ['The Editorial Board', 'The News Desk', 'The Associated Press']) {
    const article = run(`Pool closure vote leaves swimmers angry\n${line}\nPublished 4 June 2025\n\n${body}`);
    assert.deepEqual([article.outlet, article.publishedAt], [null, '2025-06-04'], line);
  }
});

test('scraped header: a menu line of short items split by pipes or bullets is no headline; the next line is', () => {
  for (const menu of ['Home | Local | Sport | Weather', 'Front Page • World • Arts and Culture • Letters']) {
    const article = run(
      `THE PELLWORTH COURIER\n${menu}\nPublished 4 June 2025\n\nPool closure vote leaves swimmers angry\n\n${body}`,
    );
    assert.equal(article.title, 'Pool closure vote leaves swimmers angry', menu);
    assert.ok(
      article.removed.some((r) => r.text === menu && /widget-nav-menu/.test(r.reason)),
      menu,
    );
  }
  // a headline with one pipe in it is still the headline
  const one = run(`Pool closure | Swimmers angry at Quay Lane vote\n\n${body}`);
  assert.equal(one.title, 'Pool closure | Swimmers angry at Quay Lane vote');
});

test('scraped header: a dateline keeps its time when its zone is UTC/GMT or numeric; no zone or a named local zone keeps the day', () => {
  const at = (line: string) => run(`Pool closure vote leaves swimmers angry\n${line}\n\n${body}`).publishedAt;
  assert.equal(at('Published 4 June 2025 11:30'), '2025-06-04');
  assert.equal(at('Published 4 June 2025 at 4:05 pm GMT'), '2025-06-04T16:05:00.000Z');
  assert.equal(at('Published 4 June 2025 11:30 +02:00'), '2025-06-04T11:30:00+02:00');
  assert.equal(at('Published 4 June 2025 11:30 CEST'), '2025-06-04');
  assert.equal(at('Published 4 June 2025'), '2025-06-04');
});
