import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Article } from '../model/index.ts';
import { renderArticleText, storyEvidence } from './article-text.ts';
import { cite, quote, report, sentence, story, stripTags, TEXT } from './fixtures/story.ts';

describe('article text', () => {
  test('nested spans become elements with their anchor; a crossing span an anchor with its length', () => {
    const a = report.articles[0] as Article;
    const html = renderArticleText(a, [
      cite('a1', sentence),
      cite('a1', { start: 4, end: 60 }), // crosses the sentence's end
      cite('a1', quote),
      cite('a1', { start: 42, end: 53 }), // inside the quote
      cite('a1', quote), // a duplicate: one element
      cite('a2', { start: 0, end: 5 }), // another article's: ignored
    ]);
    assert.match(
      html,
      /<span class="px-ev" id="ev-a1-0-40">The <span class="px-ev px-ev-at" id="ev-a1-4-60" data-length="56"><\/span>&lt;b&gt;council&lt;\/b&gt; voted 7-2 on Tuesday\.<\/span>/,
    );
    assert.match(
      html,
      /<span class="px-ev" id="ev-a1-41-70">&quot;<span class="px-ev" id="ev-a1-42-53">It is done,<\/span>&quot; the clerk said\.<\/span><\/p>/,
    );
    assert.equal(html.match(/id="ev-a1-41-70"/g)?.length, 1);
    assert.doesNotMatch(html, /ev-a2/);
    const paragraphs = html.split('</p>').map(stripTags).filter(Boolean);
    const unescapeHtml = (s: string) =>
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"');
    assert.deepEqual(paragraphs.map(unescapeHtml), TEXT.split('\n\n'), 'the text is whole and in order');
  });

  test('the highlighted span is marked on the server side', () => {
    const html = renderArticleText(
      report.articles[0] as Article,
      storyEvidence(story).get('a1') ?? [],
      sentence,
    );
    assert.match(html, /class="px-ev px-on" id="ev-a1-0-40"/);
  });
});
