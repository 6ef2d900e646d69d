import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timelineOfStory } from './story-fixture.ts';

// An event another article dates after its own day of writing is no event it tells as past: it does
// not bound the day an undated article telling it as ahead was written (newuser13 #9: a wire text
// was given a guessed day three months past every article of its story). Invented articles.

test('an undated article is not guessed written after a day the story dates past its own writing', () => {
  const {
    timeline: events,
    issues,
    ids,
  } = timelineOfStory([
    {
      title: 'Dunmore council votes to close branches',
      publishedAt: '2026-11-18T09:00:00Z',
      text: 'The Dunmore council voted on Tuesday to close three of its library branches.\n\nThe plan closes the Orlin, Pessick and Tam branches on March 1, 2027, the council said.',
    },
    {
      title: 'Council votes to close three branches',
      text: 'The Dunmore council voted on Tuesday to close three of its library branches.\n\nThe Orlin, Pessick and Tam branches are due to close on March 1, 2027.',
    },
  ]);
  const guessed = issues.filter((i) => i.code === 'timeline/guessed-reference').map((i) => i.message);
  assert.ok(!guessed.some((m) => m.includes('2027')), guessed.join('\n'));
  // its "Tuesday" is the vote's day the dated article gives, not a Tuesday of 2027
  const vote = events.filter((e) => e.citations.some((c) => c.articleId === ids[1]) && /voted/.test(e.text));
  assert.deepEqual(
    vote.map((e) => e.date),
    ['2026-11-17'],
  );
});
