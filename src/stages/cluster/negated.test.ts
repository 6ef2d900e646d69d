import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { titleTokens } from '../../text/headline.ts';
import { articleFeatures } from './features.ts';
import { cluster } from './index.ts';
import { negatedTokens } from './negated.ts';
import { partition, segmented } from './test-articles.ts';

// Invented short items of one town and day: a van that overturned with no one hurt (two outlets) and
// a school roof that fell in and hurt three pupils (two outlets). The town's name is their setting;
// "hurt" was the one word of an event the van and the roof shared.
const VAN = {
  title: 'Van overturns on Tollard bypass, no one hurt',
  publishedAt: '2026-03-03',
  text: 'A delivery van overturned on the Tollard bypass early on Tuesday, and no one was hurt. The road reopened by noon after a crane lifted the van.',
};
const VAN_OTHER = {
  title: 'Delivery van tips over on Tollard bypass',
  publishedAt: '2026-03-03',
  text: 'A delivery van tipped onto its side on the Tollard bypass on Tuesday morning. Nobody was hurt, and a crane cleared the road by noon.',
};
const ROOF = {
  title: 'Tollard school roof collapses, three hurt',
  publishedAt: '2026-03-03',
  text: 'Part of the roof of a Tollard primary school collapsed during lessons on Tuesday, and three pupils were hurt. The school will stay shut this week.',
};
const ROOF_OTHER = {
  title: 'Three pupils hurt as Tollard classroom roof gives way',
  publishedAt: '2026-03-03',
  text: 'Three children were hurt when part of a classroom roof gave way at a Tollard primary school on Tuesday. Engineers will inspect the building.',
};

const storiesOf = (...records: Record<string, string>[]) =>
  partition(cluster()(segmented(records), createContext()));
const marked = (text: string) => {
  const [doc] = segmented([{ title: text, text: 'Body.' }]);
  const tokens = doc ? (titleTokens(doc) ?? []) : [];
  const negated = negatedTokens(tokens);
  return tokens.map((t, i) => (negated.has(i) ? `[${t.text}]` : t.text)).join(' ');
};

describe('negatedTokens', () => {
  test('the word told of a negating subject, past its auxiliaries', () => {
    assert.equal(marked('No one was hurt in the crash'), 'No one was [hurt] in the crash');
    assert.equal(
      marked('Small fire at the fish market, no one hurt'),
      'Small fire at the fish market , no one [hurt]',
    );
    assert.equal(
      marked('Nobody was injured and none were killed'),
      'Nobody was [injured] and none were [killed]',
    );
  });
  test('not a negated verb or noun, which is often the news itself', () => {
    assert.equal(marked('Mayor will not run again'), 'Mayor will not run again');
    assert.equal(marked('Council strikes no deal with the union'), 'Council strikes no deal with the union');
    assert.equal(marked('There is no one else'), 'There is no one else');
  });
  test("the lead keys such a word apart: a negated 'hurt' is not the 'hurt' of another event", () => {
    const [van, roof] = segmented([VAN, ROOF]).map(articleFeatures);
    assert.ok(van?.lead.has('!hurt') && !van.lead.has('hurt'));
    assert.ok(roof?.lead.has('hurt') && !roof.lead.has('!hurt'));
    assert.ok(van?.body.has('hurt'), 'the body keeps the word');
    // nor is it a trigger word of the event
    assert.ok(van?.particulars?.triggers.includes('overturn') && !van.particulars.triggers.includes('hurt'));
    assert.ok(roof?.particulars?.triggers.includes('hurt'));
  });
});

describe('an item that hurt no one and one that hurt three, of one town and day', () => {
  test('are two stories, alone and beside another telling of either', () => {
    assert.deepEqual(storiesOf(VAN, ROOF), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(VAN, ROOF, ROOF_OTHER), [['a1'], ['a2', 'a3']]);
  });
  test("two tellings of the one that hurt no one share its 'no one hurt'", () => {
    assert.deepEqual(storiesOf(VAN, VAN_OTHER, ROOF, ROOF_OTHER), [
      ['a1', 'a2'],
      ['a3', 'a4'],
    ]);
  });
});
