import assert from 'node:assert/strict';
import { test } from 'node:test';
import { READ_CHANGED } from '../src/fetch/replace-pages.ts';
import { createContext, ReportSchema } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';
import { renderReport } from '../src/report/index.ts';
import { storyPage } from '../src/server/views/story.ts';
import type { StorySummary } from '../src/store/story-types.ts';

// An invented pile of one story (a JSON bundle: modifiedAt as a record gives it): a correction of a
// count, a clarification after a dateline, an update note at the end, an editor's note, and the
// word "correction" told as news.
const PILE = [
  {
    outlet: 'Kell Courier',
    title: 'Stand collapses at Kell Park football ground, 12 injured',
    publishedAt: '2031-05-03T18:00:00Z',
    modifiedAt: '2031-05-04T09:30:00Z',
    text: 'A temporary stand collapsed at Kell Park football ground on Saturday afternoon, and 12 people were injured, the Kell fire service said.\n\nFire chief Oona Brask said the injured were taken to Marrowby General Hospital.\n\nThe county football board said it would suspend all matches at the ground.\n\nCorrection: An earlier version of this article said 14 people were injured in the collapse; 12 were.',
  },
  {
    outlet: 'Marrow Ledger',
    title: 'Fourteen hurt as football stand gives way in Kell',
    // a day after the correction: it still gives the corrected count
    publishedAt: '2031-05-05T07:00:00Z',
    text: "Fourteen people were injured when a temporary stand collapsed at Kell Park football ground on Saturday, the fire service said.\n\nFire chief Oona Brask said the injured were taken to Marrowby General Hospital.\n\nThe prison's correction officers, who had been at the match, helped carry the injured to ambulances.\n\nThe county football board said it would suspend all matches at the ground.",
  },
  {
    outlet: 'Dunmore Post',
    title: 'Kell Park stand collapse: board suspends matches',
    publishedAt: '2031-05-04T08:00:00Z',
    modifiedAt: '2031-05-05T11:00:00Z',
    text: "KELL, May 4 (Dunmore Post) — Clarification: An earlier headline on this article said the county final was cancelled; it was postponed.\n\nThe county football board suspended all matches at Kell Park on Sunday, a day after a temporary stand collapsed there and 12 people were injured, the fire service said.\n\nFire chief Oona Brask said engineers would inspect the remaining stands.\n\nThis article was updated on Monday to add the board's statement.",
  },
];

const reportOf = (records: readonly object[]) =>
  analyze(
    [{ path: 'pile.json', bytes: new TextEncoder().encode(JSON.stringify(records)) }],
    {},
    createContext({ now: new Date('2031-05-06T00:00:00Z') }),
  );

test('every format lists the outlets’ notes with their days, and the outlet still giving the corrected count', () => {
  const report = reportOf(PILE);
  assert.equal(report.stories.length, 1);
  const story = report.stories[0];
  assert.ok(story);
  assert.deepEqual(
    story.corrections?.map((n) => [n.articleId, n.kind, n.date, n.dateFrom, n.stillCarried.length]),
    [
      ['a1', 'correction', '2031-05-04', 'modified', 1],
      ['a3', 'clarification', null, null, 0],
      ['a3', 'update', '2031-05-05', 'note', 0],
    ],
  );
  assert.equal(story.corrections?.[0]?.stillCarried[0]?.evidence.articleId, 'a2');
  // a note is no sentence of the story: not summarised, no figure's source, no one's reported speech
  const told = JSON.stringify([story.summary, story.points, story.figures, story.quotes, story.timeline]);
  assert.ok(!/earlier version|earlier headline|was updated on|version of this article/i.test(told), told);
  assert.ok(ReportSchema.safeParse(JSON.parse(renderReport(report, 'json'))).success);
  const md = renderReport(report, 'md');
  assert.match(md, /### Corrections and updates/);
  assert.match(md, /\*\*Kell Courier\*\*.*\[a1\]: correction \(2031-05-04, the page's last change\)/);
  assert.match(
    md,
    /\*\*Marrow Ledger\*\* \[a2\] still gives 14 \(the note: 12\): “Fourteen people were injured/,
  );
  assert.match(md, /\[a3\]: clarification \(no date given\)/);
  assert.ok(
    !/correction officers/.test(md.slice(md.indexOf('### Corrections'), md.indexOf('### Omissions'))),
  );
  const html = renderReport(report, 'html');
  assert.match(html, /Corrections and updates <small>3 notes<\/small>/);
  assert.match(html, /href="#s1-corrections">Corrections<\/a>/);
  // the web app's story page
  const summary = { id: 's1', title: story.title } as StorySummary;
  const served = storyPage(summary, { ...report, stories: [story] });
  assert.match(served, /Corrections and updates/);
  assert.match(served, /Marrow Ledger<\/span> still gives 14 \(the note: 12\)/);
});

// A fetched page that gave no time of its change is dated by when the store read the change
// (fetch/replace-pages.ts): the note was made by then, not then, and its day says so.
test("a note dated by when the store read the changed page says 'by', not the page's last change", () => {
  const report = structuredClone(reportOf(PILE));
  const a1 = report.articles.find((a) => a.id === 'a1');
  assert.ok(a1);
  a1.metadataSources = { ...a1.metadataSources, modifiedAt: READ_CHANGED };
  const md = renderReport(report, 'md');
  assert.match(md, /\[a1\]: correction \(by 2031-05-04, when the page was read again\)/);
  assert.doesNotMatch(md, /the page's last change/);
  assert.match(renderReport(report, 'html'), /correction · by 2031-05-04, when the page was read again/);
});

test('no notes, no section: the field is left out and no format shows the heading', () => {
  const report = reportOf(
    PILE.map((r) => ({ ...r, text: r.text.split('\n\n').slice(0, 3).join('\n\n') })).slice(0, 2),
  );
  const story = report.stories[0];
  assert.ok(story);
  assert.equal(story.corrections, undefined);
  assert.ok(!renderReport(report, 'md').includes('Corrections and updates'));
  assert.ok(!renderReport(report, 'html').includes('Corrections and updates'));
});

test("a correction's misquotation and the words it puts right are no quote of the outlet's", () => {
  const report = reportOf([
    {
      outlet: 'Kell Courier',
      title: 'Stand collapses at Kell Park',
      publishedAt: '2031-05-03T10:00:00Z',
      modifiedAt: '2031-05-06T09:00:00Z',
      text: 'A stand at Kell Park collapsed on Saturday during a football match, the fire service said.\n\nMayor Ilse Tannery called the collapse "a dark day for Kell".\n\nAn earlier version of this article misquoted Mayor Ilse Tannery as saying "we were warned about this stand". She said "we were never warned about this stand".',
    },
    {
      outlet: 'Marrow Ledger',
      title: 'Kell Park stand gives way',
      publishedAt: '2031-05-03T18:00:00Z',
      text: 'A stand collapsed at Kell Park on Saturday during a football match, the fire service said.\n\nMayor Ilse Tannery said "we were warned about this stand" and promised an inquiry.',
    },
  ]);
  const story = report.stories[0];
  assert.ok(story);
  const noteAt = story.corrections?.[0]?.evidence.span.start ?? Number.POSITIVE_INFINITY;
  const inNote = story.quotes.flatMap((q) =>
    q.occurrences.filter((o) => o.articleId === 'a1' && o.span.start >= noteAt).map(() => q.text),
  );
  assert.deepEqual(inNote, []);
  assert.deepEqual(
    story.quotes
      .filter((q) => q.text === 'we were warned about this stand')
      .map((q) => q.occurrences.map((o) => o.articleId)),
    [['a2']],
  );
});

// An invented page as a news site serves it: the correction's paragraph stands before the body and
// its second sentence names who gives the right figure (newuser10's finding 16).
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Thousands without water in Brisk | Brisk Herald</title>
<meta property="og:site_name" content="Brisk Herald"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Thousands without water in Brisk","datePublished":"2031-03-05T09:30:00Z","dateModified":"2031-03-08T08:00:00Z"}</script></head>
<body><main><article><h1>Thousands without water in Brisk</h1><p class="byline">By Staff reporter · <time datetime="2031-03-05T09:30:00Z">5 March 2031</time></p>
<p class="correction"><strong>Correction:</strong> An earlier version of this article said 2,500 households were without water. Tolmer Water says the figure is about 3,000.</p>
<p>About 3,000 households in Brisk were without running water on Thursday after a main burst on Quill Street.</p>
<p>Engineer Petra Vosk said the repair would take two days.</p>
<p>The school on Quill Street closed for the day.</p></article></main></body></html>`;

test("a correction's paragraph is its note whole: no quote or figure of the article is read from it", () => {
  const report = analyze(
    [{ path: 'herald.html', bytes: new TextEncoder().encode(PAGE) }],
    {},
    createContext({ now: new Date('2031-03-09T00:00:00Z') }),
  );
  const story = report.stories[0];
  assert.ok(story);
  const note = story.corrections?.[0];
  assert.equal(note?.kind, 'correction');
  assert.match(
    note?.text ?? '',
    /2,500 households were without water\. Tolmer Water says the figure is about 3,000\.$/,
  );
  const told = JSON.stringify([story.quotes, story.figures, story.summary, story.timeline]);
  assert.ok(!/the figure is about|2,500/.test(told), told);
  // the body's own figure is still read
  assert.ok(
    story.figures.some((f) => /3,000/.test(JSON.stringify(f))),
    JSON.stringify(story.figures),
  );
});
