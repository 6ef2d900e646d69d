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
