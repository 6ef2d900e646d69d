import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for planned vs happened (issue 10, the false calls of the blind dev round
// dev-planned-2026-12-08): each side's mood read right where it tells the event. A quotation mark
// or a "had" does not make a plan or a done event, an -ing form has no tense of its own, "must"
// tells no done event, and a state lasting on is not its event told ahead. Each row failed without
// its rule of dedecbf; the strict reading (plan-done.ts) keeps them all, and leaves the last, a done
// -ing form, as a todo.
const CASES: readonly VerdictCase[] = [
  [
    'a typewriter quotation mark between "would be" and its verb',
    'The fishermen would be handed over to the coast guard, the ministry added.',
    "The ministry said only that the fishermen would be ``handed over to the coast guard.'",
    'not planned-vs-happened',
  ],
  [
    '"\'d been" is "had been", not "would been"',
    "Nobody saw the driver until minutes after she'd been stopped and searched at the border post.",
    'The driver was stopped and searched at the border post.',
    'not planned-vs-happened',
  ],
  [
    '"must serve" tells no done event',
    'The two sentences are to be served consecutively.',
    'Brandt must serve the two sentences consecutively, the judge said.',
    'not planned-vs-happened',
  ],
  [
    'an -ing form after a comma tells what its clause tells ("will run hourly, providing")',
    'The new ferry will provide relief for commuters on the east shore.',
    'Officials said the new ferry will run hourly, providing relief for commuters on the east shore.',
    'not planned-vs-happened',
  ],
  [
    'a gerund after a preposition and no done verb ("interested in upgrading")',
    'Customers interested in upgrading to the new plan can call the office.',
    'Customers will upgrade to the new plan next week.',
    'not planned-vs-happened',
  ],
  [
    'a gerund after a preposition of a present verb ("puts it in the position of competing")',
    'The merger puts the ferry operator in the position of competing with its own partners.',
    'The ferry operator will be competing with its own partners after the merger.',
    'not planned-vs-happened',
  ],
  [
    'a verb right after a preposition is a noun read as a verb ("in turn sold")',
    'The firm will turn itself into a maker of servers.',
    'The firm bought the chips and in turn sold them to a maker of servers.',
    'not planned-vs-happened',
  ],
  [
    '"will stay closed for six weeks" against "was closed on Monday": a state lasting on',
    'The authority said the Kestrel tunnel will stay closed for at least six weeks.',
    'The Kestrel tunnel was closed on Monday after a crack was found.',
    'not planned-vs-happened',
  ],
  // an -ing form after a preposition of a done verb tells it as done: not read by the strict reading
  [
    'will impose against hit back by imposing',
    'Finland will impose new tariffs on steel from Norway.',
    'Finland hit back by imposing new tariffs on steel from Norway.',
    'planned-vs-happened',
    'the strict reading (plan-tense.ts) takes a done event in a past finite form only, not an -ing form after "by"',
  ],
];

describe('planned vs happened, each side read where it tells the event (invented pairs)', () =>
  testVerdicts(CASES));
