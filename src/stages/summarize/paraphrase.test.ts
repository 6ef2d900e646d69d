import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toldInOtherWords } from './paraphrase.ts';
import { sentenceReader, summarized } from './test-story.ts';

const singles = (docs: readonly object[]) => {
  const { out, comparison } = summarized(docs, 60);
  return {
    listed: out.points.filter((p) => p.kind === 'single-source').map((p) => p.text),
    status: (re: RegExp) => comparison.facts.filter((f) => re.test(f.text)).map((f) => f.status),
  };
};

// Two invented outlets on one patrol: each tells the haul in its own words, one naming the cutter,
// the other "the cutter", so the support check reads other predicates and participants; the haul's
// words are common in the story, so its rarest terms are the first outlet's own ("total", "seized").
const HAUL = [
  {
    outlet: 'Harbor Ledger',
    text: 'The coast guard cutter Osprey stopped two fishing boats off Cape Morrow on Friday.\n\nThe officer said that the Osprey has seized a total of 17 rifles, 42 magazines and 860 rounds of ammunition during the four patrols it carried out there.\n\nA total of nine boats were seized and carried to Halvik last year.\n\nThe Osprey was built in Halvik in 1998 and refitted last spring.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'A coast guard cutter stopped two fishing boats off Cape Morrow on Friday, officials said.\n\nIn their four patrols so far, the crew on board the cutter have confiscated 17 rifles, 42 magazines and 860 rounds of ammunition, he said.\n\nRifles, magazines and rounds of ammunition are often found on such boats.\n\nFishermen in Morrow say the patrols have kept smugglers away from the harbour.',
  },
];

test('a fact whose counts another outlet tells alike, its doer named otherwise, is not one source’s', () => {
  const { listed, status } = singles(HAUL);
  assert.deepEqual(status(/has seized a total of 17 rifles/), ['single-source']);
  assert.deepEqual(
    listed.filter((t) => /17 rifles/.test(t)),
    [],
    listed.join(' | '),
  );
  // what one outlet alone tells stays listed
  assert.ok(
    listed.some((t) => /built in Halvik in 1998/.test(t)),
    listed.join(' | '),
  );
  assert.ok(
    listed.some((t) => /Fishermen in Morrow/.test(t)),
    listed.join(' | '),
  );
});

// One outlet names the lane in lower case (as its other sentence does) and gives the weekday, the other
// names it by its initials and title, without the day: the support check reads other participants,
// and the lane's words, rare in the story, are no terms of the other's.
const LANE = [
  {
    outlet: 'Harbor Ledger',
    text: 'The ferry Calla left Morrow with 40 passengers.\n\nThe ship was sailing through the northern shipping lane at dawn on Tuesday when officers on board spotted a group of three boats drifting toward the reef.\n\nThe Calla carries about 300 passengers on each crossing.\n\nPatrols on the northern shipping lane were doubled last year.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'The ferry Calla left Morrow early on Tuesday.\n\nThe ship was sailing through the NSL (Northern Shipping Lane) when, at dawn, her officers spotted a group of three unlit boats, drifting toward the reef.\n\nThe ferry company was sold to a Danish group in March.',
  },
];

test('a fact another outlet tells with its names in other case and without its weekday is not one source’s', () => {
  const { listed, status } = singles(LANE);
  assert.deepEqual(status(/northern shipping lane at dawn/), ['single-source']);
  assert.deepEqual(
    listed.filter((t) => /lane at dawn|Shipping Lane/.test(t)),
    [],
    listed.join(' | '),
  );
  assert.ok(
    listed.some((t) => /300 passengers/.test(t)),
    listed.join(' | '),
  );
  assert.ok(
    listed.some((t) => /sold to a Danish group/.test(t)),
    listed.join(' | '),
  );
});

// One outlet gives the boat's rank and spells its name one way, the other leaves the rank out and
// spells the name a letter apart (as a name written from another language often is).
const TOW = [
  {
    outlet: 'Harbor Ledger',
    text: 'Coast guard officers boarded two boats near the reef on Friday.\n\nThe larger boat, a trawler was identified as Marakesha, with the second smaller boat in tow.\n\nThe trawler’s crew of nine was taken to Halvik.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'Coast guard officers boarded two fishing boats near the reef on Friday.\n\nThe trawler, identified as bearing the name Marakasha, was towing a smaller skiff.\n\nThe owner of the boats could not be reached.',
  },
];

test('a fact another outlet tells without its rank and with a name spelled a letter apart is not one source’s', () => {
  const { listed, status } = singles(TOW);
  assert.deepEqual(status(/identified as Marakesha/), ['single-source']);
  assert.deepEqual(
    listed.filter((t) => /Marakesha|Marakasha/.test(t)),
    [],
    listed.join(' | '),
  );
  assert.ok(
    listed.some((t) => /crew of nine/.test(t)),
    listed.join(' | '),
  );
  assert.ok(
    listed.some((t) => /could not be reached/.test(t)),
    listed.join(' | '),
  );
});

// One outlet tells the haul in a long sentence with how many were caught, the other the haul alone:
// two counts told alike, the third figure one the other has nothing of.
const HAUL_ALONE = [
  {
    outlet: 'Harbor Ledger',
    text: 'Coast guard officers stopped five boats near the reef on Friday.\n\nWhile two of them escaped, the cutter intercepted the remaining three boats and, in a swift boarding action, caught 14 smugglers with nine rifles, 17 magazines and about 400 rounds of ammunition.\n\nThe cutter returned to Halvik on Sunday.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'Coast guard officers stopped boats near the reef on Friday.\n\nNine rifles, 17 magazines and 400 rounds of ammunition were seized from the boats.',
  },
];

test('a fact whose counts another outlet tells alike, with a figure it has nothing of, is not one source’s', () => {
  const { listed, status } = singles(HAUL_ALONE);
  assert.deepEqual(status(/caught 14 smugglers/), ['single-source']);
  assert.deepEqual(
    listed.filter((t) => /14 smugglers/.test(t)),
    [],
    listed.join(' | '),
  );
  assert.ok(
    listed.some((t) => /returned to Halvik/.test(t)),
    listed.join(' | '),
  );
});

// Two outlets give the pilots' ages, each telling another thing they did: ages tell no event.
const AGES = [
  {
    outlet: 'Harbor Ledger',
    text: 'A small plane made an emergency landing at Morrow airfield on Friday.\n\nThe 27-year-old pilot and her 20-year-old co-pilot completed a training flight over Halvik in May.\n\nNeither the pilot nor the co-pilot, old hands of many years, was hurt.\n\nThe airfield was closed for two hours.',
  },
  {
    outlet: 'Morrow Gazette',
    text: "A small plane landed safely at Morrow airfield on Friday after losing an engine.\n\nThe 27-year-old pilot and the 20-year-old co-pilot were praised by firefighters for bringing the crippled plane down.\n\nThe pilot, the co-pilot and their old instructor met the mayor.\n\nThe plane's owner said it would be repaired.",
  },
];

test('two ages told alike do not make another outlet tell a fact', () => {
  const { listed } = singles(AGES);
  assert.ok(
    listed.some((t) => /completed a training flight/.test(t)),
    listed.join(' | '),
  );
});

// One outlet tells a setback with a verb, the other with a light verb inside the coach's quotation;
// one outlet's short state of another man ("is out as head coach"), the other his new job in nearly
// the same words.
const SETBACK = [
  {
    outlet: 'Harbor Ledger',
    text: 'The Morrow Gulls lost to the Halvik Storm on Sunday without winger Tomas Brill.\n\nCoach Dario Venn said Brill suffered a setback in practice last week.\n\nFormer coach Elam Dusk is out as Halvik Storm head coach.\n\nThe Gulls play again in Vessmark on Friday.',
  },
  {
    outlet: 'Morrow Gazette',
    text: 'The Halvik Storm beat the Morrow Gulls on Sunday, with winger Tomas Brill missing.\n\n“With Tomas, last week during practice he had a setback,” head coach Dario Venn said.\n\nElam Dusk arrives in Halvik as Storm head coach after three seasons in Vessmark.\n\nTickets for the next game sold out in an hour.',
  },
];

test('another outlet that tells nearly all of a fact’s words by a light verb tells it in other words', () => {
  const { read, idf } = sentenceReader(SETBACK);
  assert.equal(toldInOtherWords(read('suffered a setback'), read('he had a setback'), idf), true);
  // a verb of an event the fact does not tell ("arrives"), in nearly its words: another fact
  assert.equal(toldInOtherWords(read('is out as Halvik'), read('Elam Dusk arrives'), idf), false);
});
