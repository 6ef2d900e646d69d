import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { judgementOf } from './verdict-of.ts';

// Invented pairs: one name of the claim's, and another in its place in the candidate, between the
// same words (found by bench/support-metamorphic.ts: a participant swapped in the evidence sentence
// was still judged a support when the claim named several others the candidate kept).
const NOT: [string, string, string][] = [
  // session 34: the claim's name told in the candidate only as who reports it, a title both hold (fail before)
  [
    'the claim\'s company named in the candidate only as who reports it ("Vessco said … complement Vessco\'s")',
    "Vessco said Ardent's skills in cooling complement Vessco's data services and power products.",
    "Vessco said Ardent's skills in cooling complement Brill's data services and power products.",
  ],
  [
    'another person after the same title ("Dr. Benn" / "Dr. Ivo Marsh": a title both hold is no name)',
    '"Dr. Benn\'s most important skill for the post is her care for her patients."',
    '"Dr. Ivo Marsh\'s most important skill for the post is her care for her patients."',
  ],
  [
    'the same, the claim naming no source ("Vessco says that … complement Brill\'s")',
    "Ardent's skills in cooling complement Vessco's data services and power products.",
    "Vessco says that Ardent's skills in cooling complement Brill's data services and power products.",
  ],
  [
    "another company in the place of the claim's (the other names kept)",
    "Ardent Labs' design tools complement Vessco's data centre services and cooling products, the Velden firm said.",
    "Ardent Labs' design tools complement Brightwell's data centre services and cooling products, the Velden firm said.",
  ],
  [
    'another sea in the place of the claim\'s ("transiting the Gulf of Vell on Friday")',
    'A Valdorian warship foiled a pirate attack on ships transiting the Gulf of Vell on Friday, capturing 26 men.',
    'A Valdorian warship foiled a pirate attack on ships transiting the Ostland Straits on Friday, capturing 26 men.',
  ],
  [
    'another town between the same words',
    'The Velden players will tour Ostmark and Brandtberg on Monday.',
    'The Velden players will tour Ostmark and Kesselholm on Monday.',
  ],
  [
    "another person in a quotation's place (a quotation's names are no speaker's)",
    '"We are thrilled to have Dana Oren host the Velden awards," producers Ivo Brand and Mara Lind said.',
    '"We are thrilled to have Tova Rask host the Velden awards," producers Ivo Brand and Mara Lind said.',
  ],
  [
    "another country's people in the place of the claim's",
    'The American navy escorted five ships through the Gulf of Vell on Friday.',
    'The French navy escorted five ships through the Gulf of Vell on Friday.',
  ],
  // session 33 (the audit's other participants still ✓): each fails before (written anew by
  // review33-A: the rows first committed were dev sentences with their names changed)
  [
    'one of two names joined by "and" (the two are two names, not one)',
    'The smugglers came from Ostland and Velmark, two states on the shore of Lake Orrin.',
    'The smugglers came from Zorbland and Velmark, two states beside Lake Orrin, Holm said.',
  ],
  [
    'the last name of the clause (its closing point is no part of the name)',
    'Based in Velden, Tolvey Foods employs 120 people at four sites in Ostland, Brask and the UK.',
    'Based in Velden, Tolvey Foods employs 120 people at four sites in Ostland, Brask and the Zorbland.',
  ],
  [
    'a name after a common word that opens a quotation ("“Buying …")',
    '“Buying Kessel Bakery Works lets Tolvey Foods sell its bread in every town of the valley.”',
    '“Buying Zorb Stock Picks lets Tolvey Foods sell its bread in every town of the valley.”',
  ],
  [
    'a name one of whose words the claim has as a common word ("Velden Grain Works" / "grain crops")',
    'By buying Kessel Mills, Tolvey Foods will be better able to help Brask farmers sell their grain crops and cut transport costs in Ostland.',
    'By buying Kessel Mills, Velden Grain Works will be better able to help Brask farmers sell their grain crops and cut transport costs in Ostland.',
  ],
  [
    'the same words up to a word of content ("… Channel in the Gulf of Vell" / "… Channel in the Zorbland")',
    'The coastguard cutter Orla Vane was guiding the three fishing boats through the Narrow Channel in the Gulf of Vell on Thursday morning when the crew saw the storm.',
    'The coastguard cutter Orla Vane was guiding the three fishing boats through the Narrow Channel in the Zorbland Thursday morning when the crew saw the storm.',
  ],
  [
    'a subject that "continues to add to" something is no one reporting',
    'Tarrow Mobile continues to add to its growing range of budget phones with the new Vessco Q10 from Ardent.',
    'Zorbland continues to add to its growing range of budget phones with the new Vessco Q10 from Ardent.',
  ],
];

const YES: [string, string, string][] = [
  [
    'the same person named in full after the title ("Dr. Benn" / "Dr. Ada Benn")',
    '"Dr. Benn\'s most important skill for the post is her care for her patients."',
    '"Dr. Ada Benn\'s most important skill for the post is her care for her patients."',
  ],
  [
    'the source names the claim\'s company, which takes part too ("… complement Vessco\'s")',
    "Ardent's skills in cooling complement Vessco's data services and power products.",
    "Vessco says that Ardent's skills in cooling complement Vessco's data services and power products.",
  ],
  [
    'a name written short is the same name ("UK" / "United Kingdom")',
    'Tolvey Foods sells its bread in 120 shops across the UK.',
    'Tolvey Foods sells its bread in 120 shops across the United Kingdom.',
  ],
  [
    'a name spelt another way is the same name ("Brandtberg" / "Brandtburg")',
    'The Velden players will tour Ostmark and Brandtberg on Monday.',
    'The Velden players will tour Ostmark and Brandtburg on Monday.',
  ],
  [
    'a country told by its people\'s word is its name ("the US navy" / "the American navy"; fails before)',
    'The American navy escorted five ships through the Gulf of Vell on Friday.',
    'The US navy escorted five ships through the Gulf of Vell on Friday.',
  ],
];

describe("another name in the place of the claim's", () => {
  for (const [name, claim, evidence] of NOT)
    test(`not a support: ${name}`, () => {
      const j = judgementOf(claim, evidence);
      assert.notEqual(j.verdict, 'supports', j.reason);
    });
  for (const [name, claim, evidence] of YES)
    test(`still a support: ${name}`, () => {
      const j = judgementOf(claim, evidence);
      assert.equal(j.verdict, 'supports', j.reason);
    });
});
