// Who a figure is told by: the source of its sentence, and where what that source reports ends.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { figures, find } from './test-kit.ts';

test('figures: a source followed by what it reports covers the figures from its name on, not those before it', () => {
  const list = figures(
    'At least four ferry piers have reportedly closed, and on Monday, the port authority announced it would shut two slipways.',
    'About 300 boats were stranded, the harbour master said on Tuesday.',
  );
  assert.equal(find(list, 'At least four ferry piers').attributedTo, null);
  assert.equal(find(list, 'two slipways').attributedTo, 'port authority');
  // told before its source, with nothing reported after it: the source covers the whole sentence
  assert.equal(find(list, 'About 300 boats').attributedTo, 'harbour master');
});

test('figures: what a speaker reports ends where the narrator tells when ("…, a day after …")', () => {
  const list = figures(
    'The port authority said 40 cranes would stay idle, a day after the union ordered a three-day strike.',
  );
  assert.equal(find(list, '40 cranes').attributedTo, 'port authority');
  assert.equal(find(list, 'three-day strike').attributedTo, null);
});

test("figures: a figure of the speaker's own phrase is told of it, not by it", () => {
  const list = figures('Some 300 residents said the plant had 20 leaks.');
  assert.equal(find(list, 'Some 300 residents').attributedTo, null);
  assert.equal(find(list, '20 leaks').attributedTo, '300 residents');
});

test('figures: the subject of a passive cue is told of, and is no source ("a raid described by …")', () => {
  const list = figures(
    'Thieves took gems worth 85 million euros from a shop during a raid described by local papers as the boldest yet.',
  );
  assert.equal(find(list, '85 million euros').attributedTo, null);
});

test('figures: what a source reports in a clause that opens the sentence ends at its comma', () => {
  const list = figures(
    'In the first vote since the mayor announced the plan, the 12 councillors were united.',
    'Since Ann Lee said 50 homes were lost, the town has rebuilt.',
    'The bridge shut after engineers say two girders, 40 and 60 feet long, cracked.',
  );
  assert.equal(find(list, '12 councillors').attributedTo, null);
  assert.equal(find(list, '50 homes').attributedTo, 'Ann Lee');
  // a clause after the main verb is no opening one: its report runs on past the comma
  assert.equal(find(list, '60 feet').attributedTo, 'engineers');
});

test('figures: a speaker inside a relative clause reports that clause, not the figures before it', () => {
  const list = figures(
    'In 1985 a crackdown indicted 12 top officials, but not Hale, who some experts said was the real leader.',
    'Hale, who officials said ran 300 men, died on Monday.',
  );
  assert.equal(find(list, '12 top officials').attributedTo, null);
  assert.equal(find(list, '300 men').attributedTo, 'officials');
});

test('figures: a source across an aside or an adverb reports what follows its cue, not its aside', () => {
  const list = figures(
    'Ann Lind, who runs 12 ferries, said 40 boats were stranded.',
    'Tom Reyes arrived first. The harbour master also said that 300 crates were lost. Houses in two streets were also reported flooded, he added.',
  );
  assert.equal(find(list, '40 boats').attributedTo, 'Ann Lind');
  assert.equal(find(list, '12 ferries').attributedTo, null);
  assert.equal(find(list, '300 crates').attributedTo, 'harbour master');
  // a passive cue after the adverb has no source of its own: the next cue's speaker tells it
  assert.equal(find(list, 'two streets').attributedTo, 'Tom Reyes');
});

test('figures: "quoted … as saying" gives the one quoted, not the channel', () => {
  const list = figures(
    'The Courier quoted the harbour master, Tom Reyes, as saying the crane had 12 cracks.',
    'A storm hit the port, killing 10 people, port officials were quoted by the radio as saying.',
  );
  assert.equal(find(list, '12 cracks').attributedTo, 'Tom Reyes');
  assert.equal(find(list, '10 people').attributedTo, 'port officials');
});

test('figures: "add" before a quantity adds it and names no source; before a clause it reports', () => {
  const list = figures('The port added 300 sailings in June.', 'Ann Lind added 40 boats had sunk.');
  assert.equal(find(list, '300 sailings').attributedTo, null);
  assert.equal(find(list, '40 boats').attributedTo, 'Ann Lind');
});

test('figures: a speaker after the cue that follows the words tells them, a hearer does not', () => {
  const list = figures(
    '"It lasted around 30 seconds," said Ann Lind.',
    'About 300 boats were stranded, said Tom Reyes, the harbour master.',
    'Lee signed a five-year deal, his agent, Bo Chan, told ESPN.',
  );
  assert.equal(find(list, 'around 30 seconds').attributedTo, 'Ann Lind');
  assert.equal(find(list, 'About 300 boats').attributedTo, 'Tom Reyes');
  assert.notEqual(find(list, 'five-year deal').attributedTo, 'ESPN');
});

test("figures: a semicolon ends a source's clause, and who 'puts the figure at' a number gives it", () => {
  const list = figures(
    'The ferry company says 300 crew are on strike; the seamen’s union puts the number at 450.',
    'The harbour board said 12 cranes were idle; 40 ships waited offshore.',
  );
  assert.equal(find(list, '300 crew').attributedTo, 'ferry company');
  assert.equal(find(list, '450').attributedTo, 'seamen’s union');
  // a clause after the semicolon with no source of its own is not the first clause's speaker's
  assert.equal(find(list, '12 cranes').attributedTo, 'harbour board');
  assert.equal(find(list, '40 ships').attributedTo, null);
});

test('figures: a source told after all it reports, ending the sentence, tells the clauses before a semicolon', () => {
  const list = figures(
    'About 300 crew walked out on Monday; 40 more joined on Tuesday, the seamen’s union said.',
    'The ferry company says 320 crew are on strike; 450 walked out, the seamen’s union said.',
  );
  assert.equal(find(list, 'About 300 crew').attributedTo, 'seamen’s union');
  assert.equal(find(list, '40').attributedTo, 'seamen’s union');
  // a clause with a source of its own keeps it
  assert.equal(find(list, '320 crew').attributedTo, 'ferry company');
  assert.equal(find(list, '450').attributedTo, 'seamen’s union');
});

// newuser18 finding 6: "…, worth 2.4 billion crowns, went to … after a review critics said favoured the
// bidder" gave the figure the source "review critics". Invented texts.
test('figures: a speaker inside a clause a subordinator opens is no source of the figures before it', () => {
  const list = figures(
    'The Kessing ferry contract, worth 40 million crowns, went to Ardle Lines in June after a review critics said favoured the bidder.',
    'The river rose to 6 metres after police said the dam was safe.',
    'Police said 40 homes flooded after the storm.',
    'The pier closed after the harbour master said 12 boats had sunk.',
  );
  assert.equal(find(list, '40 million crowns').attributedTo, null);
  assert.equal(find(list, '6 metres').attributedTo, null);
  // the speaker of the main clause, and one that speaks in the subordinate clause holding the figure, stay
  assert.equal(find(list, '40 homes').attributedTo, 'Police');
  assert.equal(find(list, '12 boats').attributedTo, 'harbour master');
});

// newuser21 #5: ", while the union put the number at 9,000" has a source of its own. Invented text.
test("figures: a contrasting clause with a source of its own ends the first speaker's clause", () => {
  const list = figures(
    'The harbour board said about 300 crew had walked out, while the seamen’s union put the number at 450.',
    'The harbour board said 12 cranes were idle, while 40 ships waited offshore.',
  );
  assert.equal(find(list, 'about 300 crew').attributedTo, 'harbour board');
  assert.equal(find(list, '450').attributedTo, 'seamen’s union');
  // a contrasting clause with no source of its own is still the speaker's
  assert.equal(find(list, '40 ships').attributedTo, 'harbour board');
});

// newuser21 #5: "put the figure at" refers back to the last count, whose counted thing is not read here,
// not to an earlier count of another thing. Invented text.
test('figures: a count referring back takes no counted thing from a count before the last one', () => {
  const list = figures(
    'The strike closed about 40 schools in Hollin. The union said 900 of its members took part. The council put the figure at about 600.',
  );
  assert.notEqual(find(list, 'about 600').counts, 'schools');
});

// newuser21 #5: "put the number of members on strike at 61,000" gives its source too. Invented text.
test("figures: who 'puts the number of …' at a figure gives it", () => {
  const list = figures('The seamen’s union put the number of crew on strike at 450.');
  assert.equal(find(list, '450').attributedTo, 'seamen’s union');
});

test('figures: the speaker of a relative clause without "that" reports that clause only (newuser24 #6)', () => {
  const list = figures(
    'The Tolmere bank cut its rate by 25 basis points to 3.5 per cent, a move local economists say opens the way for two more cuts.',
    'A blast officials said killed 12 people shut the port.',
  );
  // the cut and the rate are the outlet's own statement; the economists are no "move local economists"
  assert.equal(find(list, '25 basis points').attributedTo, null);
  assert.equal(find(list, '3.5 per cent').attributedTo, null);
  assert.equal(find(list, 'two more cuts').attributedTo, 'local economists');
  assert.equal(find(list, '12 people').attributedTo, 'officials');
});

test("figures: an article's source of a figure is its first telling's: a value it states itself first rests on none", () => {
  const [cut] = figures(
    'The Tolmere bank cut its rate by 25 basis points. Analysts at Corvale Bank said they expect two more cuts of 25 basis points each.',
  ).filter((f) => f.value === 0.25);
  assert.equal(cut?.attributedTo, null);
  // each telling keeps its own source, which the compare stage reads per sentence
  assert.deepEqual(
    cut?.tellings?.map((t) => t.attributedTo),
    [null, 'Analysts at Corvale Bank'],
  );
  // told first by its source, the figure is that source's though the article says it again
  const [crowd] = figures(
    'About 4,000 people marched on Sunday, police said. The 4,000 people walked to the harbour.',
  ).filter((f) => f.value === 4000);
  assert.equal(crowd?.attributedTo, 'police');
});
