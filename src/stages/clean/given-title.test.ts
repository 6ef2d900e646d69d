import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';

// An invented story of two outlets; one bundle record's title field holds the dateline its text opens with.
const record = (outlet: string, title: string, opening: string) =>
  JSON.stringify({
    outlet,
    title,
    publishedAt: '2025-03-04',
    text: `${opening}Coast guard seizes smuggling boat off Kestrel Point\nThe Norhaven coast guard stopped a smuggling boat off Kestrel Point on Tuesday and detained its crew of nine, officials said.\nThe crew were taken to the port of Norhaven for questioning, a spokesman for the coast guard said.`,
  });

test('a title field that is a dateline, a byline or boilerplate is no headline: the text’s own heads the article and the story', () => {
  for (const given of ['Updated: March 4, 2025 10: 15 IST', 'By Jane Roe']) {
    const bytes = new TextEncoder().encode(
      [record('Harbor Times', given, `${given}\n`), record('Bay Wire', given, '')].join('\n'),
    );
    const report = analyze([{ path: 'bundle.jsonl', bytes }], {}, createContext());
    const titles = [...report.stories.map((s) => s.title), ...report.articles.map((a) => a.title)];
    assert.ok(titles.length >= 3, given);
    for (const title of titles)
      assert.equal(title, 'Coast guard seizes smuggling boat off Kestrel Point', given);
  }
});

test('a headline given in the title field still wins over the text’s first line', () => {
  const bytes = new TextEncoder().encode(record('Harbor Times', 'Smugglers caught at Kestrel Point', ''));
  const report = analyze([{ path: 'bundle.jsonl', bytes }], {}, createContext());
  assert.equal(report.articles[0]?.title, 'Smugglers caught at Kestrel Point');
});
