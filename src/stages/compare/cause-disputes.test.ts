import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { segmented as read } from '../cluster/test-articles.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { causeStatements } from './cause-statements.ts';

// A cause of one event named otherwise, or denied, by another voice is a difference to check with
// who says each; a cause named once, two events' causes, a cause and its consequence, or "the cause
// is under investigation" are none (issue 10, newuser23 #8). Invented articles.
// (extracted and compared as the pipeline does, so that each side names its speakers)
const causes = (rows: readonly [string, string][]) => {
  const ctx = createContext();
  const docs = segmented(
    rows.map(([outlet, text], i) => ({
      id: `f${i}`,
      title: `${outlet} report`,
      text,
      outlet,
      publishedAt: '2031-05-06',
    })),
    ctx,
  );
  return (comparedStory(docs, ctx).comparison.differences ?? [])
    .filter((d) => d.kind === 'cause')
    .map((d) => ({
      about: d.about,
      sides: d.sides.map((s) => s.evidence.map((e) => e.articleId)),
      claims: d.sides.map((s) => s.claim),
    }));
};

const FIRE =
  'A fire destroyed the Kessel mill warehouse in Brenmoor on Monday night, and two workers were hurt.';

test('a part told failed before the fire against the company saying it worked is a disputed cause, each side attributed', () => {
  const found = causes([
    [
      'Brenmoor Post',
      `${FIRE}\nTwo mill employees told the Post that a dust extractor had failed on Sunday and had not been fixed before the fire broke out.`,
    ],
    [
      'Kessel Echo',
      `${FIRE}\nKessel Milling said a lightning strike started the fire. "The dust extractor was working as designed," spokesperson Ama Rudd said.`,
    ],
  ]);
  assert.equal(found.length, 1);
  assert.equal(found[0]?.about, 'cause of the fire');
  assert.deepEqual(found[0]?.sides, [['a1'], ['a2', 'a2']]);
  assert.match(found[0]?.claims[0] ?? '', /^according to mill employees: /);
  assert.match(found[0]?.claims[1] ?? '', /^according to Kessel Milling and Ama Rudd: /);
});

test('two outlets naming different causes of one fire is a disputed cause', () => {
  const found = causes([
    ['Brenmoor Post', `${FIRE}\nFire officials said faulty wiring caused the fire.`],
    ['Kessel Echo', `${FIRE}\nPolice said the fire was started by an arsonist.`],
  ]);
  assert.deepEqual(
    found.map((d) => d.sides),
    [[['a1'], ['a2']]],
  );
  // one fire named by its place in one outlet and not in the other, or by one place in both
  for (const [one, other] of [
    ['the warehouse fire', 'the fire'],
    ['the Kessel warehouse fire', 'the warehouse fire'],
  ])
    assert.equal(
      causes([
        ['Brenmoor Post', `${FIRE}\nFire officials said faulty wiring caused ${one}.`],
        ['Kessel Echo', `${FIRE}\nPolice said an arsonist started ${other}.`],
      ]).length,
      1,
    );
});

test('no dispute: one cause told alike, the cause under investigation, two events, a cause and its consequence', () => {
  // the same cause in other words
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nFire officials said faulty wiring caused the fire.`],
      [
        'Kessel Echo',
        `${FIRE}\nThe fire was caused by old wiring in the loading bay, the fire service said.`,
      ],
    ]),
    [],
  );
  // no cause named: investigating, not clear, too early to say
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nPolice are investigating the cause of the fire.`],
      [
        'Kessel Echo',
        `${FIRE}\nIt was not clear what started the fire. It is too early to say what caused it, the owner said.`,
      ],
      ['Mill Gazette', `${FIRE}\nFire officials said faulty wiring caused the fire.`],
    ]),
    [],
  );
  // two events: this fire and an earlier one
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nFire officials said faulty wiring caused the fire.`],
      [
        'Kessel Echo',
        `${FIRE}\nA lightning strike started a previous fire at the mill in 2019, the company said.`,
      ],
    ]),
    [],
  );
  // two fires named by their places: the warehouse's and a farm's the next day (review45)
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nFire officials said faulty wiring caused the warehouse fire.`],
      [
        'Kessel Echo',
        `${FIRE}\nOn Tuesday a blaze broke out at a farm nearby. Police said an arsonist started the farm fire.`,
      ],
    ]),
    [],
  );
  // a cause and its consequence: the explosion's cause, and what the explosion caused
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nA gas leak caused the explosion, fire officials said.`],
      ['Kessel Echo', `${FIRE}\nThe explosion started the fire, the company said.`],
    ]),
    [],
  );
  // a cause asked about, and what made the fire spread, against a cause named (review45)
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nFire officials said faulty wiring caused the fire.`],
      ['Kessel Echo', `${FIRE}\nPolice are investigating whether arson caused the fire.`],
      [
        'Mill Gazette',
        `${FIRE}\nThe fire chief said strong winds caused the fire to spread to the next building.`,
      ],
    ]),
    [],
  );
  // a part that failed, told with no tie to the fire, and a part told working
  assert.deepEqual(
    causes([
      ['Brenmoor Post', `${FIRE}\nThe sprinklers failed during the blaze, a worker said.`],
      ['Kessel Echo', `${FIRE}\nThe sprinklers were working properly, the company said.`],
    ]),
    [],
  );
});

test('the statements of a cause a sentence tells', () => {
  const statements = (text: string) =>
    read([text])[0]?.sentences.flatMap((s) =>
      causeStatements(s.tokens).map((c) => [
        c.stance,
        c.event,
        s.tokens
          .slice(c.from, c.to)
          .map((t) => t.text)
          .join(' '),
      ]),
    );
  assert.deepEqual(statements('Investigators believe a discarded cigarette started the blaze.'), [
    ['cause', 'blaze', 'a discarded cigarette'],
  ]);
  assert.deepEqual(statements('The crash was blamed on ice on the bridge.'), [
    ['cause', 'crash', 'ice on the bridge'],
  ]);
  assert.deepEqual(statements('The company denied that faulty wiring caused the fire.'), [
    ['not', 'fire', 'faulty wiring'],
  ]);
  assert.deepEqual(statements('Firefighters failed to contain the fire before it spread.'), []);
  assert.deepEqual(statements('The fire caused the evacuation of 400 people.'), []);
  // a question names no cause; what made the fire spread is no cause of the fire (review45)
  assert.deepEqual(statements('Police are investigating whether arson caused the fire.'), []);
  assert.deepEqual(statements('It is unclear if the blaze was caused by a cigarette.'), []);
  assert.deepEqual(statements('The chief said strong winds caused the fire to spread to the shed.'), []);
  // the event's noun as a modifier of another is no event
  assert.deepEqual(statements('Smoke from the kitchen triggered the fire alarm.'), []);
  assert.deepEqual(statements('The fire department was blamed on Monday for the slow response.'), []);
});
