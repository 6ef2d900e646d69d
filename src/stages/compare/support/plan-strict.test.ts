import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented pairs for the strict reading of planned vs happened (issue 10; plan-done.ts, plan-tense.ts,
// plan-subject.ts): a plan only where one side tells the event ahead by a marker right before its verb
// and the other in a past finite form or as a state that holds now, of one subject, on no other day.
// The first rows each fail with the rules before it (0137779); the last rows each fail without one part
// of the strict reading (the conjuncts of a subject, a state that holds now).
const CASES: readonly VerdictCase[] = [
  [
    'a participle before its noun is no done event ("the captured sailors"): the verb after it is read',
    'The rebels said the captured sailors would be handed over to the Red Cross.',
    'The captured sailors were handed over to the Red Cross.',
    'planned-vs-happened',
  ],
  [
    'a purpose is no plan ("aiming to fix")',
    'The ferry company has fixed the loading ramp at the east pier.',
    'The ferry company sent two divers on Friday, aiming to fix the loading ramp at the east pier.',
    'not planned-vs-happened',
  ],
  [
    'a negated present is no done event ("does not require")',
    'The coach said Pell’s injury does not require surgery, just rest.',
    'Pell’s injury is a fracture of the foot and will require surgery, the coach said.',
    'not planned-vs-happened',
  ],
  [
    'another subject, told by a pronoun ("Norway announced that they will be imposing")',
    'President Ruiz imposed tariffs in July on $34 billion in Norwegian goods.',
    "In response to President Ruiz's tariffs on Norwegian goods, Norway announced today that they will be imposing another $60 billion in new tariffs.",
    'not planned-vs-happened',
  ],
  [
    'another day ("would be closed Tuesday" / the offices closed on Monday)',
    'Calls to the Lind agency were not answered Monday afternoon, and a recording said the offices were closed.',
    'A message posted Monday afternoon on the agency’s site said the office would be closed Tuesday in memory of a colleague.',
    'not planned-vs-happened',
  ],
  [
    'another day of the same month ("will meet … on March 5" / "met … on March 3")',
    'Lind and Okafor will meet with the mayor on March 5 to discuss the border.',
    'Lind and Okafor met with the mayor on March 3 to discuss the border.',
    'not planned-vs-happened',
  ],
  [
    'the same day, or its month alone ("on March 5" / "in March")',
    'Lind and Okafor will meet with the mayor on March 5 to discuss the border.',
    'Lind and Okafor met with the mayor in March to discuss the border.',
    'planned-vs-happened',
  ],
  [
    'another subject past an aside set off by commas ("The last such patch, Bulletin MS-067, was released")',
    'The last such patch, Bulletin MS-067, was released on Oct. 23.',
    'Windows 9, due to be released to the public Oct. 26, is not affected.',
    'not planned-vs-happened',
  ],
  [
    'a present habit is no done event ("now use")',
    'Those servers now use Orbis chips.',
    'Orbis President Dana Meyer hopes to use the chip business to develop a low-power processor.',
    'not planned-vs-happened',
  ],
  [
    'each conjunct of a subject counts ("Lind, Okafor and adviser Mara Vance will meet")',
    'Lind, Okafor and adviser Mara Vance will meet with the mayor to discuss the border.',
    'Lind and Okafor met with the mayor on Wednesday to discuss the border.',
    'planned-vs-happened',
  ],
  [
    'a state that holds now against the same state told ahead ("is available" / "will be available")',
    'The repair tool is available from the company’s site.',
    'The repair tool will be available for everyone to download within the next few days, she added.',
    'planned-vs-happened',
  ],
];

describe('planned vs happened, the strict reading (invented pairs)', () => testVerdicts(CASES));
