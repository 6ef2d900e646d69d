import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Evidence } from '../../model/index.ts';
import { buildCandidates, type Candidate } from './candidates.ts';
import { judgedOnce } from './judged.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { quotedWithin } from './quotations.ts';
import { RESIGN } from './resign-story.ts';
import { sameDayEvent } from './same-day.ts';
import type { Scored } from './select.ts';
import { senseCheck } from './senses.ts';
import { lastCandidate, summarized } from './test-story.ts';
import { contestedMatcher } from './text.ts';
import { eventFirst } from './told-order.ts';

// newuser18 #8: what the summary tells once, and what it tells first. Invented stories.

// The candidates of invented articles made one story, the one holding `part`, and the judge's reader.
function storyCandidates(docs: readonly object[]) {
  const { articles, input, comparison } = summarized(docs, 60);
  const candidates = buildCandidates(articles, {
    entities: input.entities,
    findContested: contestedMatcher(DEFAULT_CONTESTED_TERMS),
    inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
  });
  const at = (part: string): Candidate => {
    const c = candidates.find((x) => x.text.includes(part));
    assert.ok(c, part);
    return c;
  };
  return { at, read: judgedOnce({ ...input, ...comparison }).read };
}

test('a quotation two outlets give in their own wordings is told once, and its few words too', () => {
  const { out } = summarized(RESIGN, 120);
  const all = out.summary.map((s) => s.text).join(' | ');
  assert.equal(out.summary.filter((s) => /long overdue/.test(s.text)).length, 1, all);
});

test('a few of one person’s words quoted or reported are the quotation holding them', () => {
  const whole =
    'The opposition leader, Bram Keverne, said: “This resignation is long overdue, and it does not end the questions.”';
  const cases: [string, boolean][] = [
    ['Opposition leader Bram Keverne said the resignation was “long overdue”.', true],
    ['Opposition leader Bram Keverne said on Thursday that the resignation was long overdue.', true],
    // another person's words, or other words of his
    ['Premier Wenna Roskell said the resignation was “long overdue”.', false],
    ['Opposition leader Bram Keverne said the review was “a scandal”.', false],
    // one word alone is no passage to look up
    ['Opposition leader Bram Keverne called it “overdue”.', false],
  ];
  const b = lastCandidate('t', whole) as Candidate;
  for (const [text, want] of cases) {
    const a = lastCandidate('t', text) as Candidate;
    assert.equal(quotedWithin(a, b), want, text);
    assert.equal(quotedWithin(b, a), want, text);
  }
});

// Invented: a fare protest two outlets tell in other words, by one verb, day and place.
const MARCH = [
  {
    outlet: 'Dunmere Mail',
    publishedAt: '2027-03-06T18:00:00Z',
    text: 'Thousands of protesters marched through central Dunmere on Saturday against the planned rise in bus fares.\n\nPolice said nine people were arrested in Dunmere on Saturday.',
  },
  {
    outlet: 'Radio Tessel',
    publishedAt: '2027-03-06T19:00:00Z',
    text: 'Activists from across the region marched through Dunmere on Saturday to oppose the rise in bus fares announced in the spring budget.\n\nPolice arrested 40 people in Dunmere on Saturday.\n\nProtesters against the rise filled Mill Square in Dunmere on Saturday afternoon.\n\nThe activists marched through Dunmere again on Sunday.',
  },
];

test('one event told by one verb on one day with the same names is told once; another verb, day or count is not', () => {
  const { at, read } = storyCandidates(MARCH);
  const same = sameDayEvent(read);
  const marched = at('Thousands of protesters');
  assert.equal(same(marched, at('Activists from across')), true);
  assert.equal(same(marched, at('filled Mill Square')), false);
  assert.equal(same(marched, at('again on Sunday')), false);
  assert.equal(same(at('nine people were arrested'), at('arrested 40 people')), false);
});

test('a reaction naming an event by its noun is told after the sentence telling the event', () => {
  const { at, read } = storyCandidates(RESIGN);
  const scored = (candidate: Candidate): Scored => ({
    candidate,
    support: { citations: [], sources: new Set(), factIds: [], factWeight: 0, statuses: new Set() },
    vector: new Map(),
    modality: 'happened',
    plain: true,
    relevance: 0,
  });
  const reaction = scored(at('Roskell said she accepted the resignation'));
  const event = scored(at('Harbour Minister Alric Dunmore resigned on Thursday after'));
  const contract = scored(at('went to the Solent Marine group'));
  const first = (list: Scored[]) => eventFirst(list, read as (e: Evidence) => ReturnType<typeof read>)[0];
  assert.equal(first([reaction, contract, event]), event);
  // a first sentence in the outlet's own voice stays first
  assert.equal(first([contract, reaction, event]), contract);
});
