import { describe } from 'node:test';
import { testVerdicts, type VerdictCase } from './verdict-of.ts';

// Invented sentences: two lists of one inventory, one item of which is counted otherwise.
const CASES: readonly VerdictCase[] = [
  [
    'the rest of one list, counted otherwise',
    'The officers boarded the trawler and seized seven shotguns, two other rifles and 13 boxes of shells from the 12 smugglers on board.',
    'The cache of arms on the trawler included seven shotguns, 13 boxes of shells and three other rifles.',
    'contradicts',
  ],
  [
    'a part and the rest against another total (was contradicts; now related: no name or date on both sides: not surely one haul)',
    'The officers boarded the trawler and seized seven shotguns, two other guns and 13 boxes of shells from the 12 smugglers on board.',
    'Eleven guns, 13 boxes of shells and a radio were found on the trawler, the coastguard said.',
    'related',
  ],
  [
    'a total against a part and the rest (was contradicts; now related: no name or date on both sides: not surely one haul)',
    'Eleven guns, 13 boxes of shells and a radio were found on the trawler, the coastguard said.',
    'The officers boarded the trawler and seized seven shotguns, two other guns and 13 boxes of shells from the 12 smugglers on board.',
    'related',
  ],
  [
    'the named part on both sides, and the rest told right after it on one (was contradicts; now related: no name or date on both sides: not surely one haul)',
    'The officers boarded the trawler and seized seven shotguns, two other rifles, a radio and 13 boxes of shells from the 12 smugglers on board.',
    'The coastguard said the seized cache included seven shotguns, three pistols and a radio.',
    'related',
  ],
  [
    'an item further down the other list is not the rest',
    'The officers boarded the trawler and seized seven shotguns, two other rifles, a radio and 13 boxes of shells from the 12 smugglers on board.',
    'The coastguard said the seized cache included seven shotguns, a radio, three speedboats and flares.',
    'not contradicts',
  ],
  [
    'a list that sums to the other total agrees',
    'The officers boarded the trawler and seized seven shotguns, two other guns and 13 boxes of shells from the 12 smugglers on board.',
    'Nine guns, 13 boxes of shells and a radio were found on the trawler, the coastguard said.',
    'not contradicts',
  ],
  [
    'a list and its sum, told by one verb',
    'Customs officers seized seven shotguns, two other guns and 13 boxes of shells from the trawler.',
    'Customs officers seized nine guns and 13 boxes of shells from the trawler.',
    'not contradicts',
  ],
  [
    'the rest told alike',
    'Customs officers seized seven shotguns, three other rifles and 13 boxes of shells from the trawler.',
    'The seized weapons included seven shotguns, three other automatic weapons and 13 boxes of shells.',
    'not contradicts',
  ],
  [
    'two parts joined by "and" and their sum are one count',
    'Police in Vessmark arrested 23 smugglers on Sunday.',
    'Police in Vessmark arrested 12 Estonian and 11 Latvian smugglers on Sunday.',
    'not contradicts',
  ],
  [
    'the sum told first, its parts after',
    'Police in Vessmark arrested 12 men and 11 women on Sunday.',
    'Police in Vessmark arrested 23 people on Sunday.',
    'not contradicts',
  ],
  [
    'two parts joined by "and" that sum to another total',
    'Police in Vessmark arrested 24 smugglers on Sunday.',
    'Police in Vessmark arrested 12 Estonian and 11 Latvian smugglers on Sunday.',
    'contradicts',
  ],
  [
    'two counts told by two verbs are no parts of one',
    'Police in Vessmark killed 12 and wounded 11 smugglers on Sunday.',
    'Police in Vessmark killed 23 smugglers on Sunday.',
    'contradicts',
  ],
  [
    'two lists without a common item are two counts',
    'Customs officers seized six shotguns, two other rifles and 12 boxes of shells from the trawler.',
    'Customs officers have seized 14 shotguns, three other rifles and 31 boxes of shells this year.',
    'not contradicts',
  ],
];

describe('inventories', () => {
  testVerdicts(CASES);
});
