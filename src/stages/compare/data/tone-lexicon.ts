import { dict } from '../../../text/data/dict.ts';

/**
 * A small, transparent tone lexicon (word stems, see ../text.ts; a trailing `*` matches any ending).
 * Positive and negative words give sentiment; subjective words (evaluative adjectives,
 * intensifiers, hedges, emotive verbs) give subjectivity. Curated from general-purpose opinion
 * lexicons' most frequent news words (in the spirit of MPQA and Hu & Liu), kept short on purpose:
 * every score can be traced to the words listed here.
 */
export const POSITIVE_WORDS: readonly string[] = [
  'agree*',
  'success*',
  'productive',
  'fruitful',
  'constructive',
  'progress',
  'improve*',
  'benefit*',
  'support*',
  'welcome*',
  'praise*',
  'hail*',
  'strong',
  'stronger',
  'strongest',
  'good',
  'better',
  'best',
  'great',
  'positive',
  'win',
  'won',
  'victory',
  'secure',
  'safe',
  'safety',
  'help*',
  'cooperat*',
  'partner*',
  'commit*',
  'opportunit*',
  'hope*',
  'effective',
  'terrific',
  'proud',
  'resolve*',
  'solution*',
  'peace*',
  'recover*',
  'gain*',
  'boost*',
  'celebrat*',
  'important',
  'orderly',
  'humane',
  'ambitious',
];

/** Negative words (stems; `*` matches any ending). */
export const NEGATIVE_WORDS: readonly string[] = [
  'fail*',
  'crisis',
  'crises',
  'threat*',
  'danger*',
  'deadl*',
  'death*',
  'kill*',
  'violen*',
  'illegal*',
  'crime*',
  'criminal*',
  'smuggl*',
  'traffick*',
  'chaos',
  'chaotic',
  'disast*',
  'broken',
  'break*',
  'strain*',
  'surge*',
  'flood*',
  'pressure*',
  'attack*',
  'war',
  'poverty',
  'inequalit*',
  'decline*',
  'losses',
  'loss',
  'lose',
  'suffer*',
  'challeng*',
  'problem*',
  'concern*',
  'criticis*',
  'critic*',
  'oppos*',
  'reject*',
  'refus*',
  'warn*',
  'fear*',
  'worse',
  'worst',
  'bad',
  'harsh*',
  'drastic',
  'inaction',
  'vulnerab*',
  'hinder*',
  'lack*',
  'shut*',
  'clos*',
  'disrupt*',
  'persistent',
  'grapple*',
];

/** Subjective words: evaluation, intensity, emotion and hedging rather than reporting. */
export const SUBJECTIVE_WORDS: readonly string[] = [
  'very',
  'extreme*',
  'really',
  'truly',
  'deeply',
  'incredibl*',
  'terrific',
  'dramatic*',
  'drastic*',
  'massive',
  'huge',
  'enormous',
  'unprecedented',
  'escalat*',
  'pressing',
  'pivotal',
  'crucial',
  'vital',
  'critical',
  'significant*',
  'important',
  'ambitious',
  'mass',
  'endless',
  'torrent',
  'sweeping',
  'harsh*',
  'deliberate',
  'reckless',
  'disast*',
  'chaos',
  'chaotic',
  'crisis',
  'fruitful',
  'productive',
  'dangerous',
  'deadliest',
  'shocking',
  'outrage*',
  'alarming',
  'staggering',
  'clearly',
  'obviously',
  'certainly',
  'perhaps',
  'apparently',
  'seemingly',
  'arguably',
  'supposedly',
  'allegedly',
  'reportedly',
  'likely',
  'hope*',
  'fear*',
  'proud',
  'sadly',
  'unfortunately',
  'fortunately',
  'best',
  'worst',
  'great',
  'bad',
  'good',
  'multifaceted',
  'complexit*',
  'effectively',
  'urgent*',
  'persistent',
  'mounting',
  'major',
];

/**
 * Loaded words of political coverage: the verbs and nouns with which an outlet, in its own voice, casts
 * a decision as an attack or a defeat ("axe", "gut", "slash" for "cut" or "close"; "betrayal", "caved",
 * "fiasco"). Each is negative and subjective (an evaluation, not a report). Left out: words whose
 * plain sense is as common in news ("scheme" is a plain programme in British English, "plot" a piece
 * of land, "blast" an explosion).
 */
export const LOADED_NEGATIVE_WORDS: readonly string[] = [
  'axe*',
  'axing',
  'gut',
  'slash*',
  'betray*',
  'caved',
  'caving',
  'climbdown*',
  'furious*',
  'fury',
  'scapegoat*',
  'bungl*',
  'botch*',
  'fiasco*',
  'debacl*',
  'shambl*',
  'lambast*',
  'slam',
  'scathing',
  'callous*',
  'brazen*',
  'ruthless*',
  'shameful*',
  'disgrac*',
  'draconian',
  'savag*',
  'crony*',
  'decimat*',
  'fleec*',
  'gouge*',
  'uproar',
  'beleaguer*',
  'heartless*',
];

/** Loaded words of praise (positive and subjective): a decision cast as a triumph, a person as a hero. */
export const LOADED_POSITIVE_WORDS: readonly string[] = ['triumph*', 'belov*', 'hero', 'heroic*', 'cherish*'];

/** Loaded words of intensity or drama, subjective only (of either sentiment): "a stunning reversal". */
export const LOADED_SUBJECTIVE_WORDS: readonly string[] = [
  'stunning',
  'astonish*',
  'blistering',
  'bombshell',
  'embattled',
  'notorious*',
  'infamous*',
];

/**
 * Written words that an entry above takes by its stem or its `*` but that are not of its tone: a
 * plural noun whose stem is a tone word ("goods" is "good"; "hopefuls", candidates, "hopeful"), a
 * word whose stem is an entry's ("human" is "humane"'s), a longer word an entry's `*` opens
 * ("shuttle" by "shut*", "deadline" by "deadl*", "committee" by "commit*", "surgeon" by "surge*"), and
 * words of the other tone ("hopeless" by "hope*"). Matched whole, in lower case.
 */
export const NOT_TONE_WORDS: readonly string[] = [
  'goods',
  'human',
  'humans',
  'hopefuls',
  'shuttle',
  'shuttles',
  'deadline',
  'deadlines',
  'committee',
  'committees',
  'surgeon',
  'surgeons',
  'breakfast',
  'breakfasts',
  'opposite',
  // a cave is a place ("caved" in); a stun gun is no "stunning" turn
  'cave',
  'caves',
  'stun',
  'helpless',
  'hopeless',
  'fearless',
  // a pact named ("a third country with which it has an agreement"), not accord as a tone ("agreed")
  'agreement',
  'agreements',
];

/**
 * Tone words that name a side in politics right before its name ("the opposition Unity Party"): no
 * tone there, as before a role (NOT_TONE_BEFORE). Lower case.
 */
export const NOT_TONE_BEFORE_NAME: readonly string[] = ['opposition'];

// the people a decision of an office names by its outcome ("refused applicants", "failed asylum seekers")
const DECIDED_PEOPLE =
  'applicant applicants asylum claimant claimants seeker seekers bidder bidders entrant entrants candidate candidates';

/**
 * Tone words that name a side in politics before a word of a role or a body ("Opposition leader Ada
 * Brenn", "opposition parties"), or a procedural status before the people it names ("refused
 * applicants"): no tone there, only in their own use ("voiced opposition", "opposition to the plan",
 * "the talks failed"). Lower case.
 */
export const NOT_TONE_BEFORE: Readonly<Record<string, readonly string[]>> = dict({
  opposition: (
    'leader leaders party parties mp mps member members benches bench councillor councillors councilor ' +
    'councilors lawmaker lawmakers politician politicians spokesman spokeswoman spokesperson group groups ' +
    'candidate candidates coalition bloc alliance whip figure figures deputy deputies senator senators'
  ).split(' '),
  // a procedural status before the people it names: "refused applicants could appeal" says nothing
  // bad of the outlet's view; "the council refused the plan", "talks failed" still do
  failed: DECIDED_PEOPLE.split(' '),
  refused: DECIDED_PEOPLE.split(' '),
  rejected: DECIDED_PEOPLE.split(' '),
  // "safety" naming a field before what it qualifies ("a safety inspection", "safety rules") says nothing
  // good; "for their safety", "the safety of workers" still do
  safety: (
    'inspection inspections inspector inspectors check checks standard standards rule rules regulation ' +
    'regulations regulator regulators record records review reviews audit audits code codes test tests ' +
    'officer officers official officials board agency body bodies measure measures equipment gear procedure ' +
    'procedures protocol protocols breach breaches violation violations failure failures concern concerns ' +
    'issue issues lapse lapses risk risks warning warnings investigation investigations report reports'
  ).split(' '),
});
