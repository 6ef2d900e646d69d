import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Evidence } from '../../model/index.ts';
import { checkCitations } from '../compare/support/index.ts';
import { segmented } from '../compared-story.ts';
import { mainClauseEnd } from './clauses.ts';
import { summarized } from './test-story.ts';

test('mainClauseEnd: where a sentence’s main clause ends, if it stands alone', () => {
  const cases: [string, string | null][] = [
    ['Kim Alder flew to Oslo on Monday to sign the accord with Norway.', 'Kim Alder flew to Oslo on Monday'],
    [
      'The council closed the old pier on Friday as storms battered the coast.',
      'The council closed the old pier on Friday',
    ],
    [
      'The council closed the old pier on Friday, which angered the local anglers.',
      'The council closed the old pier on Friday',
    ],
    // the part cut off says who reports it: cutting it would make the report the outlet's own voice
    ['The council closed the old pier on Friday as storms battered the coast, the mayor said.', null],
    // a quotation is told whole
    ['The council closed the old pier on Friday as “storms battered the coast,” the mayor said.', null],
    // "wants to sign" is one predicate, not a purpose
    ['Kim Alder wants to sign the accord with Norway before the summit in May.', null],
    // "expected … members to join" completes the verb's object: cut there, the expectation reads as a
    // figure stated (newuser21 #1, "… said it expected more than 50,000 members.")
    [
      'The Vessmark Dockers Union said it expected more than 4,000 members to join the strike on Friday.',
      null,
    ],
    ['The harbour master urged skippers in the outer bay to stay in port until the storm passed.', null],
    // reckon, convince, consider take an object an infinitive completes too (review42)
    ['Harbour police reckoned the fire crews in the old dock district to save most of the warehouses.', null],
    [
      'The harbour master convinced the skippers in the outer bay to stay in port until the storm passed.',
      null,
    ],
    // a perfect infinitive tells what is held to have happened, never a purpose
    ['Investigators found the fire at the old depot likely to have started in a kitchen.', null],
    // "to have" with a noun phrase may be a purpose
    [
      'The crew worked through the night on Sunday to have the ferry ready for Monday.',
      'The crew worked through the night on Sunday',
    ],
    // "an attempt to reach" completes the noun: cutting there leaves "… in an attempt."
    ['Union leaders met the port owners on Monday in an attempt to reach a deal before the strike.', null],
    // the main clause would be too short to stand as a sentence
    ['Crews cleared the road as snow fell.', null],
  ];
  for (const [text, expected] of cases) {
    const [doc] = segmented([{ outlet: 'One', text }]);
    const tokens = doc?.sentences[0]?.tokens ?? [];
    const end = mainClauseEnd(tokens, doc?.article.text ?? '');
    const clause = end === null ? null : doc?.article.text.slice(0, (tokens[end - 1] ?? { end: 0 }).end);
    assert.equal(clause, expected, text);
  }
});

// An invented story: each outlet tells the trip with a detail the other does not, so neither whole
// sentence supports the other; the first one's main clause is what both state.
const TRIP = [
  {
    outlet: 'Vessmark Courier',
    text: 'Mayor Petra Lund flew to Ardmere on Monday alongside harbour chief Ivo Renn to press the port board for a deal on dredging.\n\nThe silted channel has kept large ships away since the winter.',
  },
  {
    outlet: 'Ardmere Post',
    text: 'Mayor Petra Lund and harbour chief Ivo Renn flew to Ardmere on Monday and met the port board for three hours.\n\nNo agreement was announced after the talks.',
  },
];

describe('a sentence told by its main clause when more outlets state the clause than the whole', () => {
  const { input, out } = summarized(TRIP, 60);

  test('the trip is told once, by the main clause, citing both outlets', () => {
    const trips = out.summary.filter((s) => /flew to Ardmere/.test(s.text));
    assert.equal(trips.length, 1, out.summary.map((s) => s.text).join(' | '));
    assert.equal(
      trips[0]?.text,
      'Mayor Petra Lund flew to Ardmere on Monday alongside harbour chief Ivo Renn.',
    );
    assert.deepEqual(trips[0]?.citations.map((e) => e.articleId).sort(), ['a1', 'a2']);
  });

  test('every cited supporter states the clause, with its day', () => {
    const pairs = out.summary.flatMap((s) =>
      s.citations.slice(1).map((e) => [s.citations[0] as Evidence, e] as const),
    );
    assert.ok(pairs.length > 0);
    assert.equal(checkCitations(input, pairs).share, 1);
  });
});

// An invented strike story (newuser21 #1): a preview gives the union's expectation, two reports after
// the strike give its count. Cut at "to join", the expectation read as a count the reports held
// ("more than 4,000" ⊂ 5,200), and the fragment took their citations and a report's place.
const DOCKS = [
  {
    title: 'Dockers to strike on Friday unless talks succeed',
    outlet: 'Gullport Gazette',
    publishedAt: '2027-05-05T09:00:00Z',
    text: 'Dockers across Vessmark will walk out on Friday unless talks on Thursday produce a better offer, their union said on Wednesday.\n\nThe National Federation of Dockers and Pilots (NFDP) said it expected more than 4,000 members to join the strike, and that well over 30 ships would be held in port.\n\nThe union is asking for a 7 percent rise.',
  },
  {
    title: 'Dockers strike as port talks collapse',
    outlet: 'Bay Wire',
    publishedAt: '2027-05-07T15:00:00Z',
    text: 'Thousands of dockers walked out across Vessmark on Friday after talks with the port board broke down on Thursday.\n\nThe National Federation of Dockers and Pilots (NFDP) put the number of members on strike at 5,200 and said 41 ships were held in port.\n\nThe port board said about 2,900 dockers had joined the strike.',
  },
  {
    title: 'Record dock strike',
    outlet: 'Orrin Ledger',
    publishedAt: '2027-05-08T08:00:00Z',
    text: "More than 5,000 dockers took part in Friday's strike, their union said.\n\nThe National Federation of Dockers and Pilots (NFDP) said 5,200 members struck and that 41 ships were held in port.\n\nThe union wants a 7 percent rise.",
  },
];

test('an expectation is not cut into a count and cited to the reports of what happened', () => {
  const { out } = summarized(DOCKS, 120);
  const all = out.summary
    .map((s) => `${s.text} ${s.citations.map((c) => c.articleId).join(',')}`)
    .join(' | ');
  for (const s of out.summary) {
    // told whole or not at all: never "… said it expected more than 4,000 members."
    assert.doesNotMatch(s.text, /expected more than 4,000 members\.$/, all);
    if (/expected/.test(s.text))
      assert.deepEqual(
        s.citations.map((c) => c.articleId),
        ['a1'],
        all,
      );
  }
  // the count is told as the reports give it, citing both
  const count = out.summary.find((s) => /5,200 members/.test(s.text));
  assert.deepEqual(count?.citations.map((c) => c.articleId).sort(), ['a2', 'a3'], all);
});
