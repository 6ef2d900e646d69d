import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type IndirectCase, indirectQuotes, testIndirectCases } from './fixtures/indirect-cases.ts';

/** A cue inside a clause that a subordinator opens reports up to that clause's comma, not the main clause. */
const OPENING: IndirectCase[] = [
  [
    'a "when" clause before the main one',
    'When the mayor said the pier was safe, the crowd cheered.',
    'the pier was safe',
    'mayor',
  ],
  [
    'an "after" clause with "that"',
    'After officials said that the pier was safe, few believed them.',
    'the pier was safe',
    'officials',
  ],
  [
    "a place's state after its comma stays in the clause",
    'When the president of the club announced Dr. Ann Wu became a member while studying at Marrow College in Halden, Ore.',
    'Dr. Ann Wu became a member while studying at Marrow College in Halden, Ore.',
    'president of the club',
  ],
  [
    "a participle's phrase before the main clause, no comma between, is part of what was reported",
    'After scooping up rings worth 3 million crowns the robbers backed their van out of the shop, the Vessmark Ledger reported.',
    'After scooping up rings worth 3 million crowns the robbers backed their van out of the shop',
    'Vessmark Ledger',
  ],
  [
    'an "as" clause whose cue reports the main clause',
    'As the mayor said on Friday, the pier is safe.',
    'the pier is safe',
    'mayor',
  ],
  [
    'an opening clause with no comma runs into the main clause, all of it reported',
    'If the ferry is cut the island will suffer, the harbour master warned.',
    'If the ferry is cut the island will suffer',
    'harbour master',
  ],
  [
    'a "when" clause with no comma before the main clause',
    'When the storm hit the quay flooded, officials said.',
    'When the storm hit the quay flooded',
    'officials',
  ],
  [
    'a question opened by "when" is no subordinate clause',
    'When will the ferry sail again, islanders asked.',
    'When will the ferry sail again',
    'islanders',
  ],
  [
    'an opening preposition and its noun, no comma, are no clause: all of it reported',
    'After the hearing the warden promised a new bus route, aides said.',
    'After the hearing the warden promised a new bus route',
    'aides',
  ],
  [
    'a date after "since", no comma, opens no clause',
    'Since April the mill has lost a third of its orders, the foreman said.',
    'Since April the mill has lost a third of its orders',
    'foreman',
  ],
  [
    'a main clause whose subject has a relative clause after an opening clause with no comma',
    'Because the bus was late the nurses who waited grew tired, the union said.',
    'Because the bus was late the nurses who waited grew tired',
    'union',
  ],
];

testIndirectCases(OPENING);

const said = (text: string) => indirectQuotes(text).map((q) => [q.text, q.speaker?.name]);

test('indirect: the main clause after an opening "as" clause is its own speaker\'s report', () => {
  assert.deepEqual(
    said(
      'As Ann Wu talked about bringing the crews together, Lars Holm highlighted his message that the port needs more money.',
    ),
    [
      ['bringing the crews together', 'Ann Wu'],
      ['the port needs more money', 'Lars Holm'],
    ],
  );
});

test('indirect: a subordinate clause alone before a speaker is not what was said', () => {
  assert.deepEqual(said('Although Ann Wu has admitted using the loophole, she does not defend it.'), []);
  assert.deepEqual(said('But when the council cut the funds for the ferry, the port said enough.'), []);
  assert.deepEqual(said('When the man who owns the mill sold it, the town said nothing.'), []);
  assert.deepEqual(said('When the storm hit, the pier closed, officials said.'), [
    ['When the storm hit, the pier closed', 'officials'],
  ]);
});
