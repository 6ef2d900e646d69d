import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';
import { renderHtml, renderMarkdown } from '../index.ts';
import { NO_OTHER_OUTLET } from './framing.ts';

// Two invented outlets on one ferry strike, one of them with two articles; each quotes only its side.
const STRIKE = [
  {
    outlet: 'Quay Gazette',
    title: 'Ferry crews strike at Gullport as illegals wait at the quay',
    text: 'Ferry crews at Gullport walked out on Friday, leaving 400 passengers at the quay in a chaotic morning. Harbour master Oren Palk said the strike was a disaster for the town.\n\n"We cannot run a port like this," Palk said.',
  },
  {
    outlet: 'Quay Gazette',
    title: 'Gullport ferry strike enters second day',
    text: 'The Gullport ferry strike went on for a second day on Saturday after crews walked out on Friday. Harbour master Oren Palk said the strike cost the port dearly.',
  },
  {
    outlet: 'Vell Post',
    title: 'Gullport ferry crews walk out over pay',
    text: 'Ferry crews at Gullport walked out on Friday over pay, leaving 400 passengers at the quay. Union leader Ilse Varga said the crews had waited two years for a raise.\n\n"We asked and asked," Varga said.',
  },
];

function report(articles: readonly object[]) {
  const bytes = new TextEncoder().encode(articles.map((a) => JSON.stringify(a)).join('\n'));
  return analyze([{ path: 'strike.jsonl', bytes }], {}, createContext());
}

test('framing: the tables have a column per outlet, summed over its articles, and say which articles it sums', () => {
  const r = report(STRIKE);
  assert.equal(r.stories.length, 1);
  const md = renderMarkdown(r);
  const tone = md.split('\n').find((l) => l.startsWith('| Tone |')) ?? '';
  assert.deepEqual(
    tone
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean),
    ['Tone', 'Quay Gazette, 2 articles', 'Vell Post'],
  );
  assert.match(md, /Each column is an outlet, its articles summed: Quay Gazette = a1, a2\./);
  assert.match(md, /not a mean of their scores/);
  // the tone legend says that a judgement word may be counted both as tone and as a contested term
  assert.match(
    md,
    /The tone and the contested terms’ table may count the same word \(“reckless”, “crisis”\): a judgement word is both\./,
  );
  // whom each outlet quotes: the one-sidedness is said
  // … with each speaker's role as the articles state it, and the quotes counted by role (newuser16 #12)
  assert.match(
    md,
    /- \*\*Quay Gazette, 2 articles\*\*: Oren Palk \(official, “Harbour master”; quoted 1, reported 2\)\n/,
  );
  assert.match(
    md,
    /- \*\*Vell Post\*\*: Ilse Varga \(campaign or group, “Union leader”; quoted 1, reported 1\)\n/,
  );
  assert.match(md, /Quotes by the speaker’s role, as the articles state it/);
  assert.match(md, /- \*\*Quay Gazette, 2 articles\*\*: official 3 \(only officials and police\)\n/);
  assert.match(md, /- \*\*Vell Post\*\*: campaign or group 2\n/);
  const html = renderHtml(r);
  assert.match(html, /<h4>Whom each outlet quotes<\/h4>/);
  assert.match(
    html,
    /<strong>Quay Gazette, 2 articles<\/strong>: Oren Palk \(official, “Harbour master”; quoted 1, reported 2\)/,
  );
  assert.match(html, /<strong>Vell Post<\/strong>: campaign or group 2<\/li>/);
  assert.deepEqual(r.stories[0]?.framing?.byOutlet?.['Vell Post']?.roles, { group: 2 });
  // each article stays reachable in the JSON
  const framing = r.stories[0]?.framing;
  assert.deepEqual(framing?.byOutlet?.['Quay Gazette']?.articleIds, ['a1', 'a2']);
  assert.ok(framing?.tone.a1 && framing.tone.a2);
});

test('framing: one outlet’s articles alone have no other outlet to compare with, not "—"', () => {
  const r = report(STRIKE.slice(0, 2));
  assert.equal(r.stories.length, 1);
  const md = renderMarkdown(r);
  assert.match(md, new RegExp(`- \\*\\*Quay Gazette \\(1\\)\\*\\* \\[a1\\]: ${NO_OTHER_OUTLET}\\n`));
  assert.doesNotMatch(md, /\[a1\]: —/);
  assert.match(renderHtml(r), /No other outlet to compare with\./);
});
