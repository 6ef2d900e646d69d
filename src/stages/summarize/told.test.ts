import assert from 'node:assert/strict';
import { test } from 'node:test';
import { summarized } from './test-story.ts';

// An invented story of three outlets: a library strike after a budget cut, the number of strikers
// told by each in its own words.
const STRIKE = [
  {
    outlet: 'Velm Courier',
    text: 'About 210 library staff walked out on Tuesday in Tarrow after the council cut the library budget by 10 percent.\n\nThe council approved the cut by eight votes to three last week.\n\nMayor Ona Brandt said the town had no choice but to make savings.',
  },
  {
    outlet: 'Tarrow Daily',
    text: 'Librarians in Tarrow went on strike on Tuesday over a 10 percent cut to the library budget.\n\nUnion chair Piet Hanssen said 210 members had joined the walkout, which closed every branch.\n\nThe mayor, Ona Brandt, said the council was left with no choice.',
  },
  {
    outlet: 'Estuary Radio',
    text: 'A strike by library workers shut every branch in Tarrow on Tuesday.\n\nThe walkout follows the council vote last week, eight to three, to cut the library budget by 10 percent.\n\nThe union said 210 staff were on strike.',
  },
];

test('what the sentences already told say together is not told again in other words', () => {
  const { out } = summarized(STRIKE, 400);
  const texts = out.summary.map((s) => s.text);
  const all = texts.join(' | ');
  assert.ok(
    texts.some((t) => /About 210 library staff walked out/.test(t)),
    all,
  );
  assert.ok(
    texts.some((t) => /A strike by library workers shut every branch/.test(t)),
    all,
  );
  // "210 staff" and "strike" are told: only "the union said" would be new
  assert.ok(!texts.some((t) => /The union said 210 staff were on strike/.test(t)), all);
  // the mayor's "no choice" in two outlets' words is told once
  assert.equal(texts.filter((t) => /no choice/.test(t)).length, 1, all);
  // a name (the union's chair) or a figure (the vote) the summary does not hold yet is news
  assert.ok(
    texts.some((t) => /Piet Hanssen/.test(t)),
    all,
  );
  assert.ok(
    texts.some((t) => /eight votes to three/.test(t)),
    all,
  );
});

test('a "not" the sentences already told do not hold is news', () => {
  const denied = STRIKE.map((d, i) =>
    i === 2
      ? {
          ...d,
          text: d.text.replace(
            'The union said 210 staff were on strike.',
            'The union said 210 staff were not on strike.',
          ),
        }
      : d,
  );
  const texts = summarized(denied, 400).out.summary.map((s) => s.text);
  assert.ok(
    texts.some((t) => /210 staff were not on strike/.test(t)),
    texts.join(' | '),
  );
});

// differ36 (review35-A): a number is read in digits or words alike, so "forty" told after "40" is no
// news, and a count in words the summary does not hold is (fails before: "sixty" was left out as told).
test('a number in words is the number in digits: told again when the summary holds it, news when not', () => {
  // (the strikers counted 40 in digits, Estuary Radio's count given in words)
  const worded = (count: string) =>
    STRIKE.map((d, i) => ({
      ...d,
      text: (i === 2 ? d.text.replace('The union said 210 staff were on strike.', count) : d.text).replace(
        /210/g,
        '40',
      ),
    }));
  const texts = (count: string) => summarized(worded(count), 400).out.summary.map((s) => s.text);
  const again = texts('The union said forty staff were on strike.');
  assert.ok(!again.some((t) => /forty staff/.test(t)), again.join(' | '));
  const news = texts('The union said sixty staff were on strike.');
  assert.ok(
    news.some((t) => /sixty staff/.test(t)),
    news.join(' | '),
  );
});
