import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../model/index.ts';
import { analyze } from '../pipeline.ts';
import { renderReport } from './index.ts';

// The HTML story page showed no "Quotes across outlets" table (fix41c's note): which outlet carries
// which quote was only in the Markdown report. It sits under Quotes, above the quotes by speaker, with
// the Markdown table's cells. Invented articles.

const PARAS = (extra: string) =>
  [
    'The Tarrow ferry board opened its new slipway on Monday after a year of work.',
    `Ferry master Odile Varnet told reporters: "This slipway keeps every crossing running in the winter storms."${extra}`,
    'The slipway cost 2 million pounds and runs 80 metres from the east pier.',
  ].join('\n\n');

test('the HTML story page shows the quotes across outlets table, as the Markdown report does', () => {
  const records = [
    { outlet: 'Tarrow Post', publishedAt: '2026-11-02T09:00:00Z', text: PARAS('') },
    { outlet: 'Quillan Herald', publishedAt: '2026-11-02T11:00:00Z', text: PARAS(' She thanked the crews.') },
  ].map((r) => ({ title: 'Tarrow slipway opens', ...r }));
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  const out = analyze([{ path: 'desk.jsonl', bytes }], {}, createContext());
  assert.match(
    renderReport(out, 'md'),
    /## Quotes across outlets[\s\S]*keeps every crossing[^\n]*\| “ ” \| “ ” \|/,
  );
  const html = renderReport(out, 'html');
  assert.match(
    html,
    /<h4>Quotes across outlets<\/h4><div class="px-scroll" tabindex="0"><table><tr><th>Quote<\/th><th[^>]*>Tarrow Post<\/th><th[^>]*>Quillan Herald<\/th><\/tr><tr><td>[^\n]*keeps every crossing[\s\S]*?<td class="c" title="Tarrow Post: quoted">“ ”<\/td><td class="c" title="Quillan Herald: quoted">“ ”<\/td><\/tr>/,
  );
});
