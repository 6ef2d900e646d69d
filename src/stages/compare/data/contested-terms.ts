import { dict } from '../../../text/data/dict.ts';

/** A word or phrase whose choice frames a story, the neutral wording style guides suggest, and why. */
export interface ContestedTermEntry {
  /**
   * The phrase as written; matched on word stems, so plurals and -ly forms count too, and for one word
   * its agent noun ("rioters" for "riot").
   */
  readonly term: string;
  readonly neutral: string;
  readonly note: string;
  /**
   * Which uses the entry counts, for a word that can label people or describe an act: 'label' where
   * it names people ("illegals", "an illegal", "illegal immigrants"), 'act' where it describes what
   * someone did ("crossed illegally", "illegal entry"). Absent: every use. Told apart by the
   * word's part of speech and the noun it modifies (see ../framing/uses.ts).
   */
  readonly use?: ContestedUseKind;
}

/** A contested word used as a label for people, or as the description of an act. */
export type ContestedUseKind = 'label' | 'act';

/**
 * Nouns for people, singular: an adjective such as "illegal" before one of these labels the people
 * ("illegal immigrants"); before any other noun it describes an act or thing ("illegal entry",
 * "illegal border crossings"). A plural proper noun after it is a group of people too ("illegal
 * Mexicans").
 */
export const PERSON_NOUNS: readonly string[] = [
  'immigrant',
  'migrant',
  'emigrant',
  'alien',
  'entrant',
  'crosser',
  'border-crosser',
  'foreigner',
  'refugee',
  'worker',
  'laborer',
  'labourer',
  'resident',
  'person',
  'people',
  'individual',
  'adult',
  'minor',
  'child',
  'children',
  'kid',
  'family',
  'man',
  'men',
  'woman',
  'women',
  'student',
  'voter',
  'population',
  'national',
  'tenant',
  'nanny',
];

/**
 * Which sense of a word the entry counts, where the word has a plain sense as well: 'arrivals' counts
 * what 'people' does and, in an article about migration (MIGRATION_WORDS), every use but a war's (the
 * editor's rule for "invasion": people arriving called an invasion is the military metaphor wherever the
 * story is about migration, "This is an invasion", "stop the invasion"; a nation's or a place's invasion,
 * "Russia's invasion", "the invasion of Crete", "a ground invasion", is a war's); 'people' counts a
 * metaphor only when it is about people or their movement ("a flood of migrants", "the migrant surge",
 * "a surge in border crossings", "Migrants flood the town"), not water, waves of illness or a surge in
 * sales ("a raging flood", "the fourth wave", "a surge in piracy"); 'said-of' counts a verb said of
 * someone ("Varga blasts the bill", "Councillors slam Varga"), not the noun ("the blast shook homes",
 * "Blasts reported at chemical plant"). Told apart in ../framing/senses.ts; a user's own entry counts
 * every use.
 */
export type ContestedSense = 'arrivals' | 'people' | 'said-of';

/** The senses of the built-in terms that have a plain sense too, by term. */
export const TERM_SENSES: Readonly<Record<string, ContestedSense>> = dict({
  surge: 'people',
  flood: 'people',
  wave: 'people',
  influx: 'people',
  torrent: 'people',
  tide: 'people',
  // an invasion of people is the term wherever the story is about migration (see 'arrivals')
  invasion: 'arrivals',
  horde: 'people',
  swarm: 'people',
  slam: 'said-of',
  blast: 'said-of',
});

/**
 * How a built-in term's past or -ing form ("claimed", "admitted") counts, where the verb has a plain
 * sense too: 'clause' only before what was said (a clause, "that", "to", a quotation: "claimed it was
 * an act", not "the fire claimed two lives"); 'active' only when not passive ("admitted killing two",
 * not "was admitted to hospital"). Told apart in ../framing/senses.ts (verbFormInSense).
 */
export const VERB_FORM_USES: Readonly<Record<string, 'clause' | 'active'>> = dict({
  claim: 'clause',
  admit: 'active',
});

/**
 * Nouns for people's movement across borders, singular: a water metaphor about one of these is about
 * people ("a surge in border crossings", "an influx of arrivals", "the surge at the border").
 */
export const MOVEMENT_NOUNS: readonly string[] = [
  'border',
  'crossing',
  'arrival',
  'entry',
  'migration',
  'immigration',
  'emigration',
  'seeker',
  'asylum-seeker',
  'caravan',
];

/**
 * Words that make an article one about migration, singular: an article that uses them at least
 * MIGRATION_MENTIONS times (headline and body) reads "invasion" as said of people arriving.
 */
export const MIGRATION_WORDS: readonly string[] = [
  'migrant',
  'immigrant',
  'emigrant',
  'refugee',
  'asylum',
  'asylum-seeker',
  'migration',
  'immigration',
  'deportation',
  'smuggler',
  'arrival',
];

/** How many uses of MIGRATION_WORDS make an article one about migration. */
export const MIGRATION_MENTIONS = 3;

/**
 * Words before "invasion" that make it a war's, not a metaphor for people arriving ("a ground invasion",
 * "the military invasion"); a name or a nation's adjective before it ("the Iraq invasion", "the Russian
 * invasion") or a place after its "of" or "into" does too (see ../framing/senses.ts).
 */
export const WAR_WORDS: readonly string[] = [
  'military',
  'armed',
  'ground',
  'full-scale',
  'amphibious',
  'land',
  'naval',
  'airborne',
  'enemy',
];

/**
 * Labels for people that are nouns in their plural ("150 illegals swarm ashore", "aliens flood in"): a
 * metaphor said of them is said of people, as of a person noun.
 */
export const LABEL_PLURALS: readonly string[] = ['illegals', 'aliens'];

/**
 * Contested terms drawn from general newsroom style guidance (AP Stylebook, Reuters Handbook, UN /
 * IOM terminology, the Conscious Style Guide); not tuned to any corpus. Users extend it with a file
 * (see ../user-files.ts).
 */
export const CONTESTED_TERMS: readonly ContestedTermEntry[] = [
  {
    term: 'illegal immigrant',
    neutral: 'undocumented immigrant / immigrant without legal status',
    note: 'AP: "illegal" describes actions, not people',
    use: 'label',
  },
  {
    term: 'illegal migrant',
    neutral: 'undocumented migrant / migrant without legal status',
    note: 'AP: "illegal" describes actions, not people',
    use: 'label',
  },
  {
    term: 'illegal alien',
    neutral: 'undocumented immigrant',
    note: 'legal term in US statute; widely seen as dehumanising in news copy',
    use: 'label',
  },
  {
    term: 'illegal',
    neutral: 'undocumented / unauthorized immigrants',
    note: 'labels people ("illegals", "an illegal", "illegal workers"); AP: "illegal" describes actions, not people',
    use: 'label',
  },
  {
    term: 'illegal',
    neutral: '(neutral) for acts; or unauthorized / irregular',
    note: 'describes an act ("entered illegally", "illegal entry", "illegal crossings"): the use AP accepts',
    use: 'act',
  },
  {
    term: 'irregular',
    neutral: 'unauthorized',
    note: 'UN / IOM term for crossing outside regular channels; can read as euphemism to some readers',
  },
  {
    term: 'unauthorized',
    neutral: '(neutral)',
    note: 'descriptive legal status; preferred by several style guides',
  },
  {
    term: 'undocumented',
    neutral: 'unauthorized',
    note: 'preferred by advocates; some note many have documents',
  },
  { term: 'alien', neutral: 'noncitizen / immigrant', note: 'statutory term; dehumanising in general copy' },
  {
    term: 'crisis',
    neutral: 'situation / record numbers',
    note: 'asserts an emergency; attribute it or show the figures',
  },
  { term: 'surge', neutral: 'increase / rise', note: 'water metaphor implying sudden threat' },
  { term: 'flood', neutral: 'large number / increase', note: 'water metaphor that dehumanises people' },
  { term: 'wave', neutral: 'increase / rise', note: 'water metaphor' },
  { term: 'influx', neutral: 'arrival / increase', note: 'flow metaphor' },
  { term: 'torrent', neutral: 'large number', note: 'water metaphor' },
  { term: 'tide', neutral: 'number / flow', note: 'water metaphor' },
  { term: 'invasion', neutral: 'arrivals / crossings', note: 'military metaphor for migration' },
  { term: 'horde', neutral: 'large group', note: 'dehumanising' },
  { term: 'swarm', neutral: 'large group', note: 'dehumanising animal metaphor' },
  {
    term: 'open border',
    neutral: '(describe the specific policy)',
    note: 'political slogan, not a policy description',
  },
  {
    term: 'amnesty',
    neutral: 'legalization / path to legal status',
    note: 'partisan label for legalization proposals',
  },
  { term: 'chain migration', neutral: 'family-based immigration', note: 'partisan label' },
  { term: 'anchor baby', neutral: 'US-born child of immigrants', note: 'pejorative' },
  {
    term: 'catch and release',
    neutral: 'release pending immigration proceedings',
    note: 'enforcement slang',
  },
  { term: 'regime', neutral: 'government', note: 'delegitimising when used for some governments only' },
  {
    term: 'terrorist',
    neutral: '(attribute; describe the act)',
    note: 'Reuters and AP advise attributing the label',
  },
  { term: 'militant', neutral: 'fighter / armed group member', note: 'contested label' },
  { term: 'extremist', neutral: '(describe views or acts)', note: 'judgement word; attribute it' },
  { term: 'radical', neutral: '(describe views)', note: 'judgement word' },
  {
    term: 'riot',
    neutral: 'protest / unrest (describe what happened)',
    note: 'choice between riot and protest frames the event',
  },
  { term: 'mob', neutral: 'crowd / protesters', note: 'casts a crowd as lawless; describe what it did' },
  { term: 'thug', neutral: '(describe the act)', note: 'racially coded in US usage' },
  { term: 'pro-life', neutral: 'anti-abortion', note: 'AP: use "anti-abortion"' },
  { term: 'pro-choice', neutral: 'abortion-rights', note: 'AP: use "abortion-rights"' },
  { term: 'death tax', neutral: 'estate tax', note: 'partisan label' },
  { term: 'gun rights', neutral: 'gun ownership rights / gun policy', note: 'framing label' },
  { term: 'gun control', neutral: 'gun regulation / gun policy', note: 'framing label' },
  { term: 'slam', neutral: 'criticize', note: 'headline verb that dramatises disagreement' },
  { term: 'blast', neutral: 'criticize', note: 'headline verb that dramatises disagreement' },
  { term: 'claim', neutral: 'say', note: 'AP: "claim" can imply doubt about the speaker' },
  { term: 'admit', neutral: 'say / acknowledge', note: 'implies a confession' },
  { term: 'reckless', neutral: '(describe the act)', note: 'judgement word' },
  { term: 'disastrous', neutral: '(describe the outcome)', note: 'judgement word' },
];
