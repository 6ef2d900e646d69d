import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { cluster } from './index.ts';
import { partition, segmented } from './test-articles.ts';

// A user's first small runs: two to four articles, two stories in one town in one month and year
// (invented: a fire at the town's old mill told by two outlets, a school choir's title told by two).
// In a run this small each article's vector holds only the words another holds, so any overlap (the
// town, the month, the year) read as one story until the grouping also asked how much of each
// article's weight the other holds (held.ts) and whether they share more of an event than its
// setting (setting.ts).
const MILL_GAZETTE = `Fire guts old grain mill on Dunmarrow quay

The Dunmarrow Gazette

A fire tore through the disused grain mill on Dunmarrow quay late on Tuesday, May 6, 2025, sending smoke over the harbour and forcing the evacuation of twenty flats nearby.

Firefighters from three stations fought the blaze for six hours. Station officer Brenna Hollis said the roof had collapsed by midnight and the walls would have to come down. No one was hurt.

The mill, built in 1887, had stood empty since 2019. Police said they were treating the fire as suspicious and asked anyone who saw people near the building that evening to come forward.`;
const MILL_COAST = `Dunmarrow mill blaze treated as suspicious

Coast News

Police in Dunmarrow are investigating whether a fire that destroyed the town's derelict quayside grain mill on Tuesday night was started deliberately.

About sixty firefighters were called to the 138-year-old building at around 10 p.m. on May 6, 2025, and residents of twenty nearby flats were moved out while crews fought the flames until the early hours. Nobody was injured.

Brenna Hollis, the station officer in charge, said the roof had fallen in and the shell was unsafe. The mill had been empty for six years.`;
const CHOIR_GAZETTE = `Dunmarrow school choir wins national title

The Dunmarrow Gazette

The choir of St Aldric's Primary School in Dunmarrow won the national junior choir championship in Leeford on Saturday, May 10, 2025, beating forty schools from across the country.

The thirty-two singers, aged eight to eleven, performed a folk song arranged by their music teacher, Ottilie Vance, who said the children had rehearsed every lunchtime since January.

The choir will sing at the town's summer festival in July. The school's head teacher said the prize money of £2,000 would buy new instruments.`;
const CHOIR_COAST = `Small-town primary choir takes national crown

Coast News

Thirty-two pupils from St Aldric's Primary in Dunmarrow are national champions after their choir won the junior choir championship final in Leeford on Saturday.

Music teacher Ottilie Vance, who arranged the folk song they sang, said the pupils had practised in their lunch breaks for four months. Forty schools took part in the May 10 final.

The £2,000 prize will go on new instruments, the head teacher said.`;

// Two more of that town and month, each told by both outlets in a paragraph and in other words.
const VOTE_GAZETTE = `Dunmarrow council votes to shut library

The Dunmarrow Gazette

Dunmarrow's councillors voted 7-4 on Thursday, May 8, 2025, to close the Harbour Street library at the end of June to save money.`;
const VOTE_COAST = `Harbour Street library to close

Coast News

The town's only public library will shut its doors in June after a split vote by Dunmarrow council on Thursday, with members citing a budget gap.`;
const FAIR_GAZETTE = `Dunmarrow festival returns to quay

The Dunmarrow Gazette

The Dunmarrow sea festival will return to the quay on May 24, 2025, after two years away, with boat races and a fish market.`;
const FAIR_COAST = `Boat races back as sea festival revived

Coast News

Boat races and stalls will fill Dunmarrow's quayside later this month when the town's sea festival comes back for the first time since 2022.`;

const storiesOf = (...texts: string[]) => partition(cluster()(segmented(texts), createContext()));

describe('small runs', () => {
  test("the example's bridge closure and its chowder festival, alone in a run, are two stories", () => {
    const read = (name: string) =>
      readFileSync(new URL(`../../../examples/harbor-bridge/${name}`, import.meta.url), 'utf8');
    assert.deepEqual(storiesOf(read('01-norhaven-courier.txt'), read('07-courier-chowder-festival.txt')), [
      ['a1'],
      ['a2'],
    ]);
  });

  test('two articles of two stories in one town, month and year sharing little are two stories; two tellings of one are one', () => {
    assert.deepEqual(storiesOf(MILL_GAZETTE, CHOIR_COAST), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, MILL_COAST), [['a1', 'a2']]);
    assert.deepEqual(storiesOf(CHOIR_GAZETTE, CHOIR_COAST), [['a1', 'a2']]);
  });

  test('three and four articles: the pairs told by two outlets join, the other story stays apart', () => {
    assert.deepEqual(storiesOf(MILL_COAST, CHOIR_GAZETTE, CHOIR_COAST), [['a1'], ['a2', 'a3']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, MILL_COAST, CHOIR_GAZETTE, CHOIR_COAST), [
      ['a1', 'a2'],
      ['a3', 'a4'],
    ]);
  });

  // These share a fifth to a third of their weight (the town, the month's day and year, "town", "say"):
  // above HELD_FLOOR, but no key of an event beyond the setting, or one only ("town") with less than
  // ONE_EVENT_KEY_FLOOR of their weight (setting.ts).
  test('short articles of one town sharing only its name, the month and the year are other stories', () => {
    assert.deepEqual(storiesOf(MILL_GAZETTE, CHOIR_GAZETTE), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(MILL_COAST, CHOIR_GAZETTE), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(MILL_COAST, CHOIR_COAST), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, MILL_COAST, CHOIR_GAZETTE), [['a1', 'a2'], ['a3']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, MILL_COAST, CHOIR_COAST), [['a1', 'a2'], ['a3']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, CHOIR_GAZETTE, CHOIR_COAST), [['a1'], ['a2', 'a3']]);
    assert.deepEqual(storiesOf(VOTE_GAZETTE, FAIR_GAZETTE), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, VOTE_GAZETTE, FAIR_GAZETTE), [['a1'], ['a2'], ['a3']]);
    assert.deepEqual(storiesOf(MILL_GAZETTE, CHOIR_GAZETTE, VOTE_GAZETTE), [['a1'], ['a2'], ['a3']]);
  });

  test('one event told in two short articles in other words stays one story', () => {
    assert.deepEqual(storiesOf(VOTE_GAZETTE, VOTE_COAST), [['a1', 'a2']]);
    assert.deepEqual(storiesOf(FAIR_GAZETTE, FAIR_COAST), [['a1', 'a2']]);
    assert.deepEqual(storiesOf(VOTE_GAZETTE, VOTE_COAST, FAIR_GAZETTE, FAIR_COAST), [
      ['a1', 'a2'],
      ['a3', 'a4'],
    ]);
  });

  test('a word of time in two leads ("after six years", "than in any year since") is no event they share', () => {
    const quits = `Halvik mayor quits over expenses

The Halvik Gazette

The mayor of Halvik resigned on Monday, May 12, 2025, a week after auditors questioned her travel claims.

Ilse Brandt, mayor since 2019, said she had done nothing wrong but would not let the row harm the town.`;
    const stepsDown = `Brandt steps down as Halvik leader

Coast News

Ilse Brandt is leaving the town hall in Halvik after six years, she announced on Monday, May 12, 2025.

An audit last week found gaps in her records of official trips. Her deputy will lead until a vote in the autumn.`;
    const seabirds = `Halvik count of seabirds falls

Morrow Post

Volunteers counted fewer puffins on the Halvik cliffs on Monday, May 12, 2025, than in any year since 2019.

The count's organiser said warmer seas had moved the fish the birds feed on.`;
    assert.deepEqual(storiesOf(stepsDown, seabirds), [['a1'], ['a2']]);
    assert.deepEqual(storiesOf(quits, stepsDown, seabirds), [['a1', 'a2'], ['a3']]);
  });

  // A mill fire "in the town's quayside mill" and a festival "on Dunmarrow's quayside" share two words
  // of their leads: "town", which every item of the run says (the run's setting, setting.ts), and
  // "quayside", one word of an event, with too little of their weight (ONE_EVENT_KEY_FLOOR). In runs
  // of more than RARE_MIN_DF articles the event keys are not asked for.
  test('local nouns shared by two items of one town, one of them said by every item, part', () => {
    assert.deepEqual(storiesOf(MILL_COAST, CHOIR_COAST, VOTE_COAST, FAIR_COAST), [
      ['a1'],
      ['a2'],
      ['a3'],
      ['a4'],
    ]);
  });
});
