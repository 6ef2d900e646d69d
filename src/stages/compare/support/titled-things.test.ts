import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { readSentences } from './index.ts';
import { oneThing } from './one-thing.ts';
import type { Reading } from './reading.ts';
import { titledThingsApart } from './titled-things.ts';

// Invented pairs (session 43, contra43): two named things of one title (titled-things.ts) are two
// events, so the one-thing clash (one-thing.ts) pairs none of their counts; the false clashes behind
// it were two warships of one ECB+ topic, each sentence naming its own.
function readingsOf(a: string, b: string): readonly [Reading, Reading] {
  const ctx = createContext();
  const docs = segmentAll([articleFromText('a1', a), articleFromText('a2', b)], ctx);
  const story = { id: 's', title: '', articleIds: ['a1', 'a2'], keywords: [] };
  const { find } = readSentences({ story, articles: docs, ...extract()({ story, articles: docs }, ctx) });
  const first = (i: number): Reading => {
    const s = docs[i]?.sentences[0];
    assert.ok(s);
    const r = find({ articleId: `a${i + 1}`, span: { start: s.start, end: s.end } });
    assert.ok(r);
    return r;
  };
  return [first(0), first(1)];
}

test('two named things of one title are apart; one name told by both is not', () => {
  const [a, b] = readingsOf(
    'Pirates in two boats attacked the tanker before the frigate INS Tarvel drove them off.',
    'Pirates in five boats attacked the tanker before the frigate INS Kessmor drove them off.',
  );
  assert.equal(titledThingsApart(a, b), true);
  assert.equal(oneThing(a, b), null);
  const [c, d] = readingsOf(
    'Pirates in two boats attacked the tanker before the frigate INS Tarvel drove them off.',
    'Pirates in five boats attacked the tanker before the frigate INS Tarvel drove them off.',
  );
  assert.equal(titledThingsApart(c, d), false);
  assert.notEqual(oneThing(c, d), null);
  const [e, f] = readingsOf(
    'Mayor Okafor said the repair of the Kestrel bridge would cost $48 million.',
    'Mayor Delphine Okafor said the repair of the Kestrel bridge could cost $65 million.',
  );
  assert.equal(titledThingsApart(e, f), false);
});
