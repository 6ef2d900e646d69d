import assert from 'node:assert/strict';
import test from 'node:test';
import type { Story } from '../../model/index.ts';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { renderReport } from '../index.ts';
import { IN_PAGE_LINKS } from '../links.ts';
import { quoteMatrixSection } from './quote-matrix.ts';

// newuser20 #1: one speaker quoted "shields" by two outlets and "endangers" by a third was marked ≈
// (paraphrased) both ways. The cells read "other wording", and the pair is a difference to check in
// every format. Invented articles.

const PARAS = (verb: string) =>
  [
    'The Pellow Bay harbour board opened its new breakwater on Tuesday after two years of work.',
    `Harbour master Ilse Varga told reporters: "The new breakwater ${verb} every boat in Pellow Cove."`,
    'The breakwater cost 4 million pounds and runs 300 metres from the north quay.',
  ].join('\n\n');

test('a quote worded to say something else is "other wording" and a difference in md, html and json', () => {
  const records = [
    { outlet: 'Pellow Bay Post', publishedAt: '2026-11-03T09:00:00Z', text: PARAS('shields') },
    { outlet: 'Harrow Daily', publishedAt: '2026-11-03T10:00:00Z', text: PARAS('endangers') },
  ].map((r) => ({ title: 'Pellow breakwater opens', ...r }));
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  const out = analyze([{ path: 'desk.jsonl', bytes }], {}, createContext());
  const md = renderReport(out, 'md');
  assert.match(md, /\*\*wordings differ: shields \/ endangers\*\*/);
  assert.match(md, /shields every boat[^\n]*\| “ ” \| other wording \|/);
  assert.doesNotMatch(md, /shields every boat[^\n]*≈/);
  const html = renderReport(out, 'html');
  // (under the speaker, each wording says how it differs; and the difference is listed)
  assert.match(
    html,
    /shields every boat in Pellow Cove.”<\/q> <small>[^<]*wordings differ: shields \/ endangers<\/small>/,
  );
  assert.match(html, /<strong>wordings differ: shields \/ endangers<\/strong>/);
  // the table's cell, as the HTML table of quotes across outlets shows it
  const table = quoteMatrixSection.html(out.stories[0] as Story, out, IN_PAGE_LINKS);
  assert.match(table, /title="Harrow Daily: other wording \(endangers for shields\)">other wording</);
  assert.match(renderReport(out, 'json'), /"about": "wordings differ: shields \/ endangers"/);
});
