import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { segment } from '../segment/index.ts';
import { buildCandidates } from './candidates.ts';
import { summarize } from './index.ts';
import { withoutDateline } from './repair.ts';
import { lastCandidate } from './test-story.ts';
import { contestedMatcher } from './text.ts';

const last = (text: string) => lastCandidate('Ferry strike in Orvik', text);

describe('which sentences may be told in the summary', () => {
  // [sentence, eligible, eligible when no sentence is]
  const cases: [string, boolean, boolean][] = [
    ['Ferry crews in Orvik ended a nine-day strike on Wednesday after a pay deal.', true, true],
    ['Last month, I joined about 300 other commuters on the slow bus around the bay.', false, false],
    ['Our reporters counted twelve empty ferries in the harbour on Monday morning.', false, false],
    // a party label is not the writer's "I"
    ['The ferry subsidy was opposed by Sen. Tove Lund (I-Nd.) and two other senators.', true, true],
    ['The vote in the US Senate on the ferry subsidy was delayed until next week.', true, true],
    ['The union, led by its chair Tove Lund (S-Orvik.', false, false],
    ['Late on Sunday, the mayor wrote on X: “The Orvik ferry is closed until further notice.', false, false],
    // a quotation opened by a curly mark and closed by a straight one (or the other way) is whole
    ['The mayor said on Sunday that the Orvik ferry was “closed until further notice."', true, true],
    ['The mayor said on Sunday that the Orvik ferry was "closed until further notice.”', true, true],
    ['The mayor said on Sunday that the Orvik ferry was “closed until” further "notice.', false, false],
    ['“We will not go back to work for less than we earned in 2030, not one day.”', false, false],
    ['“We will not go back for less than we earned in 2030,” union chair Tove Lund said.', true, true],
    ['The illegal walkout stranded thousands of commuters across Orvik for nine days.', false, true],
    ['A surge of migrants waited for the first Orvik ferry on Monday morning.', false, true],
    // a term with a plain sense too is contested only in its contested one, as framing counts it
    [
      'Orvik hospital admitted forty patients on Monday as a third wave of infections reached it.',
      true,
      true,
    ],
    ['The ferry company blamed a flood of cancellations on the nine-day strike in Orvik.', true, true],
    ['A surge of commuters waited for the first Orvik ferry on Monday morning.', true, true],
    ['Union leaders slam the Orvik ferry company as the strike enters its ninth day.', false, true],
    ['The blast shook the Orvik ferry terminal shortly before the first sailing on Monday.', true, true],
    ['The announcement followed a four-hour meeting between the union and the ferry company.', false, false],
    ['The surprise move comes as ferry crews in Orvik prepare for a second week on strike.', false, false],
    [
      'The move by the ferry company comes as crews in Orvik prepare for a second week on strike.',
      true,
      true,
    ],
    // the outlet's verdict or advice, told only when nothing else may be
    ['The good news is that the ferry company has agreed to pay the crews for the strike.', false, true],
    ['The problem is that nobody in Orvik knows when the next ferry will leave the harbour.', false, true],
    ['Facing a second strike, the ferry company should listen to its crews in Orvik this time.', false, true],
    ['The union argued that the ferry company should pay the crews for the nine days.', true, true],
    ['The ferries should sail again by Monday morning, the operator told commuters in Orvik.', true, true],
    ['The ferries should sail again by Monday morning, according to the operator in Orvik.', true, true],
    ['“The company should pay us for every day,” union chair Tove Lund said on Wednesday.', true, true],
    // a word judging a person, body or event in the outlet's own voice: a name given as what someone is,
    // a verdict, a quality; or a pause for effect before a punch line
    ['Union chair Tove Lund is a career liar, and the strike in Orvik proves it again.', false, true],
    ['The ferry talks in Orvik are quickly becoming a clown show for the whole island.', false, true],
    ['The ferry company wants to cut the crews’ pay in Orvik for the strike … again.', false, true],
    ['The ferry company hid its sinister plans for the Orvik crossing from the crews.', false, true],
    // told of someone, named by someone else, or cut short: no judgement of the outlet's
    ['A crook stole the ticket machine at the Orvik ferry terminal on Monday night.', true, true],
    ['Union chair Tove Lund called the ferry company’s offer a sham on Wednesday in Orvik.', true, true],
    ['The pay deal was dismissed by the crews as a sham, and the strike went on in Orvik.', true, true],
    ['The ferry company’s director resigned in disgrace after the strike in Orvik ended.', true, true],
    ['The crews waited at the pier … and the first ferry left Orvik at noon on Monday.', true, true],
    // a call to the reader, and a clause with no main clause
    ['Watch the full interview with union chair Tove Lund on the Orvik strike (video).', false, false],
    ['Because the strike cut the island off and stranded thousands of commuters for days.', false, false],
    ['Because of the strike, thousands of commuters in Orvik were stranded for nine days.', true, true],
  ];
  for (const [sentence, eligible, fallback] of cases)
    test(sentence, () => {
      const c = last(`The strike in Orvik is over. ${sentence}`);
      assert.equal(c?.text, sentence);
      assert.deepEqual([c?.eligible, c?.fallback], [eligible, fallback]);
    });
});

test("a wire dateline's agency is not boilerplate: the sentence after it may be told", () => {
  const c = last('ORVIK (AP) — Ferry crews in Orvik ended a nine-day strike on Wednesday after a pay deal.');
  assert.equal(
    c?.standalone?.text,
    'Ferry crews in Orvik ended a nine-day strike on Wednesday after a pay deal.',
  );
  assert.equal(c?.eligible, true);
});

describe('datelines and kicker labels are dropped from the opening', () => {
  const cases: [string, string][] = [
    ['ORVIK (AP) — Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['ORVIK, Norland — Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['PORT ELLA, Nd. – Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['ORVIK, March 4 (NNS) — Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['ORVIK, Norland, 4 March - Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['(Reuters) Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['Why it matters: Ferry crews ended their strike.', 'Ferry crews ended their strike.'],
    ['NATO ministers met on Friday.', 'NATO ministers met on Friday.'],
    ['Orvik-Ella talks — a new round — began.', 'Orvik-Ella talks — a new round — began.'],
    ['He offered this line: We are back.', 'He offered this line: We are back.'],
  ];
  for (const [text, expected] of cases) test(text, () => assert.equal(withoutDateline(text), expected));

  test('a candidate shows the sentence without its dateline', () => {
    const c = last('ORVIK (AP) — Ferry crews in Orvik ended a nine-day strike on Wednesday.');
    assert.equal(c?.standalone?.text, 'Ferry crews in Orvik ended a nine-day strike on Wednesday.');
  });
});

test('when every sentence has a contested term, the summary falls back to them rather than say nothing', () => {
  const ctx = createContext();
  const text =
    'A surge of commuters waited for the first Orvik ferry on Monday morning.\n\nThe surge of riders lasted until the crews returned to work on Tuesday.';
  const bytes = new TextEncoder().encode(JSON.stringify({ title: 'Orvik ferries', text }));
  const articles = readArticles([{ path: 'one.json', bytes }], {}, ctx).map((a) => segment()(a, ctx));
  const input = {
    story: { id: 's1', title: '', articleIds: ['a1'], keywords: [], topicId: 't1' },
    articles,
    entities: [],
    quotes: [],
    figures: [],
    facts: [],
    conflicts: [],
    omissions: {},
    quoteMatrix: [],
    framing: null,
  };
  const out = summarize({ words: 40 })(input, ctx);
  assert.ok(out.summary.length > 0);
  assert.match(out.summary[0]?.text ?? '', /^A surge of commuters/);
});

test('a sentence the segmenter cut at an abbreviation is told whole, joined with its lower-case rest', () => {
  const ctx = createContext();
  const text =
    'The levy passed. The vote came as harbour chair Tove Lund, S-Orv. said the levy was too high for small boats.';
  const bytes = new TextEncoder().encode(JSON.stringify({ title: 'Orvik levy', text }));
  const [doc] = readArticles([{ path: 'one.json', bytes }], {}, ctx).map((a) => segment()(a, ctx));
  assert.ok(doc);
  assert.equal(
    doc.sentences.length,
    3,
    'the segmenter splits after "S-Orv."; if it no longer does, drop this test',
  );
  const candidates = buildCandidates([doc], { entities: [], findContested: contestedMatcher([]) });
  assert.deepEqual(
    candidates.map((c) => [c.text, c.eligible]),
    [
      ['The levy passed.', false],
      ['The vote came as harbour chair Tove Lund, S-Orv. said the levy was too high for small boats.', true],
    ],
  );
  const joined = candidates[1];
  assert.equal(joined?.evidence.span.end, text.length);
  assert.equal(joined?.tokens.at(-2)?.text, 'boats');
});

test('a sentence of a short excerpt is counted as near the top of the news, as in a longer article', () => {
  const ctx = createContext();
  const short =
    'Ferry crews in Orvik ended their strike on Wednesday. The union accepted a pay offer. Ferries sail again on Monday.';
  const long = Array.from(
    { length: 9 },
    (_, i) => `The Orvik ferry number ${i + 1} sailed again on Monday.`,
  ).join(' ');
  const docs = [short, long].map((text, i) => {
    const bytes = new TextEncoder().encode(JSON.stringify({ title: 'Orvik ferries', text }));
    const [doc] = readArticles([{ path: `${i}.json`, bytes }], {}, ctx).map((a) => segment()(a, ctx));
    assert.ok(doc);
    return doc;
  });
  const candidates = buildCandidates(docs, { entities: [], findContested: contestedMatcher([]) });
  const leads = (order: number) => candidates.filter((c) => c.order === order).map((c) => c.lead);
  // counted over at least four sentences: the last of three is half way down, not at the bottom
  assert.deepEqual(leads(0), [0, 0.25, 0.5]);
  assert.deepEqual(leads(1), [0, 0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1]);
});
