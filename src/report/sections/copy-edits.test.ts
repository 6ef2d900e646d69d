import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { renderReport } from '../index.ts';

// newuser16 #7: an undated copy that cut the wire's dissenting quote and a line was told as "the same
// text as" the wire. Where the texts differ it is "a near-copy of" it, with what it cut and added.
// Invented articles.
const PARAGRAPHS = [
  'VELMOOR (Valley Wire) - The Velmoor City Council voted 7-4 on Tuesday to cut the town library budget by 40 percent and close three of its nine branches.',
  'The cut reduces the library budget from $5 million to $3 million in 2027.',
  '"Nobody on this council wanted to do this, but the deficit left us no choice," Mayor Hella Brandt told reporters.',
  '"We are closing the only quiet place many of these children have," said Councillor Ivo Marsh, who voted against.',
  'About 40 people watched the vote from the public gallery.',
  'The branches in Ashgrove, Millbrook and Quayside are due to close on March 1, 2027.',
];
const WIRE = PARAGRAPHS.join('\n\n');
const EDITED = [...PARAGRAPHS.slice(0, 3), PARAGRAPHS[5], 'The Post will follow the story.'].join('\n\n');

const WIRE_RECORD = {
  title: 'Council votes to cut library budget',
  outlet: 'Valley Wire',
  publishedAt: '2026-11-18T08:05:00Z',
  text: WIRE,
};

function report(records: object[]) {
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  return analyze([{ path: 'desk.jsonl', bytes }], {}, createContext());
}

test('an undated copy whose text differs is a near-copy, with the paragraphs it cut and added', () => {
  const out = report([
    WIRE_RECORD,
    { title: 'Council votes to cut library budget', outlet: 'Daily Post', text: EDITED },
  ]);
  const copy = out.articles.find((a) => a.outlet === 'Daily Post');
  assert.equal(copy?.syndicatedFrom, out.articles.find((a) => a.outlet === 'Valley Wire')?.id);
  const md = renderReport(out, 'md');
  const line = md.split('\n').find((l) => l.includes('Daily Post:')) ?? '';
  assert.match(
    line,
    /a near-copy of Valley Wire \[a\d\] \(no date: which came first is not known; cuts 2 paragraphs/,
  );
  assert.match(line, /“"We are closing the only quiet place/);
  assert.match(line, /“About 40 people watched the vote from the public gallery\.”/);
  assert.match(line, /adds 1 paragraph \(“The Post will follow the story\.”\)/);
  assert.doesNotMatch(md, /the same text as/);
  // the outlet card: an undated copy found by shared text is a near-copy, whatever it changed
  assert.match(renderReport(out, 'html'), /Near-copy of<\/span> Valley Wire/);
});

test('an undated copy of the very same text is still "the same text as" its original', () => {
  const out = report([
    WIRE_RECORD,
    { title: 'Council votes to cut library budget', outlet: 'Daily Post', text: WIRE },
  ]);
  const md = renderReport(out, 'md');
  assert.match(
    md,
    /Daily Post: .*the same text as Valley Wire \[a\d\] \(no date: which came first is not known\)/,
  );
  assert.doesNotMatch(md, /near-copy|cuts \d/);
});

test('the story header counts an outlet that only carries a copy as "+1 copy", not a second outlet', () => {
  const out = report([
    WIRE_RECORD,
    { title: 'Council votes to cut library budget', outlet: 'Daily Post', text: EDITED },
  ]);
  const html = renderReport(out, 'html');
  assert.match(html, /2 articles · 1 outlet \(\+1 copy\)/);
  assert.doesNotMatch(html, /2 outlets/);
});

test('a paragraph the copy carries reworded is told as reworded, not as cut and added', () => {
  const out = report([
    WIRE_RECORD,
    {
      title: 'Council votes to cut library budget',
      outlet: 'Daily Post',
      text: WIRE.replace('told reporters.', 'told reporters on Tuesday.'),
    },
  ]);
  const line =
    renderReport(out, 'md')
      .split('\n')
      .find((l) => l.includes('Daily Post:')) ?? '';
  assert.match(
    line,
    /a near-copy of Valley Wire \[a\d\] \(no date: which came first is not known; rewords 1 paragraph\)/,
  );
});
