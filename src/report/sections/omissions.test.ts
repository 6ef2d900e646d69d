import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report, Story } from '../../model/index.ts';
import { article, cite, report, sentence, story } from '../fixtures/story.ts';
import { omissionsSection } from './omissions.ts';

// An outlet listed for a shared fact: the line says what Parallax found (no sentence of the outlet
// matched to it), not that the outlet leaves the fact out, which a wording not matched can belie.
test('an omission line says no sentence of the outlet was matched to the fact, not that it does not mention it', () => {
  const listed: Story = { ...story, omissions: { a2: ['f1'] } };
  const withIt: Report = { ...report, stories: [listed] };
  const markdown = omissionsSection.markdown(listed, withIt);
  assert.match(
    markdown,
    /^- \*\*Bay Times\*\* \[a2\]: no sentence of it was matched to:\n {2}- The council voted 7-2/,
  );
  const html = omissionsSection.html(listed, withIt);
  assert.match(
    html,
    /<strong>Bay Times<\/strong> <span class="id">a2<\/span>: no sentence of it was matched to:<ul><li>The council/,
  );
  for (const text of [markdown, html]) assert.doesNotMatch(text, /does not mention/);
});

// newuser22 #8: a figure difference's id in an outlet's omissions is the figure it gives no value
// of, listed with every value and who gives it (not "no sentence matched" of a fact).
test('an outlet silent on a figure others tell is listed with the values and their outlets', () => {
  const third = article('a3', 'Harbour Post', null);
  const difference = {
    id: 's1-d1',
    kind: 'figure' as const,
    about: 'councillors',
    sides: [
      {
        claim: 'Seven councillors voted for it.',
        evidence: [cite('a1', sentence)],
        value: { number: 7, unit: null, measure: 'councillors' },
        told: [{ articleId: 'a1', publishedAt: '2024-03-14T09:30:00Z' }],
      },
      {
        claim: 'Eight councillors voted for it.',
        evidence: [cite('a2', sentence)],
        value: { number: 8, unit: null, measure: 'councillors' },
        told: [{ articleId: 'a2', publishedAt: '2024-03-14T09:30:00Z' }],
      },
    ],
  };
  const listed: Story = {
    ...story,
    articleIds: ['a1', 'a2', 'a3'],
    differences: [difference],
    omissions: { a3: ['s1-d1'] },
  };
  const withIt: Report = { ...report, articles: [...report.articles, third], stories: [listed] };
  assert.equal(
    omissionsSection.markdown(listed, withIt),
    '- **Harbour Post** [a3]: gives no value of a figure other outlets tell (see Differences to check):\n  - councillors: 7 [a1]; 8 [a2]',
  );
  const html = omissionsSection.html(listed, withIt);
  assert.match(
    html,
    /<strong>Harbour Post<\/strong> <span class="id">a3<\/span>: gives no value of a figure/,
  );
  assert.match(
    html,
    /<li>councillors: 7 <span class="cites"><a class="cite" href="#ev-a1-0-40".*; 8 <span class="cites"><a class="cite" href="#ev-a2-0-40"/,
  );
  assert.doesNotMatch(html, /no sentence of it was matched/);
});
