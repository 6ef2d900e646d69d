import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../../model/index.ts';
import { clean } from '../index.ts';

// Invented pages with no date or author in their metadata (a print version, a plain saved page):
// only the line under the headline tells them.
const read = (lines: string, tail = '', head = '') => {
  const article = clean()(
    {
      id: 'a1',
      source: 'print.html',
      format: 'html',
      content: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Print: Ferry fares to rise</title>
<link rel="canonical" href="https://wendmoorstar.example/news/ferry-fares">${head}</head><body>
<div class="print-header">The Wendmoor Star — printed from wendmoorstar.example</div>
<h1>Ferry fares to rise</h1>${lines}
<p>Ferry fares between Wendmoor and the island of Skell will rise by a tenth in January, the operator said on Monday.</p>
<p>The operator blamed the price of fuel and the cost of the new pier deck, which it shares with the harbour board.</p>
<p>Season tickets bought before the end of December keep their old price until they run out.</p>${tail}
</body></html>`,
      given: {},
    },
    createContext(),
  );
  return [article.publishedAt, article.byline, article.metadataSources.publishedAt ?? null] as const;
};

test("the byline line's date and author are the article's when its metadata has none", () => {
  assert.deepEqual(read('<p>By Oda Renn, 30 November 2026</p>'), [
    '2026-11-30',
    'Oda Renn',
    'text:byline-line',
  ]);
  assert.deepEqual(read('<p>By Oda Renn | Dec. 2, 2026</p>'), ['2026-12-02', 'Oda Renn', 'text:byline-line']);
});

test("an update's date is not the article's publication, and a line without a date gives none", () => {
  assert.deepEqual(read('<p>Updated: 1 December 2026</p>'), [null, null, null]);
  assert.deepEqual(read('<p>By Oda Renn</p>'), [null, 'Oda Renn', null]);
});

test('a list of other stories after the text gives no byline or date', () => {
  const more = `<div class="more"><h3>More from the Star</h3>
<p>Harbour board picks a new master</p><p>By Sela Dunn, 12 March 2024</p>
<p>Skell sea wall money delayed again</p><p>By Per Vik, 3 May 2025</p></div>`;
  assert.deepEqual(read('', more), [null, null, null]);
  // the line under the headline still counts on the same page
  assert.deepEqual(read('<p>By Oda Renn, 30 November 2026</p>', more), [
    '2026-11-30',
    'Oda Renn',
    'text:byline-line',
  ]);
});

test("a byline line giving publication and update is read up to the update; the page's outlet is no co-author", () => {
  assert.deepEqual(read('<p>By Jonas Pell. Published 30 November 2026, updated 1 December 2026</p>'), [
    '2026-11-30',
    'Jonas Pell',
    'text:byline-line',
  ]);
  const site = '<meta property="og:site_name" content="The Wendmoor Star">';
  assert.deepEqual(read('<p>By Jonas Pell, The Wendmoor Star, 30 November 2026</p>', '', site), [
    '2026-11-30',
    'Jonas Pell',
    'text:byline-line',
  ]);
});

test('a byline element marked by its class gives its date as the same line without the class does', () => {
  assert.deepEqual(read('<p class="byline">By Jonas Pell. Published 30 November 2026</p>'), [
    '2026-11-30',
    'Jonas Pell',
    'html:byline',
  ]);
  assert.deepEqual(read('<div class="author">By Oda Renn, 2 December 2026</div>'), [
    '2026-12-02',
    'Oda Renn',
    'html:byline',
  ]);
  // an update's date in the marked line is still no publication date
  assert.deepEqual(read('<p class="byline">By Oda Renn. Updated 1 December 2026</p>'), [
    null,
    'Oda Renn',
    null,
  ]);
});

// newuser24 #12: "Jessica Tran <span>Economics editor</span> · Dec 4, 2026 – 9.10am" stayed in the text
// (its words became a person "Jessica Tran Economics") and the page had no byline.
test('a byline line with a role after the name, in any case, is the byline: the name alone, out of the text', () => {
  assert.deepEqual(
    read('<div class="meta">Oda Renn <span>Transport editor</span> · Dec 4, 2026 – 9.10am</div>'),
    ['2026-12-04', 'Oda Renn', 'text:byline-line'],
  );
  // two authors keep both names
  assert.deepEqual(read('<p>By Oda Renn and Tam Pell, 30 November 2026</p>')[1], 'Oda Renn and Tam Pell');
});
