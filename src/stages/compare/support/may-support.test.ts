import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { extract } from '../../extract/index.ts';
import { RELATED_MIN_COVER } from '../patterns.ts';
import { contradiction, mayClashBelowRelated } from './contradicts.ts';
import { coverOf } from './cover.ts';
import { oneDateDiffers } from './event-dates.ts';
import { readSentences } from './index.ts';
import { judge, judgeInSteps } from './judge.ts';
import {
  aboutAllowsSupport,
  coverAllowsSupport,
  maySupport,
  mayTellEvent,
  mayTellMoods,
  supportable,
} from './may-support.ts';
import type { Reading } from './reading.ts';

// Three invented articles of one story: supports told in other words, with a figure held (a looser
// floor), and look-alike sentences of other events, participants and predicates.
const ARTICLES = [
  'The Vessmark council approved a plan for the harbour pier on Monday. ' +
    'Mayor Ada Lind said the repairs would cost 4 million euros. ' +
    'Fishermen in Velmar protested against the closure of the old quay. ' +
    'The old quay in Velmar, a landmark of the coast since 1890 and the pride of its fishermen.',
  'On Monday the Vessmark council approved the harbour pier plan. ' +
    'The repairs will cost 4 million euros, Lind said at a news conference in the town hall after the vote. ' +
    'A storm damaged three boats in Velmar last week.',
  'Vessmark councillors voted to approve a plan for the pier on Monday after a long debate. ' +
    'The Velmar council rejected a plan for its ferry terminal on Tuesday. ' +
    'Lind said the 4 million euros would come from the port fund.',
];

function readings(texts: readonly string[] = ARTICLES): { all: Reading[]; idf: ReadonlyMap<string, number> } {
  const ctx = createContext();
  const docs = segmentAll(
    texts.map((text, i) => articleFromText(`a${i + 1}`, text)),
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

// The reasons judge() gives only past its test of `about` that the summary counts as one event told
// (summarize/patterns.ts POINT_TOLD_REASONS and SAME_EVENT_REASONS), and its moods' reason.
const PAST_ABOUT = new Set([
  'partial',
  'missing number or date',
  'not every predicate',
  'a participant missing',
  'a person missing',
]);
const MOODS = /^(happened|planned|hypothetical) vs (happened|planned|hypothetical)$/;

test('maySupport, mayTellEvent and mayTellMoods hold on every pair the judge says so of, and bar others', () => {
  const { all, idf } = readings();
  const found = { supports: 0, event: 0, moods: 0 };
  const barred = { supports: 0, event: 0, moods: 0 };
  for (const a of all)
    for (const b of all) {
      if (a === b) continue;
      const j = judge(a, b, idf);
      const [s, e, m] = [maySupport(a, b, idf), mayTellEvent(a, b, idf), mayTellMoods(a, b, idf)];
      const pair = `"${a.claim.text}" / "${b.claim.text}": ${j.verdict}, ${j.reason}`;
      if (j.verdict === 'supports') {
        found.supports++;
        assert.ok(s, `maySupport barred ${pair}`);
      }
      if (j.verdict === 'supports' || PAST_ABOUT.has(j.reason)) {
        found.event++;
        assert.ok(e, `mayTellEvent barred ${pair}`);
      }
      if (MOODS.test(j.reason)) {
        found.moods++;
        assert.ok(m, `mayTellMoods barred ${pair}`);
      }
      if (!s) barred.supports++;
      if (!e) barred.event++;
      if (!m) barred.moods++;
    }
  assert.ok(found.supports >= 2 && found.event > found.supports, JSON.stringify(found));
  assert.ok(barred.supports > 0 && barred.event > 0 && barred.moods > 0, JSON.stringify(barred));
});

// A long sentence and a short one giving its figure another value: a clash at a cover under the
// related floor (the short one holds few of the long one's terms), one of a thing told by 'a'; one event told in other words
// on two days, under the floor too; and look-alikes that cannot clash there: figures of no shared
// unit, dates of one day, another day of a plan or of a negated event.
const LOW_COVER = [
  'The storm killed 12 people in Velmar on Sunday, the Vessmark coast guard said after searching the harbour, the old quay and the beaches of the bay for two days with boats and helicopters.',
  'The storm killed 30 people.',
];
const LOW_ONE = [
  'Arcade Brandt is serving a life sentence in the Velmar state prison, where he was moved after a riot in the old wing last winter, his lawyer told reporters outside the court on the hill above the harbour.',
  'Arcade Brandt is serving three life sentences.',
];
const LOW_DATES = [
  'The ferry Nordlys ran aground off Vessmark on Friday, and the coast guard towed it back.',
  'On Thursday the Nordlys struck rocks.',
];
const LOOK_ALIKES = [
  'The Velmar council spent 4 million euros on the new harbour pier, which opened on Friday after three years of work by crews from Vessmark and Lund.',
  'The pier has 12 berths.',
  'The council opened the pier on Friday.',
  'The council will open the pier on Thursday.',
  'The council did not open the pier on Wednesday.',
  'The Velmar council will open the new harbour pier, built over three years by crews from Vessmark and Lund, on Thursday.',
  'The Velmar council did not open the new harbour pier, built over three years by crews from Vessmark and Lund, on Wednesday.',
];

test('under the related floor, a pair mayClashBelowRelated bars has no contradiction and is judged little in common', () => {
  const clashes = { figure: 0, one: 0, date: 0 };
  const barred = {
    all: 0,
    figures: 0,
    oneDay: 0,
    planClaim: 0,
    planOther: 0,
    negatedClaim: 0,
    negatedOther: 0,
  };
  for (const texts of [ARTICLES, LOW_COVER, LOW_ONE, LOW_DATES, LOOK_ALIKES]) {
    const { all, idf } = readings(texts);
    for (const a of all)
      for (const b of all) {
        if (a === b) continue;
        const cover = Math.min(coverOf(a, b, idf), 1);
        if (cover >= RELATED_MIN_COVER) continue;
        if (mayClashBelowRelated(a, b)) {
          const c = contradiction(a, b, cover, true);
          if (c?.kind === 'day' || c?.kind === 'month' || c?.kind === 'year') clashes.date++;
          else if (c) clashes.figure++;
          if (c && texts === LOW_ONE) clashes.one++;
          continue;
        }
        barred.all++;
        if (a.claim.figures.length > 0 && b.claim.figures.length > 0) barred.figures++;
        if (a.dates.length > 0 && b.dates.length > 0) {
          // (each counted where it alone bars the pair)
          const fails = Object.entries({
            oneDay: oneDateDiffers(a, b),
            planClaim: a.modality === 'happened',
            planOther: b.modality === 'happened',
            negatedClaim: !a.negatedAnywhere,
            negatedOther: !b.negatedAnywhere,
          }).filter(([, holds]) => !holds);
          if (fails.length === 1) barred[fails[0]?.[0] as keyof typeof barred]++;
        }
        for (const about of [false, true])
          assert.equal(contradiction(a, b, cover, about), null, `"${a.claim.text}" / "${b.claim.text}"`);
        assert.ok(['little in common', 'no verb', 'no clause of its own'].includes(judge(a, b, idf).reason));
      }
  }
  // each clash under the floor is let through (fails with either condition removed), and each
  // condition bars a pair with figures or dates on both sides (fails with any of them removed)
  const found = JSON.stringify({ clashes, barred });
  assert.ok(clashes.figure > 0 && clashes.one > 0 && clashes.date > 0, found);
  assert.ok(
    Object.values(barred).every((n) => n > 0),
    found,
  );
});

// Invented articles with supports in other words, another value of one measure, a plan told as done.
const STEPS = [
  'The Vessmark council approved a plan for the harbour pier on Monday. ' +
    'Mayor Ada Lind said the repairs would cost 4 million euros. ' +
    'The Vessmark council will vote on the ferry terminal on Friday.',
  'On Monday the Vessmark council approved the harbour pier plan. ' +
    'Mayor Ada Lind said the repairs would cost 6 million euros. ' +
    'The Vessmark council voted on the ferry terminal on Friday.',
  'Vessmark councillors voted to approve a plan for the pier on Monday after a long debate. ' +
    'The Velmar council rejected a plan for its ferry terminal on Tuesday.',
];

test('judgeInSteps gives judge()’s verdict on every pair, and says supports where judge() does', () => {
  const { all, idf } = readings(STEPS);
  const seen = new Set<string>();
  for (const a of all)
    for (const b of all) {
      if (a === b) continue;
      const whole = judge(a, b, idf);
      const steps = judgeInSteps(a, b, idf);
      assert.equal(steps.supports, whole.verdict === 'supports', `${a.claim.text} / ${b.claim.text}`);
      assert.deepEqual(steps.verdict(), whole, `${a.claim.text} / ${b.claim.text}`);
      seen.add(whole.verdict);
    }
  // the story holds each kind of verdict the two steps must keep apart
  assert.deepEqual([...seen].sort(), ['differs', 'planned-vs-happened', 'related', 'supports']);
});
