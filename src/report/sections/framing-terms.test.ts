import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { renderMarkdown } from '../index.ts';

// Two invented outlets on one crossing story: one uses the accepted "unauthorized", one the label "illegals".
const ARTICLES = [
  {
    title: 'Crossings at Vell ford rise',
    outlet: 'Ford Weekly',
    text: 'Unauthorized crossings at the Vell ford rose to 900 in May, the border office said on Friday.\n\nThe border office added two patrols at the Vell ford.',
  },
  {
    title: 'Illegals pour across Vell ford',
    outlet: 'Border Bugle',
    text: 'Illegals crossed the Vell ford 900 times in May, the border office said on Friday.\n\nThe border office added two patrols at the Vell ford.',
  },
];

test('the framing table says an accepted term is one, not that its alternative is "(neutral)"', () => {
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'story.jsonl', bytes }], {}, createContext());
  const md = renderMarkdown(report);
  const row = md.split('\n').find((l) => l.startsWith('| unauthorized |'));
  assert.ok(row, md);
  assert.match(row, /\| none needed \(accepted term\) \|/);
  assert.doesNotMatch(md, /\(neutral\)/);
  assert.match(md, /“none needed” is one style guides accept/);
});
