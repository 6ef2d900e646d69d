import assert from 'node:assert/strict';
import { test } from 'node:test';
import { article } from '../report/fixtures/story.ts';
import { articlePage } from './views/article.ts';

// A corrected article, replaced in place by a fetch, says on its page when it last changed: a
// fact-checker reading it learns the text is not the one first published (newuser10's finding 5).
const page = (modifiedAt: string | null) =>
  articlePage(
    {
      article: { ...article('a1', 'Fenwick Valley Herald', null), modifiedAt },
      storyId: 's1',
      ingestedAt: '',
    },
    { marks: [], highlight: null, from: null },
  );

test('the article page gives the time an article changed after its publication, and none otherwise', () => {
  assert.match(page('2024-03-16T01:57:44Z'), /2024-03-14 · updated 2024-03-16 01:57 UTC<\/p>/);
  assert.doesNotMatch(page(null), /updated/);
  assert.doesNotMatch(page('2024-03-14T09:30:00Z'), /updated/, 'a change time equal to the publication');
});
