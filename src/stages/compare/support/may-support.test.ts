import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { readSentences } from './index.ts';
import { judge } from './judge.ts';
import { aboutAllowsSupport, coverAllowsSupport, supportable } from './may-support.ts';
import type { Reading } from './reading.ts';

// Three invented articles of one story: supports told in other words, with a figure held (a looser
// floor), and look-alike sentences of other events, participants and predicates.
const ARTICLES = [
  'The Kelso council approved a plan for the harbour pier on Monday. ' +
    'Mayor Ada Lind said the repairs would cost 4 million euros. ' +
    'Fishermen in Velmar protested against the closure of the old quay. ' +
    'The old quay in Velmar, a landmark of the coast since 1890 and the pride of its fishermen.',
  'On Monday the Kelso council approved the harbour pier plan. ' +
    'The repairs will cost 4 million euros, Lind said at a news conference in the town hall after the vote. ' +
    'A storm damaged three boats in Velmar last week.',
  'Kelso councillors voted to approve a plan for the pier on Monday after a long debate. ' +
    'The Velmar council rejected a plan for its ferry terminal on Tuesday. ' +
    'Lind said the 4 million euros would come from the port fund.',
];

function readings(): { all: Reading[]; idf: ReadonlyMap<string, number> } {
  const ctx = createContext();
  const docs = segmentAll(
    ARTICLES.map((text, i) => articleFromText(`a${i + 1}`, text)),
    ctx,
  );
  const story = { id: 's', title: '', articleIds: docs.map((d) => d.article.id), keywords: [] };
  const { find, idf } = readSentences({
    story,
    articles: docs,
    ...extract()({ story, articles: docs }, ctx),
  });
  const all = docs.flatMap((d) =>
    d.sentences.flatMap((s) => find({ articleId: d.article.id, span: { start: s.start, end: s.end } }) ?? []),
  );
  return { all, idf };
}

test('each bar of may-support.ts holds on every support the judge finds, and bars other pairs', () => {
  const { all, idf } = readings();
  let supports = 0;
  const barred = { supportable: 0, cover: 0, about: 0 };
  for (const a of all)
    for (const b of all) {
      if (a.claim.articleId === b.claim.articleId) continue;
      const [s, c, t] = [supportable(a), coverAllowsSupport(a, b.claim, idf), aboutAllowsSupport(a, b)];
      if (judge(a, b, idf).verdict === 'supports') {
        supports++;
        assert.ok(s && c && t, `"${b.claim.text}" supports "${a.claim.text}": no bar may hold`);
      }
      if (!s) barred.supportable++;
      else if (!c) barred.cover++;
      else if (!t) barred.about++;
    }
  assert.ok(supports >= 2, `expected supports among the invented sentences, found ${supports}`);
  assert.ok(barred.supportable > 0 && barred.cover > 0 && barred.about > 0, JSON.stringify(barred));
});
