import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, createContext } from './index.ts';
import { NOT_ENGLISH, readInEnglish, textReadsEnglish } from './pipeline-language.ts';

// An invented story: two English pages and a French one of the same fire.
const page = (lang: string, site: string, title: string, body: string) =>
  `<!doctype html><html lang="${lang}"><head><title>${title}</title><meta property="og:site_name" content="${site}"><meta property="article:published_time" content="2031-05-06T08:00:00Z"></head><body><article><h1>${title}</h1>${body
    .split('\n')
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></body></html>`;
const FILES = [
  page(
    'en',
    'Orrin Gazette',
    'Fire at Kessby mill forces 900 from homes',
    'A fire broke out at the Kessby flour mill on Monday evening, and 900 residents of the Kessby estate were moved out.\nEleven fire crews fought the blaze through the night.\nThe mill owner Tova Rask said the mill would stay shut for a month.',
  ),
  page(
    'en-GB',
    'Valley Courier',
    'Kessby mill fire: residents moved out',
    'Residents of the Kessby estate were moved out on Monday evening after a fire at the Kessby flour mill.\nEleven fire crews fought the blaze through the night.\nTova Rask, who owns the mill, said it would stay shut for a month.',
  ),
  page(
    'fr',
    'Radio Orrin',
    'Incendie au moulin de Kessby : 1 200 habitants évacués',
    'Un incendie a éclaté lundi soir au moulin de Kessby, et environ 1 200 habitants du quartier de Kessby ont été évacués.\nLes pompiers de Kessby ont lutté contre le feu toute la nuit.\nTova Rask, propriétaire du moulin de Kessby, a dit que le moulin resterait fermé un mois.',
  ),
];

test('a page in another language is read by no English rule, and the report says it was not read', () => {
  const ctx = createContext();
  const report = analyze(
    FILES.map((html, i) => ({ path: `p${i}.html`, bytes: new TextEncoder().encode(html) })),
    {},
    ctx,
  );
  const french = report.articles.find((a) => a.language === 'fr');
  assert.ok(french, 'the French page is an article');
  const story = report.stories.find((s) => s.articleIds.length > 1);
  assert.ok(story, JSON.stringify(report.stories.map((s) => s.articleIds)));
  // not a column of coverage, no figure, name or fact of it
  assert.ok(!story.articleIds.includes(french.id));
  const cited = JSON.stringify([story.figures, story.entities, story.facts, story.summary, story.timeline]);
  assert.ok(!cited.includes(`"articleId":"${french.id}"`), cited.slice(0, 400));
  assert.ok(!story.entities.some((e) => e.name === 'Les'));
  // an issue names it and says why
  const issue = report.issues.find((i) => i.code === NOT_ENGLISH && i.articleId === french.id);
  assert.ok(issue, JSON.stringify(report.issues));
  assert.match(issue.message, /"fr".*not read/);
});

test('readInEnglish: English of any region, or no one language said', () => {
  const read = ['en', 'en-GB', 'EN_us', null, '', 'eng', 'English', 'und', 'mul', 'x-default'];
  assert.deepEqual(
    read.map(readInEnglish),
    read.map(() => true),
  );
  const other = ['fr', 'de-DE', 'es', 'nl_BE', 'engl'];
  assert.deepEqual(
    other.map(readInEnglish),
    other.map(() => false),
  );
});

test("a page whose template says another language but whose text is English is read (no article lost to a site's lang)", () => {
  const files = [FILES[0] as string, (FILES[1] as string).replace('lang="en-GB"', 'lang="de"')];
  const report = analyze(
    files.map((html, i) => ({ path: `p${i}.html`, bytes: new TextEncoder().encode(html) })),
    {},
    createContext(),
  );
  const story = report.stories.find((s) => s.articleIds.length > 1);
  assert.ok(story, JSON.stringify(report.stories.map((s) => s.articleIds)));
  assert.ok(!report.issues.some((i) => i.code === NOT_ENGLISH), JSON.stringify(report.issues));
});

// newuser8's finding 14: `parallax articles --format jsonl | parallax analyze -` gave each record's
// language, and analyze read the French one as English
test("a JSON record's language is read as a page's lang is: the French record is left out and said", () => {
  const records = FILES.map((html, i) => {
    const [, lang = '', title = ''] = /lang="([^"]+)".*?<title>([^<]+)/.exec(html) ?? [];
    const text = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]).join('\n\n');
    return JSON.stringify({ title, text, outlet: `Outlet ${i}`, publishedAt: '2031-05-06', language: lang });
  });
  const report = analyze(
    [{ path: 'articles.jsonl', bytes: new TextEncoder().encode(records.join('\n')) }],
    {},
    createContext(),
  );
  const french = report.articles.find((a) => a.language === 'fr');
  assert.ok(french, JSON.stringify(report.articles.map((a) => a.language)));
  assert.equal(french.metadataSources.language, 'input');
  assert.ok(!report.stories.some((s) => s.articleIds.includes(french.id) && s.articleIds.length > 1));
  assert.ok(report.issues.some((i) => i.code === NOT_ENGLISH && i.articleId === french.id));
  assert.deepEqual(
    report.articles.filter((a) => a !== french).map((a) => a.language),
    ['en', 'en-GB'],
  );
});

// A short text in German or Dutch can reach the share of English function words on 'in', 'is' and
// 'was' alone, which those languages write too: its page's lang="de" was then overruled
test('textReadsEnglish: a short German or Dutch text is not English for its "in", "is" and "was"', () => {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  assert.equal(
    textReadsEnglish(
      words('Was in Velderhout geschah, ist unklar. Die Polizei ermittelt in alle Richtungen.'),
    ),
    false,
  );
  assert.equal(textReadsEnglish(words('Het was druk in de stad. De markt is open tot zes uur.')), false);
  assert.equal(
    textReadsEnglish(words('The mayor of Velderhout resigned on Monday, the council said.')),
    true,
  );
  assert.equal(textReadsEnglish([]), false);
});
