import assert from 'node:assert/strict';
import test from 'node:test';
import { type Article, createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { articleFromText } from '../extract/from-text.ts';
import { laterVersions } from './versions.ts';

// A page saved before and after its correction of the next day (same outlet, same address, a later
// dateModified) was read by analyze as two articles: the retracted sentence became a fact
// "corroborated" by the corrected version, a summary sentence cited to it, and the outlet's own
// corrected error a dispute between sources. Invented articles.

const BEFORE = [
  'The Velmoor City Council on Tuesday approved a 40 percent cut to the library budget and voted to close three branches.',
  'The vote was 7-4.',
  '"This is a betrayal of every reader in this town," said Councillor Rosa Lindqvist.',
  'Mayor Hella Brandt said the deficit had left the council no choice.',
  'The Ashgrove, Millbrook and Quayside branches will close immediately.',
].join('\n\n');
const AFTER = [
  'The Velmoor City Council on Tuesday approved a 40 percent cut to the library budget and voted to close three branches.',
  'The vote was 7-4.',
  '"This is a betrayal of every reader in this town," said Tomas Ekwall, chair of the Velmoor Library Workers Union.',
  'Mayor Hella Brandt said the deficit had left the council no choice.',
  'The Ashgrove, Millbrook and Quayside branches will close on March 1, 2027.',
  'Correction, November 19: An earlier version of this article attributed a quote by union chair Tomas Ekwall to Councillor Rosa Lindqvist, and said the branches would close immediately. They close on March 1, 2027.',
].join('\n\n');
const OTHER = [
  'Velmoor City Council voted 7-4 on Tuesday evening to cut the public library budget by 40 percent.',
  'The Ashgrove, Millbrook and Quayside branches will close on March 1, 2027, the council said.',
  '"Nobody on this council wanted to do this, but the deficit left us no choice," Mayor Hella Brandt said.',
].join('\n\n');

const URL = 'https://tallis-gazette.example/local/velmoor-approves-library-cuts';

function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  const seed = { title: 'Velmoor approves library cuts', outlet: 'Tallis Gazette', url: URL };
  return {
    ...articleFromText(id, text, seed),
    source: `${id}.html`,
    publishedAt: '2026-11-18T10:00:00+01:00',
    ...extra,
  };
}

const ids = (articles: readonly Article[]) => articles.map((a) => a.id);

test('the earlier version of a page beside its later one is left out, with a warning naming both', () => {
  const ctx = createContext();
  const later = article('a2', AFTER, { modifiedAt: '2026-11-19T09:00:00+01:00' });
  assert.deepEqual(ids(laterVersions([article('a1', BEFORE), later], ctx)), ['a2']);
  const issue = ctx.issues.find((i) => i.code === 'syndicate/earlier-version');
  // named by what the report holds: the left-out one by its file, the one read by its id
  assert.equal(issue?.articleId, 'a2');
  assert.equal(issue?.source, 'a1.html');
  assert.equal(issue?.severity, 'warning');
  assert.match(
    issue?.message ?? '',
    /^a1\.html \(left out\) is an earlier version of a2 \(a2\.html\), the version read/,
  );
});

test('versions are kept when their order, their outlet or their page is not one', () => {
  const cases: [string, Article[]][] = [
    ['no later change time', [article('a1', BEFORE), article('a2', AFTER)]],
    [
      'another outlet at the address',
      [
        article('a1', BEFORE),
        article('a2', AFTER, { outlet: 'Harrow Daily', modifiedAt: '2026-11-19T09:00:00Z' }),
      ],
    ],
    [
      "a site's root as every page's address",
      [
        article('a1', BEFORE, { url: 'https://tallis-gazette.example/' }),
        article('a2', AFTER, { url: 'https://tallis-gazette.example/', modifiedAt: '2026-11-19T09:00:00Z' }),
      ],
    ],
    [
      'another text under another headline',
      [
        article('a1', OTHER, { title: 'Council votes on libraries' }),
        article('a2', AFTER, { modifiedAt: '2026-11-19T09:00:00Z' }),
      ],
    ],
    [
      // a date-only dateModified on the day of the other's time: which came first is not known
      'a date-only modifiedAt on the day of the other version',
      [article('a1', BEFORE), article('a2', AFTER, { modifiedAt: '2026-11-18' })],
    ],
    [
      'a modifiedAt before its own publication',
      [article('a1', BEFORE), article('a2', AFTER, { modifiedAt: '2026-11-17T09:00:00+01:00' })],
    ],
    [
      'no address',
      [
        article('a1', BEFORE, { url: null }),
        article('a2', AFTER, { url: null, modifiedAt: '2026-11-19T09:00:00Z' }),
      ],
    ],
  ];
  for (const [what, articles] of cases) {
    const ctx = createContext();
    assert.deepEqual(ids(laterVersions(articles, ctx)), ['a1', 'a2'], what);
    assert.equal(ctx.issues.length, 0, what);
  }
});

test('analyze reads the corrected version only: no fact, summary sentence or dispute from the retracted one', () => {
  const record = (text: string, extra: Record<string, string>) =>
    JSON.stringify({
      title: 'Velmoor approves library cuts',
      outlet: 'Tallis Gazette',
      url: URL,
      text,
      ...extra,
    });
  const bytes = new TextEncoder().encode(
    [
      record(BEFORE, { publishedAt: '2026-11-18T10:00:00+01:00' }),
      record(AFTER, { publishedAt: '2026-11-18T10:00:00+01:00', modifiedAt: '2026-11-19T09:00:00+01:00' }),
      JSON.stringify({
        title: 'Council cuts library budget by 40%',
        outlet: 'Velmoor Courier',
        url: 'https://velmoor-courier.example/council-cuts-library-budget',
        publishedAt: '2026-11-17T21:40:00+01:00',
        text: OTHER,
      }),
    ].join('\n'),
  );
  const report = analyze([{ path: 'desk.jsonl', bytes }], {}, createContext());
  assert.equal(report.articles.length, 2);
  const told = JSON.stringify(report.stories.map((s) => [s.facts, s.summary, s.conflicts, s.points]));
  assert.doesNotMatch(told, /close immediately/);
  assert.doesNotMatch(told, /Rosa Lindqvist/);
  assert.ok(report.issues.some((i) => i.code === 'syndicate/earlier-version'));
});

// A page the outlet overwrites every day (a newsletter, a briefing) keeps its headline and address;
// two days' texts that share no sentence are two articles, not versions of one. Invented.
test('one headline and address over two texts sharing no sentence are two articles', () => {
  const briefing = (id: string, text: string, publishedAt: string): Article => ({
    ...articleFromText(id, text, {
      title: 'Morning briefing',
      outlet: 'Orrin Post',
      url: 'https://orrin-post.example/newsletters/morning-briefing',
    }),
    source: `desk.jsonl#${id.slice(1)}`,
    publishedAt,
  });
  const ctx = createContext();
  const days = [
    briefing(
      'a1',
      'Dellmore councillors vote tonight on a 12 percent rise in water rates.\n\nThe utility says the rise pays for new pipes under the old town.',
      '2026-11-17T06:00:00+01:00',
    ),
    briefing(
      'a2',
      'A fire destroyed the grain mill in Karsby overnight.\n\nFirefighters from three towns fought the blaze until dawn; nobody was hurt.',
      '2026-11-18T06:00:00+01:00',
    ),
  ];
  assert.deepEqual(ids(laterVersions(days, ctx)), ['a1', 'a2']);
  assert.equal(ctx.issues.length, 0);
});

test('a later date-only modifiedAt on a later day still reads the corrected version', () => {
  const ctx = createContext();
  const read = laterVersions(
    [article('a1', BEFORE), article('a2', AFTER, { modifiedAt: '2026-11-19' })],
    ctx,
  );
  assert.deepEqual(ids(read), ['a2']);
  // and a date-only modifiedAt of the retracted version's own day never makes it the later one
  const other = createContext();
  const both = [
    article('a1', BEFORE, { modifiedAt: '2026-11-18' }),
    article('a2', AFTER, { modifiedAt: '2026-11-19T08:00:00Z' }),
  ];
  assert.deepEqual(ids(laterVersions(both, other)), ['a2']);
});
