import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { FRAMING_MIN_Z } from '../../stages/compare/patterns.ts';
import { renderHtml, renderMarkdown } from '../index.ts';
import { DISTINCTIVE_NOTE } from './framing-parts.ts';

// Two invented outlets on one ferry story: one writes it with a word of the tone lexicon ("chaotic") in
// headline and text, the other in plain words, none of them in the lexicon.
const ARTICLES = [
  {
    title: 'Chaotic morning as Gullport ferry sails late',
    outlet: 'Quay Gazette',
    text: 'The Gullport ferry left the quay two hours late on Friday after a chaotic morning at the ticket hall.\n\nThe Gullport ferry carried 40 passengers to Vell island on Friday.',
  },
  {
    title: 'Gullport ferry leaves two hours late',
    outlet: 'Vell Post',
    text: 'The Gullport ferry left the quay two hours late on Friday.\n\nThe Gullport ferry carried 40 passengers to Vell island on Friday.',
  },
];

test('tone: an outlet whose own voice has no word of the lexicon shows "—", not a neutral 0.00', () => {
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'story.jsonl', bytes }], {}, createContext());
  const story = report.stories[0];
  assert.equal(report.stories.length, 1);
  const idOf = (outlet: string) => report.articles.find((a) => a.outlet === outlet)?.id as string;
  const tone = story?.framing?.tone ?? {};
  // the JSON counts the lexicon's words, and where there is none gives no score (null), not a neutral 0
  assert.ok((tone[idOf('Quay Gazette')]?.toneWords ?? 0) > 0);
  assert.equal(typeof tone[idOf('Quay Gazette')]?.sentiment, 'number');
  assert.deepEqual(
    [
      tone[idOf('Vell Post')]?.toneWords,
      tone[idOf('Vell Post')]?.sentiment,
      tone[idOf('Vell Post')]?.subjectivity,
    ],
    [0, null, null],
  );
  const md = renderMarkdown(report);
  const row = md.split('\n').find((l) => l.startsWith('| sentiment (own voice) |'));
  assert.ok(row, md);
  const cellsOf = (line: string | undefined) => (line ?? '').split('|').map((c) => c.trim());
  const cells = cellsOf(row);
  const head = cellsOf(md.split('\n').find((l) => l.startsWith('| Tone |')));
  const column = (outlet: string) => head.findIndex((c) => c.includes(outlet));
  assert.equal(cells[column('Vell Post')], '— (no word of the tone list)');
  assert.match(cells[column('Quay Gazette')] ?? '', /^[+−-]?\d\.\d\d$/);
  // the same for a headline: Vell Post's has no word of the list, Quay Gazette's has one
  assert.deepEqual(
    [
      tone[idOf('Vell Post')]?.headlineToneWords,
      tone[idOf('Vell Post')]?.headlineSentiment,
      tone[idOf('Vell Post')]?.headlineSubjectivity,
    ],
    [0, null, null],
  );
  assert.equal(typeof tone[idOf('Quay Gazette')]?.headlineSentiment, 'number');
  const headRow = cellsOf(md.split('\n').find((l) => l.startsWith('| headline sentiment |')));
  assert.equal(headRow[column('Vell Post')], '— (no word of the tone list)');
  assert.match(headRow[column('Quay Gazette')] ?? '', /^[+−-]?\d\.\d\d$/);
  const html = renderHtml(report);
  // the outlet's card says nothing of a tone it has no word for (newuser20 #9: noise on every card)
  assert.doesNotMatch(html, /<span class="px-k">Tone<\/span> — /);
  assert.match(html, /class="px-tone"[\s\S]*no word of the tone list/);
});

test('tone: the Markdown table says, as the HTML does, that its own voice leaves out reported speech', () => {
  // the contested terms' legend just above defines "own voice" with the paraphrase of what others
  // said; without its own legend the tone's "own voice" read the same
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'story.jsonl', bytes }], {}, createContext());
  const lines = renderMarkdown(report).split('\n');
  const last = lines.findIndex((l) => l.startsWith('| headline subjectivity |'));
  assert.ok(last > 0);
  assert.match(
    lines[last + 2] ?? '',
    /quotes and reported speech excluded: the tone’s “own voice” leaves out the paraphrase/,
  );
  assert.match(renderHtml(report), /<h4>Tone<\/h4>[\s\S]*the tone’s “own voice” leaves out the paraphrase/);
});

test('framing: the reports say the distinctive words are measured within the story, and where loaded words are counted', () => {
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'story.jsonl', bytes }], {}, createContext());
  const md = renderMarkdown(report);
  const html = renderHtml(report);
  // the bar the note gives is the stage's
  assert.ok(DISTINCTIVE_NOTE.includes(`z ≥ ${FRAMING_MIN_Z}`));
  for (const page of [md, html]) {
    assert.match(page, /Measured within this story only, against its other outlets/);
    assert.match(page, /A word only one outlet uses rarely reaches that bar[^.]*--terms file/);
    // the tone's legend says the story's own subject is not counted as tone
    assert.match(page, /most of the story’s outlets use is its subject, not tone/);
  }
});
