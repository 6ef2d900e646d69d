import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Quote, Report, Story } from '../../model/index.ts';
import { parseCsv } from '../../stages/compare/user-files.ts';
import { renderCsv } from '../csv/index.ts';
import { article, cite, quote as quoteSpan, report, story } from '../fixtures/story.ts';
import { coverageSection } from './coverage.ts';
import { speakersText } from './framing-columns.ts';
import { factGivers, giversText, otherGivers, speakerGivers } from './quote-others.ts';

// newuser18 finding 7: the Gazette [a1] gives "It is done" to the clerk Rana Oster, the Bay Times [a2]
// to the mayor Tomas Ekberg; the misattribution was only under Conflicts and in the quote matrix.
// Invented.
const said = (id: string, name: string, articleId: string): Quote => ({
  id,
  kind: 'direct',
  text: 'It is done,',
  speaker: { name, entityId: null },
  cue: 'said',
  occurrences: [cite(articleId, quoteSpan)],
  speakerEvidence: [cite(articleId, quoteSpan)],
});
const fact = {
  ...(story.facts[0] as Story['facts'][number]),
  id: 'f2',
  text: '"It is done," [Rana Oster] said.',
  status: 'single-source' as const,
  sources: ['a1'],
  evidence: [cite('a1', quoteSpan)],
  coverage: {
    a1: { mark: 'supports' as const, evidence: cite('a1', quoteSpan), reason: null },
    a2: { mark: 'absent' as const, evidence: null, reason: null },
  },
};
const told: Story = {
  ...story,
  facts: [{ ...fact, status: 'conflicting' }],
  quotes: [said('q1', 'Rana Oster', 'a1'), said('q2', 'Tomas Ekberg', 'a2')],
  quoteMatrix: [
    { quoteId: 'q1', byArticle: { a1: 'quoted', a2: 'quoted' } },
    { quoteId: 'q2', byArticle: { a1: 'quoted', a2: 'quoted' } },
  ],
};
const toldReport: Report = { ...report, stories: [told] };

test('otherGivers: who else the story gives a quote’s words to, with the outlets that do', () => {
  const givers = otherGivers(told);
  assert.deepEqual(givers.get('q1'), [{ name: 'Tomas Ekberg', articleIds: ['a2'] }]);
  assert.equal(giversText(toldReport, givers.get('q1') ?? []), 'Tomas Ekberg (Bay Times [a2])');
  // a quote both outlets give to one speaker has none
  const agreed = { ...told, quotes: [said('q1', 'Rana Oster', 'a1'), said('q2', 'Rana Oster', 'a2')] };
  assert.equal(otherGivers(agreed).size, 0);
});

test('the coverage row of a quote says to whom an outlet gives its words', () => {
  assert.deepEqual(factGivers(told).get('f2'), new Map([['a2', 'Tomas Ekberg']]));
  const markdown = coverageSection.markdown(told, toldReport);
  assert.match(markdown, /\| ✓ \| — to Tomas Ekberg \|/);
  assert.match(markdown, /to X: the article gives the fact’s quoted words to another speaker, X/);
  const html = coverageSection.html(told, toldReport);
  assert.match(html, /it gives the quoted words to Tomas Ekberg/);
});

test('whom each outlet quotes flags a speaker given words another outlet gives to someone else', () => {
  const flags = speakerGivers(told, toldReport)(['a2']);
  assert.deepEqual(flags, new Map([['Tomas Ekberg', '1 of them given to Rana Oster by Harbour "Gazette"']]));
  assert.equal(
    speakersText([{ name: 'Tomas Ekberg', entityId: null, quoted: 1, reported: 0 }], flags),
    'Tomas Ekberg (quoted 1; 1 of them given to Rana Oster by Harbour "Gazette")',
  );
});

test('quotes table: the also_given_to column names the other speaker and outlet; the columns before stay', () => {
  const csv = {
    ...toldReport,
    articles: [article('a1', 'Harbour Gazette', null), article('a2', 'Bay Times', null)],
  };
  const rows = parseCsv(renderCsv(csv, 'quotes'));
  const head = rows[0] ?? [];
  assert.deepEqual(head.slice(-5), [
    'quote_text',
    'speaker_as_written',
    'also_given_to',
    'quotes_part',
    'part_leaves_out',
  ]);
  const given = rows.slice(1).map((r) => [r[head.indexOf('quote')], r[head.indexOf('also_given_to')]]);
  assert.deepEqual(given, [
    ['q1', 'Tomas Ekberg (Bay Times [a2])'],
    ['q2', 'Rana Oster (Harbour Gazette [a1])'],
  ]);
});
