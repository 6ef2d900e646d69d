import assert from 'node:assert/strict';
import test from 'node:test';
import { createContext } from '../src/model/index.ts';
import { analyze } from '../src/pipeline.ts';

// newuser21 #8: the summary, the coverage table and the conflicts never disagree. An invented story:
// two outlets tell one nurses' strike; the Post quotes the federation's leader in full, with the size
// of the rally ("told about 800 people"), the Courier gives her words in its own, with no number. The
// summary cites both for the Courier's sentence, so the table must mark both ✓ on its fact; and no
// summary sentence may cite an article the table marks "—" (or ✗, ◷) on one of the sentence's facts.
const ARTICLES = [
  {
    title: 'Carrowby nurses walk out in one-day district strike',
    outlet: 'Carrowby Post',
    publishedAt: '2026-03-10',
    text: [
      'Nurses in the Carrowby district walked out on Tuesday in a one-day strike over staffing, closing about 40 wards, the district health board said.',
      'The Nurses and Midwives Federation said 4,000 of its members took part. The health board put the figure at about 2,500.',
      '"Nobody wanted to leave the wards today, but the board left us no choice," federation general secretary Ilse Marrow told about 800 people at a rally outside Carrowby General Hospital.',
      'Health Minister Oren Fitch said the strike was reckless.',
      'The federation has said it will ballot members across the country on national action if the offer does not improve.',
    ].join('\n\n'),
  },
  {
    title: 'Carrowby strike closes 40 wards; nurses eye national action',
    outlet: 'Western Courier',
    publishedAt: '2026-03-11',
    text: [
      'About 40 wards in the Carrowby district were closed on Tuesday as nurses held a one-day strike, the first there in a decade.',
      'The district health board said about 2,500 nurses had joined the walkout, while the Nurses and Midwives Federation put the number at 4,000.',
      'Federation general secretary Ilse Marrow told a rally outside Carrowby General Hospital that the board had left nurses "no choice". She said the federation would ballot its members across the country on a national strike if the offer was not improved.',
      'Health Minister Oren Fitch called the strike reckless.',
    ].join('\n\n'),
  },
];

test('every article a summary sentence cites is ✓ on each fact the sentence states', () => {
  const bytes = new TextEncoder().encode(ARTICLES.map((a) => JSON.stringify(a)).join('\n'));
  const report = analyze([{ path: 'bundle.jsonl', bytes }], {}, createContext());
  const [story] = report.stories;
  assert.ok(story);
  assert.equal(story.articleIds.length, 2);
  const facts = new Map(story.facts.map((f) => [f.id, f]));
  const cited = story.summary.filter((s) => s.factIds.length > 0);
  assert.ok(cited.length > 0);
  for (const s of story.summary)
    for (const c of s.citations)
      for (const id of s.factIds)
        assert.equal(
          facts.get(id)?.coverage[c.articleId]?.mark,
          'supports',
          `${c.articleId} on ${facts.get(id)?.text} (summary: ${s.text})`,
        );
  // the Courier's "no choice" sentence: the Post's full quotation states it, so both are cited, both ✓
  const choice = story.summary.find((s) => s.text.includes('no choice'));
  assert.ok(choice, story.summary.map((s) => s.text).join(' | '));
  assert.deepEqual(new Set(choice.citations.map((c) => c.articleId)), new Set(story.articleIds));
  const fact = story.facts.find((f) => choice.factIds.includes(f.id) && f.text.includes('no choice'));
  assert.ok(fact);
  assert.deepEqual(
    story.articleIds.map((id) => fact.coverage[id]?.mark),
    ['supports', 'supports'],
  );
});
