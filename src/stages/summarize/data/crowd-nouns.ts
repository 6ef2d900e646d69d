/**
 * Nouns of people in a crowd or a group that acts together, beside the framing's PERSON_NOUNS: a
 * headline that says a mass metaphor of them ("Protesters swarm the town hall", "Fans flood the pitch")
 * is not neutral enough to head a story, though the framing does not count it as the metaphor about
 * migrants ("a surge of commuters"). Read by ../senses.ts (failClosed). Singular forms; read by stems.
 */
export const CROWD_NOUNS: readonly string[] = [
  'protester',
  'protestor',
  'demonstrator',
  'marcher',
  'rioter',
  'activist',
  'campaigner',
  'striker',
  'picket',
  'supporter',
  'fan',
  'spectator',
  'crowd',
  'mob',
  'tourist',
  'visitor',
  'holidaymaker',
  'shopper',
  'commuter',
  'passenger',
  'pilgrim',
  'villager',
  'citizen',
  'local',
  'youth',
  'teenager',
];

/**
 * Nouns of an agent's shape (-er, -or) that name things, not people: their plural before a mass
 * metaphor is its plain sense ("Floodwaters surge into …", "Rivers flood …", "Orders flood in").
 * Read by ../senses.ts beside the -ments nouns (of actions and things: "Payments surge"). Singular
 * forms; read by stems. General English, not drawn from any corpus.
 */
export const THING_NOUNS_OF_AGENT_SHAPE: readonly string[] = [
  'water',
  'floodwater',
  'river',
  'shower',
  'number',
  'order',
  'letter',
  'paper',
  'tower',
  'computer',
  'sensor',
  'motor',
  'reactor',
  'factor',
  'sector',
  'error',
];
