import { test } from 'node:test';
import { assertToldElsewhere } from './test-story.ts';

// Three invented outlets on one month's jobs figures: one tells in its body that the jobless rate went
// up, another tells it in its headline only (its body gives the jobs added), the third not at all.
const JOBS = [
  {
    outlet: 'Harbor Ledger',
    title: 'Halvik jobs report: the port hired more dockers than expected',
    text: 'The jobless rate in Halvik rose in June, the labour office said on Friday.\n\nMany economists at Norco Bank welcomed the figures.\n\nThe port of Halvik hired 300 dockers in June, more than expected.',
  },
  {
    outlet: 'Morrow Gazette',
    title: 'Halvik jobless rate rises in June as the port hires 300 dockers',
    text: 'The port of Halvik hired 300 dockers in June, the labour office said on Friday.\n\nEmployers in Halvik added jobs for a second month despite a shortage of cranes.\n\nThe port plans a third berth by 2027.',
  },
  {
    outlet: 'Tidewater Tribune',
    title: 'Port of Halvik hires 300 dockers',
    text: 'The port of Halvik hired 300 dockers in June, its director said on Friday.\n\nThe director said the port had a shortage of cranes.\n\nThe port plans a third berth by 2027.',
  },
];

test('a fact another outlet tells in its headline only is not one source’s', () => {
  assertToldElsewhere(JOBS, /jobless rate in Halvik rose/, [/economists at Norco Bank welcomed/]);
});

// Three invented outlets on one harbour board: the first tells the dropped pick with details of its
// own, the second in its headline only; the first's other point (a suspended ferry) stays listed: the
// third's headline tells the ferry resuming, not its suspension.
const PICK = [
  {
    outlet: 'Harbor Ledger',
    title: 'Harbour board in turmoil',
    text: 'Mayor Ilse Brandt dropped Councillor Tomas Reyl as her pick for harbour chief on Friday, after questions about his record on port contracts.\n\nThe Halvik ferry carried 40 commuters on Monday before its service was suspended for repairs.\n\nThe board meets again in March.',
  },
  {
    outlet: 'Morrow Gazette',
    title: 'Mayor Brandt drops Reyl as her pick for harbour chief',
    text: 'The harbour board will meet in March to choose a new chief, its secretary said on Saturday.\n\nFishermen in Halvik welcomed the delay.\n\nThe board has had four chiefs since 2019.',
  },
  {
    outlet: 'Tidewater Tribune',
    title: 'Halvik ferry service resumes to carry commuters',
    text: 'The harbour board of Halvik meets again in March, its secretary said.\n\nThe ferry pier was painted last spring.\n\nCommuters in Halvik pay four dollars a trip.',
  },
];

test('a fact another outlet’s headline tells in fewer words is not one source’s', () => {
  assertToldElsewhere(PICK, /dropped Councillor Tomas Reyl/, [/ferry carried 40 commuters/]);
});
