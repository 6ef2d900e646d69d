import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Report } from '../../model/index.ts';
import { parseCsv } from '../../stages/compare/user-files.ts';
import { articleKey } from '../article-key.ts';
import { quote } from '../fixtures/story.ts';
import { renderCsv } from './index.ts';
import { report, story, table } from './test-report.ts';

test('articles: every article with its story, id, key, outlet, leaning, label, date, URL and headline', () => {
  const rows = table('articles');
  assert.deepEqual(rows[0], [
    'story',
    'article',
    'key',
    'outlet',
    'leaning',
    'label',
    'published',
    'url',
    'headline',
  ]);
  assert.deepEqual(rows[2], [
    's1',
    'a2',
    articleKey(report.articles[1] as Report['articles'][number]),
    'Bay Times',
    '',
    'Bay Times',
    '2024-03-14T09:30:00Z',
    'https://bay.example/vote?a=1&b=2',
    'Vote <script>x()</script> a2',
  ]);
  assert.deepEqual(
    rows.slice(1).map((r) => [r[0], r[1], r[4], r[5]]),
    [
      // the leaning as the manifest wrote it, by the story's framing
      ['s1', 'a1', 'centre-left', 'Harbour Gazette (1)'],
      ['s1', 'a2', '', 'Bay Times'],
      ['s1', 'a3', 'centre-left', 'Harbour Gazette (2)'],
      ['s2', 'a4', '', 'Quay Weekly'],
    ],
  );
  // the lone article's headline reads back inert, not as a formula
  assert.equal(rows[4]?.[8], `'=HYPERLINK("http://x.example")`);
});

test('coverage: each fact against each article, its mark as the table shows it and the sentence read', () => {
  const rows = table('coverage');
  assert.deepEqual(rows[0], [
    'story',
    'fact',
    'fact_text',
    'status',
    'article',
    'key',
    'outlet',
    'leaning',
    'mark',
    'mark_name',
    'claim_of',
    'reason',
    'evidence',
  ]);
  const key = (id: string) =>
    articleKey(report.articles.find((a) => a.id === id) as Report['articles'][number]);
  const fact = ['s1', 'f1', 'The council voted 7-2 on Tuesday.', 'consensus'];
  assert.deepEqual(rows.slice(1), [
    [
      ...fact,
      'a1',
      key('a1'),
      'Harbour Gazette',
      'centre-left',
      '✓',
      'supports',
      'the clerk',
      '',
      'The <b>council</b> voted 7-2 on Tuesday.',
    ],
    [...fact, 'a2', key('a2'), 'Bay Times', '', '✗', 'contradicts', '', 'another day', 'The <b>council</b>'],
    [...fact, 'a3', key('a3'), 'Harbour Gazette', 'centre-left', '—', 'absent', '', '', ''],
  ]);
});

test('quotes: each quote as each article carries it, with its speaker, role, kind and words', () => {
  const rows = table('quotes');
  assert.deepEqual(rows[0], [
    'story',
    'quote',
    'kind',
    'told_as',
    'speaker',
    'speaker_entity',
    'speaker_role',
    'cue',
    'article',
    'key',
    'outlet',
    'leaning',
    'quote_text',
    'speaker_as_written',
    'also_given_to',
    'quotes_part',
    'part_leaves_out',
  ]);
  assert.equal(report.articles[1]?.text.slice(quote.start, quote.end), '"It is done," the clerk said.');
  const key = articleKey(report.articles[1] as Report['articles'][number]);
  assert.deepEqual(rows[1], [
    's1',
    's1-q1',
    'direct',
    'speech',
    'Ola Brenn',
    's1-e1',
    'official',
    'said',
    'a2',
    key,
    'Bay Times',
    '',
    'It is done,',
    'the clerk',
    '',
    '',
    '',
  ]);
  // a stance told in the outlet's words, its speaker a pronoun no one was found for: no speaker named
  const a1 = articleKey(report.articles[0] as Report['articles'][number]);
  assert.deepEqual(rows[2], [
    's1',
    's1-q2',
    'indirect',
    'stance',
    '',
    '',
    '',
    '',
    'a1',
    a1,
    'Harbour Gazette',
    'centre-left',
    'Work starts in May.',
    '',
    '',
    '',
    '',
  ]);
  assert.equal(rows.length, 3);
});

test('quotes: an article that quotes only a part says so, with a negation the part leaves out', () => {
  const parts = { a2: { text: 'It is done,', leavesOut: ['not'] } };
  const cut: Report = {
    ...report,
    stories: [{ ...story, quoteMatrix: [{ quoteId: 's1-q1', byArticle: { a2: 'quoted' }, parts }] }],
  };
  const rows = parseCsv(renderCsv(cut, 'quotes'));
  assert.deepEqual(rows[1]?.slice(-2), ['yes', 'not']);
  assert.deepEqual(rows[2]?.slice(-2), ['', '']);
});

test('a story of one article has no coverage, framing or tone rows, as its report shows none', () => {
  const one: Report = { ...report, stories: [{ ...story, id: 's3', articleIds: ['a4'] }] };
  for (const name of ['coverage', 'framing', 'tone'] as const)
    assert.equal(parseCsv(renderCsv(one, name)).length, 1, name);
});
