import { type IndirectCase, testIndirectCases } from '../indirect/fixtures/indirect-cases.ts';

/** The object of a relative clause's verb is not the subject of the cue after it: the one "who" stands for is. */
const RELATIVE_OBJECT: IndirectCase[] = [
  [
    'the object of "who saw"',
    'Residents who saw the fire said it spread quickly to the pier.',
    'it spread quickly to the pier',
    'Residents',
  ],
  [
    'the complement of "who have been"',
    'Dock workers who have been the loudest critics of the toll said it would hurt trade.',
    'it would hurt trade',
    'Dock workers',
  ],
  [
    'the object of "who met", a day after it',
    'Officials who met the mayor on Friday said the bridge was safe.',
    'the bridge was safe',
    'Officials',
  ],
  [
    'the object of a preposition of "who marched"',
    'Farmers who marched against the water levy in Dovra said they will return next month.',
    'they will return next month',
    'Farmers',
  ],
  [
    'two prepositions after "who lived"',
    'Tenants who lived above the bakery on Quell Street said the smoke woke them.',
    'the smoke woke them',
    'Tenants',
  ],
];

testIndirectCases(RELATIVE_OBJECT);
