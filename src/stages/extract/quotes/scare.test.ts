import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContext } from '../../../model/index.ts';
import { scareQuotes } from '../../compare/framing/scare.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

// [sentence, the quote listed with its speaker (null: no quote), whether framing lists it as a scare quote]
const CASES: [string, { text: string; speaker: string } | null, boolean][] = [
  ['Governor Tamsin Orrell has sent 900 migrants to so-called “sanctuary cities” in the north.', null, true],
  ['The “caravan” reached Pellworth on Monday, officials in Pellworth counted.', null, true],
  ['Governor Tamsin Orrell backs the “Clean Harbour” levy.', null, true],
  // a noun that could be a speech verb ("state", "report") is no cue
  ['The state’s “sanctuary” law took effect after the report on Monday.', null, true],
  // newuser16 #18: what a crowd chants is the crowd's quote, not the outlet's framing
  [
    'Protesters chanted “Books not budgets” outside the town hall.',
    { text: 'Books not budgets', speaker: 'Protesters' },
    false,
  ],
  [
    'Mayor Ines Varga called it “a very productive meeting” on Tuesday.',
    { text: 'a very productive meeting', speaker: 'Ines Varga' },
    false,
  ],
  [
    'Councillor Ruth Abney said the plan was “dead on arrival” before the vote.',
    { text: 'dead on arrival', speaker: 'Ruth Abney' },
    false,
  ],
  [
    'The talks were “frank and useful,” according to Mayor Ines Varga.',
    { text: 'frank and useful', speaker: 'Ines Varga' },
    false,
  ],
  [
    'Senator Ruth Abney has attacked Governor Tamsin Orrell as a “ferry wrecker” for months.',
    { text: 'ferry wrecker', speaker: 'Ruth Abney' },
    false,
  ],
  // a cue's participle with a doubled consonant is a cue too
  [
    'Senator Ruth Abney, despite admitting her doubts about “toll creep”, voted for the levy.',
    { text: 'toll creep', speaker: 'Ruth Abney' },
    false,
  ],
  // "so-called" in a clause of the outlet's own after another quote's attribution: framing
  [
    '“We cannot leave anyone at the depot,” said Mayor Ines Varga, who backed the so-called “humanitarian” plan.',
    { text: 'We cannot leave anyone at the depot', speaker: 'Ines Varga' },
    true,
  ],
  // "so-called" in the clause of a speech verb: the speaker's words
  [
    'Councillor Ruth Abney said the so-called “experts” had misread the tide tables.',
    { text: 'experts', speaker: 'Ruth Abney' },
    false,
  ],
  // a capitalised article opening title-cased words mid-sentence names a work: no one's framing
  ['Thieves took Edda Lorne’s “The Salt Harvest” from the Kelvane gallery overnight.', null, false],
  ['The painting, “A Night at Pellory Mill”, was found in a van on Monday.', null, false],
  // newuser21 #3: a phrase in a relative clause of the outlet's own; the main clause's cue tells what
  // its subject said, not the phrase (no quote, no speaker "offer of a 2 percent rise")
  [
    'The Dunmore Health Board, which has stood by its “fair” offer of a 2 percent rise, claimed only 900 nurses took part.',
    null,
    true,
  ],
  // a cue inside the relative clause still gives the phrase its speaker
  [
    'Mayor Ines Varga, who called the talks a “very productive meeting”, left early.',
    { text: 'very productive meeting', speaker: 'Ines Varga' },
    false,
  ],
  // quoted words that run straight into a common noun modify it: that noun is no speaker
  [
    'The board’s “generous” offer of a 2 percent rise, union leader Pia Marsh said, was an insult.',
    { text: 'generous', speaker: 'Pia Marsh' },
    false,
  ],
  // a statement (a verb, a full stop) is a quote even when short
  ['“We will rebuild,” Mayor Ines Varga said.', { text: 'We will rebuild', speaker: 'Ines Varga' }, false],
];

for (const [sentence, quote, scare] of CASES)
  test(`scare quote or quote: ${sentence}`, () => {
    const input = storyFromTexts([{ id: 'a1', text: sentence }]);
    const quotes = extract()(input, createContext()).quotes.filter((q) => q.kind !== 'indirect');
    assert.deepEqual(
      quotes.map((q) => ({ text: q.text.replace(/[,.]$/, ''), speaker: q.speaker?.name ?? '' })),
      quote ? [quote] : [],
    );
    const listed = scareQuotes(input.articles[0] as (typeof input.articles)[number]);
    assert.equal(listed.length, scare ? 1 : 0);
    for (const s of listed) assert.equal(s.text, sentence.slice(s.evidence.span.start, s.evidence.span.end));
  });
