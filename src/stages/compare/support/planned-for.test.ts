import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { modalityOf } from './modality.ts';
import { tellsPastPlan } from './plan-told.ts';

const tokensOf = (text: string) =>
  segmentAll([articleFromText('a', text)], createContext())[0]?.sentences[0]?.tokens ?? [];

// Invented clauses: a plan word after a form of "be" and before its time or place tells a plan
// ("is set for", "is due in"), only an infinitive's "to" makes a plan word's clause planned, and
// "was to" tells a plan as past (issue 10, blind ◷ audit and the dev planned-vs-happened pairs).
describe('planned for a time or place', () => {
  const MOODS: [string, string][] = [
    ['Formal sentencing is set for 11 a.m. on Nov. 8.', 'planned'],
    ['Kessler is due in court on Feb. 17.', 'planned'],
    ['The vote was set for Tuesday.', 'planned'],
    // no plan: "set on fire", and a plan of another subject than the predicate's
    ['The barn was set on fire on Monday.', 'happened'],
    ['Trial is set for June 17 for Ott, who is accused of shooting Ada Lind.', 'happened'],
    ['Kessler was arrested on Monday and is due in court on Feb. 17.', 'happened'],
    // a plan word before a preposition "to", not an infinitive's
    ['They then set fire to the vehicle and escaped in another car.', 'happened'],
    ['The port is set to open its new terminal on Monday.', 'planned'],
  ];
  for (const [text, modality] of MOODS)
    test(text, () => assert.equal(modalityOf(tokensOf(text)).modality, modality));
});

describe('a plan told as past', () => {
  const PAST: [string, boolean][] = [
    ['The port was to open its new ferry terminal yesterday.', true],
    ['The ministers were planning to meet on Friday.', true],
    ['The port is to open its new ferry terminal on Monday.', false],
    ['The aim was clear to everyone.', false],
  ];
  for (const [text, past] of PAST) test(text, () => assert.equal(tellsPastPlan(tokensOf(text)), past));
});
