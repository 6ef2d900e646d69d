import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { renderHtml, renderMarkdown } from '../index.ts';
import { STANCES_HEADING } from './quotes.ts';

// review37-A F3/F5: a stance ("refused to meet …") and a pronoun no one was found for ("she said") are
// marked on the Quote by extract; the Quotes section and the quote table read the marks as the framing's
// speaker list does. Invented articles.
const POOL = [
  {
    outlet: 'Elmbury Gazette',
    title: 'Council closes Harrow Lane pool',
    text: '"Nobody listened to us," she said outside the town hall.\n\nThe town council voted on Monday to close the Harrow Lane pool.\n\nMayor Ilka Morrane refused to meet the swimmers outside the town hall.\n\nCouncillor Nadia Pemberton said the council had failed the town.',
  },
  {
    outlet: 'Civic Record',
    title: 'Harrow Lane pool to close after council vote',
    text: 'The town council voted on Monday to close the Harrow Lane pool to save money.\n\nCouncillor Nadia Pemberton said the council had failed the town.',
  },
];

function report() {
  const bytes = new TextEncoder().encode(POOL.map((a) => JSON.stringify(a)).join('\n'));
  return analyze([{ path: 'pool.jsonl', bytes }], {}, createContext());
}

test('quotes: a stance is listed apart from reported speech, and a pronoun no one was found for names no one', () => {
  const r = report();
  const md = renderMarkdown(r);
  const reported = md.slice(md.indexOf('Reported speech:'), md.indexOf(STANCES_HEADING));
  assert.ok(md.includes(`${STANCES_HEADING}:`), 'the stances have a list of their own');
  assert.doesNotMatch(reported, /Ilka Morrane \(refused\)/);
  assert.match(
    md.slice(md.indexOf(STANCES_HEADING)),
    /to meet the swimmers .*— \*\*Ilka Morrane \(refused\)\*\*/,
  );
  assert.match(md, /“Nobody listened to us” — \*\*no speaker found \(“she” said\)\*\*/);
  assert.doesNotMatch(md, /\*\*she \(said\)\*\*/);
  const html = renderHtml(r);
  assert.match(html, /stance, nobody’s speech/);
});
