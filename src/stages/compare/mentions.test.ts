import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { extract } from '../extract/index.ts';
import { buildClaims } from './claims.ts';

// The claims of one invented article, with the real extraction (names, kinds).
function subjectsOf(body: string): Map<string, string | null> {
  const ctx = createContext();
  const docs = segmentAll([articleFromText('a1', body)], ctx);
  const story = { id: 's1', title: 't', articleIds: ['a1'], keywords: [] };
  const extraction = extract()({ story, articles: docs }, ctx);
  const claims = buildClaims(docs, extraction, new Map([['a1', 'a1']]));
  return new Map(claims.map((c) => [c.text, c.subject?.name ?? null]));
}

// [article, the claim's opening words, who its opening pronoun stands for (null: not resolved)]
const CASES: [string, string, string | null][] = [
  // the subject of the sentence before, not the last person it names (one of the victims)
  [
    'Rayford Dunmore, 41, was on trial for fraud when he struck a guard and shot Lena Ortiz. He fled across the river on foot. Dunmore was caught on Friday.',
    'He fled',
    'Rayford Dunmore',
  ],
  // "He … . He …": the same pronoun carries the subject back one more sentence
  [
    'Rayford Dunmore, 41, was on trial for fraud in Dover. He struck a guard and shot Lena Ortiz and Tomas Kell. He fled across the river on foot. Dunmore was caught on Friday.',
    'He fled',
    'Rayford Dunmore',
  ],
  // … also after an opening phrase ("In that speech, he …"): not the person that sentence names
  [
    'Dana Ruiz spoke to the court for an hour on Monday. In that speech, he praised the late union leader Tomas Kell. He also asked the jury to think of his children.',
    'He also asked',
    'Dana Ruiz',
  ],
  // a pronoun in a clause the sentence opens is not its subject: the name that is
  [
    'Rayford Dunmore was tried in Dover on Monday. When he left the court, Officer Tomas Kell stopped his car. He said the driver was calm and polite.',
    'He said',
    'Tomas Kell',
  ],
  // a later clause of the sentence: its own subject
  [
    'Mayor Ines Vega met the ferry crews on Monday. Vega said the boats would run all winter, but she wants the state to pay for two more boats.',
    'She wants',
    'Ines Vega',
  ],
  // "they" after a named person is not that person
  [
    'Pia Lundqvist watched the arrest from her kitchen window. They cuffed the man on the ground and drove him away.',
    'They cuffed',
    null,
  ],
  // a pronoun in quoted speech is not its speaker (nor the last person named)
  [
    'Pia Lundqvist watched the arrest from her window. "He was shouting at the officers the whole time, but he was following orders," Lundqvist said.',
    'He was shouting',
    null,
  ],
  // an unknown name as the subject before: not the one person it names later
  [
    'Rayford Dunmore was on trial for fraud when he struck a guard and shot Lena Ortiz. He fled across the river on foot.',
    'He fled',
    null,
  ],
  // "it" is the event more often than a body named in passing
  [
    'The city named three streets that will lose their parking after the Harbour Board accused them of congestion. It follows a memo from the mayor earlier this month.',
    'It follows',
    null,
  ],
  // whom the clause names is not its pronoun
  [
    'Officer Ana Bright said Ray Dunmore was arrested at a farm near Kelso. He said he did not know the blood alcohol level of Dunmore.',
    'He said',
    'Ana Bright',
  ],
  [
    'Ray Dunmore, 41, fled to Kelso after the trial. He shot Dunmore, an off-duty officer, and took his car.',
    'He shot',
    null,
  ],
  // "it" before a form of "be" is no one
  [
    'The Kelso Rangers signed a new coach on Monday. It is almost certain that the league will fine the club.',
    'It is almost',
    null,
  ],
  // "she" is not a person the article calls "Mr." or "he"
  [
    'Mr. Luke Pigeon watched the arrest from a window in Kelso. Luke Pigeon told reporters a woman ran into the shop. She said the police came within minutes.',
    'She said',
    null,
  ],
  [
    'Luke Pigeon said he watched the arrest from a window in Kelso. Luke Pigeon told reporters a woman ran into the shop. She said the police came within minutes.',
    'She said',
    null,
  ],
  [
    'Ms. Ana Bright watched the arrest from a window in Kelso. Ana Bright told reporters a man ran into the shop. She said the police came within minutes.',
    'She said',
    'Ana Bright',
  ],
  // one person named before and no subject of a kind: that person
  [
    'The police arrested Omar Reyes at a farm near Dover on Friday. He was charged with robbery on Saturday.',
    'He was charged',
    'Omar Reyes',
  ],
];

for (const [body, opening, expected] of CASES)
  test(`antecedent of "${opening}" in: ${body.slice(0, 60)}…`, () => {
    const subjects = subjectsOf(body);
    const key = [...subjects.keys()].find((t) => t.replace(/^[“"]/, '').startsWith(opening));
    assert.ok(key, [...subjects.keys()].join('\n'));
    assert.equal(subjects.get(key), expected);
  });
