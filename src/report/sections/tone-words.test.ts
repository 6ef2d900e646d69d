import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { renderHtml, renderMarkdown } from '../index.ts';

// Two invented outlets on one ferry story (newuser19 finding 5): the words behind each tone score are
// named in the reports; a party before its name, a status before the people it names and a label the
// terms' table counts are no tone.
const ARTICLES = [
  {
    title: 'Gullport ferry sails late after chaotic morning',
    outlet: 'Quay Gazette',
    text: 'The Gullport ferry left the quay two hours late on Friday after a chaotic morning at the ticket hall.\n\nThe opposition Harbour Party asked for a review, and refused applicants for season tickets may appeal.\n\nThe Gullport ferry carried 40 passengers and two illegal migrants to Vell island on Friday.',
  },
  {
    title: 'Gullport ferry leaves two hours late',
    outlet: 'Vell Post',
    text: 'The Gullport ferry left the quay two hours late on Friday.\n\nThe Gullport ferry carried 40 passengers to Vell island on Friday.',
  },
];

test('tone: the words behind each outlet’s own-voice score are named in Markdown and HTML', () => {
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'story.jsonl', bytes }], {}, createContext());
  assert.equal(report.stories.length, 1);
  const md = renderMarkdown(report);
  const row = md.split('\n').find((l) => l.startsWith('| words counted (own voice) |'));
  assert.ok(row, md);
  const cells = (row ?? '').split('|').map((c) => c.trim());
  const head = (md.split('\n').find((l) => l.startsWith('| Tone |')) ?? '').split('|').map((c) => c.trim());
  const column = (outlet: string) => head.findIndex((c) => c.includes(outlet));
  assert.equal(cells[column('Quay Gazette')], 'chaotic −');
  assert.equal(cells[column('Vell Post')], '—');
  const html = renderHtml(report);
  assert.match(html, /class="px-tone-words"><li><strong>Quay Gazette<\/strong>: chaotic −<\/li><\/ul>/);
});

// review40-A: the note under the list said a word "before" a negator counts for the other side; the
// tone counts a word just after it ("not good" is negative), as the list then shows it
test('tone: a word just after “not” is listed for the other side, and the note says so', () => {
  const negated = [
    {
      ...ARTICLES[0],
      text: 'The Gullport ferry left the quay two hours late on Friday.\n\nThe crossing was not good for the 40 passengers.\n\nThe Gullport ferry carried 40 passengers to Vell island on Friday.',
    },
    ARTICLES[1],
  ];
  const bytes = new TextEncoder().encode(negated.map((a) => JSON.stringify(a)).join('\n'));
  const html = renderHtml(analyze([{ path: 'story.jsonl', bytes }], {}, createContext()));
  assert.match(html, /<strong>Quay Gazette<\/strong>: good −<\/li>/);
  assert.match(html, /a word just after “not” counts for the other side/);
});
