import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { articleFromText, segmentAll } from '../../extract/from-text.ts';
import { CONTESTED_TERMS } from '../data/contested-terms.ts';
import { countContested } from './contested.ts';

// The terms an invented article's body counts in the outlet's own voice, with their uses.
function counted(body: string): string[] {
  const docs = segmentAll([articleFromText('a', body)], createContext());
  return countContested(docs, CONTESTED_TERMS, new Map()).flatMap((r) =>
    Array<string>(r.byArticle.a?.ownVoice ?? 0).fill(r.term),
  );
}

const CASES: [string, string[]][] = [
  // a metaphor about people or their movement
  ['Officials counted an influx of 9,000 migrants in May.', ['influx']],
  ['The town saw a flood of asylum seekers last winter.', ['flood']],
  ['The mayor blamed the migrant surge for the long queues.', ['surge']],
  ['Police reported a surge in border crossings at Dovra.', ['surge']],
  ['Officials vowed to stem the tide of refugees.', ['tide']],
  ['The surge at the border went on all week.', ['surge']],
  // the plain sense: water, illness, sales, crime
  ['The plant stood in the midst of a raging flood.', []],
  ['Flood waters rose along the river on Tuesday.', []],
  ['Hospitals braced for the fourth wave of infections.', []],
  ['Shippers warned of a surge in piracy off the cape.', []],
  ['A flood of letters reached the judge before the sentence.', []],
  ['The high tide reached the sea wall at noon.', []],
  // a verb said of someone, not the noun
  ['Senator Vos blasts the new budget.', ['blast']],
  ['Farm leaders slam the ministry over the water plan.', ['slam']],
  ['The blast shook homes across the valley.', []],
  ['Two officers were killed in the blast.', []],
  ['The radio was left on full blast all night.', []],
  // a verb of saying with a plain noun (newuser19 finding 4): the verb counts, the noun does not
  ['Critics claim that the Dovra levy is unfair.', ['claim']],
  ['The rebels claim responsibility for the blockade.', []],
  ['Twelve of the crew intended to claim asylum at Dovra.', []],
  ['Opponents claim the levy will ruin the harbour.', ['claim']],
  ['About 4,000 asylum claims are pending at the Dovra office.', []],
  ['The ministry will decide every claim within six weeks.', []],
  ['The 9,000-claim backlog kept caseworkers busy.', []],
  ['Refused applicants can appeal their claim once.', []],
  // the agent noun of a term carries its frame; a word with a plain sense keeps its agent noun plain
  ['Rioters smashed shop windows on Quell Street.', ['riot']],
  ['Police said one rioter was held overnight.', ['riot']],
  ['A mob gathered outside the Dovra town hall.', ['mob']],
  ['Voters waver over the Dovra bypass.', []],
  ['The officer spent a week in the slammer.', []],
];

for (const [body, expected] of CASES)
  test(`counts ${JSON.stringify(expected)} in: ${body}`, () => assert.deepEqual(counted(body), expected));
