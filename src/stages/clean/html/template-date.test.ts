import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { clean } from '../index.ts';

// Invented pages: a JSON-LD datePublished and the date the page shows under its headline.
// `header`: what the page shows before its article (a site header's date, a sidebar).
const read = (ldDate: string, shown: string, header = '') => {
  const ctx = createContext();
  const article = clean()(
    {
      id: 'a1',
      source: 'post-bus.html',
      format: 'html',
      content: `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Blaze destroys buses in Tolmere</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Blaze destroys buses in Tolmere","datePublished":"${ldDate}"}</script>
<meta property="og:site_name" content="The Tolmere Post"></head><body>${header}<article><h1>Blaze destroys buses in Tolmere</h1>
<p class="meta">By Ida Brann <time>${shown}</time></p>
<p>A fire at the Tolmere bus depot destroyed twelve buses overnight, the fire brigade said on Wednesday morning.</p>
<p>Nobody was hurt. The depot's manager said the morning services would run with buses borrowed from Kessel.</p>
</article></body></html>`,
      given: {},
    },
    ctx,
  );
  return {
    date: [article.publishedAt, article.metadataSources.publishedAt],
    warnings: ctx.issues.filter((i) => i.code === 'clean/template-date').map((i) => i.message),
  };
};

test("a midnight-UTC JSON-LD date days before the page's shown date gives way to it, with a warning naming both", () => {
  const { date, warnings } = read('2026-11-20T00:00:00Z', '2 December 2026, 07:30');
  assert.deepEqual(date, ['2026-12-02', 'html:time-text']);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] ?? '', /2026-11-20.*2026-12-02/);
});

test('a JSON-LD date with a time of day, or a day before the shown date, stays', () => {
  assert.deepEqual(read('2026-11-20T06:30:00Z', '2 December 2026, 07:30'), {
    date: ['2026-11-20T06:30:00.000Z', 'json-ld'],
    warnings: [],
  });
  assert.deepEqual(read('2026-12-01T00:00:00Z', '2 December 2026, 07:30'), {
    date: ['2026-12-01T00:00:00.000Z', 'json-ld'],
    warnings: [],
  });
});

test("the shown date is the article's, by its headline: a site header's or sidebar's <time> before it is none", () => {
  // the page's own header says today's date; the article under it shows the day its JSON-LD gives
  const header =
    '<header><p>The Tolmere Post · <time datetime="2026-12-04">Friday 4 December 2026</time></p></header><aside><ul><li><time datetime="2026-12-04T08:00:00Z">08:00</time> Frost expected</li></ul></aside>';
  assert.deepEqual(read('2026-12-01T00:00:00Z', '1 December 2026, 07:30', header), {
    date: ['2026-12-01T00:00:00.000Z', 'json-ld'],
    warnings: [],
  });
  // a template's default is still set aside for the article's own shown date, not the header's
  const { date } = read('2026-11-20T00:00:00Z', '2 December 2026, 07:30', header);
  assert.deepEqual(date, ['2026-12-02', 'html:time-text']);
});

test('a JSON-LD day alone is compared with the shown date by day', () => {
  assert.deepEqual(read('2026-12-01', '2 December 2026, 07:30').date, ['2026-12-01', 'json-ld']);
  const { date, warnings } = read('2026-11-20', '2 December 2026, 07:30');
  assert.deepEqual(date, ['2026-12-02', 'html:time-text']);
  assert.match(warnings[0] ?? '', /json-ld date 2026-11-20 .*2026-12-02/);
});
