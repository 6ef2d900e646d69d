import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleQuoteRegions } from '../../text/quotes/article-regions.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { isContent } from './claims.ts';
import { splitClauses } from './clauses.ts';

const CASES: [string, string[]][] = [
  [
    'Ministers met in Oslo on Monday, but the talks failed to produce a fishing deal.',
    ['Ministers met in Oslo on Monday', 'but the talks failed to produce a fishing deal.'],
  ],
  [
    'After the envoys toured the flooded valley, the two governments pledged new relief funds.',
    // a subordinate clause alone is a fragment: it stays with its main clause
    ['After the envoys toured the flooded valley, the two governments pledged new relief funds.'],
  ],
  [
    'Ports in Lisbon, Porto, and Faro reopened on Tuesday after the storm.',
    ['Ports in Lisbon, Porto, and Faro reopened on Tuesday after the storm.'],
  ],
  [
    'The mayor opened the bridge on Friday, and the council approved a new budget for repairs.',
    ['The mayor opened the bridge on Friday', 'and the council approved a new budget for repairs.'],
  ],
  [
    '“We met, but we agreed on nothing,” the minister said.',
    ['“We met, but we agreed on nothing,” the minister said.'],
  ],
  ['Talks resumed, but slowly.', ['Talks resumed, but slowly.']],
  // no subject after the connector: the clause alone would be a fragment ("Still was listed …")
  [
    'The clerk had been dismissed in May by the firm, but still was listed on its website as a partner.',
    ['The clerk had been dismissed in May by the firm, but still was listed on its website as a partner.'],
  ],
  // "but that …": a second thing said, not a clause of its own ("That fatigue was …")
  [
    'The engineer said it was too early to name a cause, but that metal fatigue was one possibility.',
    ['The engineer said it was too early to name a cause, but that metal fatigue was one possibility.'],
  ],
  [
    'The pier reopened on Monday, however the ferries stayed in port all week.',
    ['The pier reopened on Monday', 'however the ferries stayed in port all week.'],
  ],
  // a comma-less "and" after a clause's verb, a new subject and verb after it: two clauses
  [
    'Twelve ferry jobs will go and the Harwick and Densby ticket offices will close by the spring.',
    ['Twelve ferry jobs will go', 'and the Harwick and Densby ticket offices will close by the spring.'],
  ],
  // the part before ends on an object, or the new noun opens a relative clause: one clause
  [
    'Wardens stopped the skipper and the mate who fled the harbour.',
    ['Wardens stopped the skipper and the mate who fled the harbour.'],
  ],
  [
    'The orchard owner said the pickers and the drivers would be paid in full.',
    ['The orchard owner said the pickers and the drivers would be paid in full.'],
  ],
  ['Fuel prices rose and fell twice in March.', ['Fuel prices rose and fell twice in March.']],
];

for (const [sentence, expected] of CASES)
  test(`clauses of: ${sentence}`, () => {
    const [doc] = segmentAll([articleFromText('a', sentence)], createContext());
    assert.ok(doc);
    const regions = articleQuoteRegions(doc.article);
    const clauses = doc.sentences.flatMap((s) => splitClauses(s.tokens, regions, isContent, 3));
    const texts = clauses.map((c) => sentence.slice(c[0]?.start ?? 0, c[c.length - 1]?.end ?? 0));
    assert.deepEqual(texts, expected);
  });
