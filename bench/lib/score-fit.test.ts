import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LEAD_ALONE } from '../../src/stages/cluster/patterns.ts';
import {
  auc,
  choiceLoss,
  fitScore,
  logLoss,
  type ScorePair,
  type ScoreWeights,
  scoreOf,
} from './score-fit.ts';

const START: ScoreWeights = {
  names: 0.25,
  body: 0.25,
  triggerBonus: 0.05,
  whenConflictPenalty: 0.3,
  farInTimeFactor: 0.6,
  scale: 10,
  threshold: 0.3,
};

const pair = (over: Partial<ScorePair>): ScorePair => ({
  lead: 0,
  names: 0,
  body: 0,
  hasNames: true,
  hasBody: true,
  triggers: 0,
  whenConflict: 0,
  gapDays: null,
  same: false,
  placing: 0,
  ...over,
});

test('scoreOf is the grouper score: weighted, rescaled over the signals present, penalised, decayed', () => {
  assert.equal(scoreOf(pair({ lead: 0.6, names: 0.6, body: 0.6 }), START), 0.6);
  // the lead alone, discounted, is a floor: names and body that match nothing do not halve it
  assert.ok(Math.abs(scoreOf(pair({ lead: 0.8 }), START) - LEAD_ALONE * 0.8) < 1e-12);
  // no names: lead and body rescaled to weigh 1
  assert.equal(
    scoreOf(pair({ lead: 0.6, body: 0.3, hasNames: false }), START),
    (0.5 * 0.6 + 0.25 * 0.3) / 0.75,
  );
  const close = scoreOf(pair({ lead: 1, names: 1, body: 1, whenConflict: 1 }), START);
  assert.ok(Math.abs(close - 0.7) < 1e-12);
  const far = scoreOf(pair({ lead: 1, names: 1, body: 1, gapDays: 120 }), START);
  assert.ok(Math.abs(far - 0.36) < 1e-12);
});

// Invented pairs where only the names tell the same event from another: the lead is the beat's.
function namesDecide(): ScorePair[] {
  const pairs: ScorePair[] = [];
  for (let i = 0; i < 40; i++) {
    const same = i % 2 === 0;
    const jitter = (i % 7) / 70;
    pairs.push(
      pair({ lead: 0.4 + jitter, names: same ? 0.7 + jitter : 0.1 + jitter, body: 0.3, same, placing: i }),
    );
  }
  return pairs;
}

test('fitting moves weight to the signal that decides, and lowers the loss', () => {
  const pairs = namesDecide();
  const fitted = fitScore(pairs, START, { fixed: ['farInTimeFactor'], steps: 300 });
  assert.ok(fitted.names > 0.5, `names weight ${fitted.names}`);
  assert.ok(logLoss(pairs, fitted) < logLoss(pairs, START));
  assert.ok(auc(pairs, fitted) > 0.99);
});

test('fixed parameters stay where they start', () => {
  const fitted = fitScore(namesDecide(), START, { fixed: ['names', 'body', 'triggerBonus'], steps: 50 });
  assert.equal(fitted.names, START.names);
  assert.equal(fitted.body, START.body);
  assert.equal(fitted.triggerBonus, START.triggerBonus);
});

test('choiceLoss: lower when the right candidate scores above the wrong one and the threshold', () => {
  const right = [
    pair({ lead: 0.9, names: 0.9, body: 0.9, same: true, placing: 1 }),
    pair({ lead: 0.2, names: 0.2, body: 0.2, placing: 1 }),
  ];
  const wrong = [
    pair({ lead: 0.2, names: 0.2, body: 0.2, same: true, placing: 1 }),
    pair({ lead: 0.9, names: 0.9, body: 0.9, placing: 1 }),
  ];
  assert.ok(choiceLoss(right, START) < choiceLoss(wrong, START));
  // no candidate of the article's event: a new story is right, so low scores are the better
  const none = (x: number) => [pair({ lead: x, names: x, body: x, placing: 2 })];
  assert.ok(choiceLoss(none(0.1), START) < choiceLoss(none(0.8), START));
});

test('auc: 1 for a perfect ranking, 0.5 for ties', () => {
  assert.equal(auc([pair({ lead: 0.9, same: true }), pair({ lead: 0.1 })], START), 1);
  assert.equal(auc([pair({ lead: 0.5, same: true }), pair({ lead: 0.5 })], START), 0.5);
});
