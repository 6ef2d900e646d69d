import { WEEKDAY_NAMES } from '../../../text/calendar.ts';

/** Verbs (any inflection, lower-cased) that attribute speech or writing to a source. */
export const CUE_VERBS: ReadonlySet<string> = new Set(
  `say says said saying tell tells told telling add adds added adding continue continues continued continuing
  stress stresses stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasised
  note notes noted noting explain explains explained explaining write writes wrote writing tweet tweets
  tweeted post posts posted state states stated stating declare declares declared declaring insist insists
  insisted argue argues argued arguing claim claims claimed claiming warn warns warned warning ask asks asked
  reply replies replied respond responds responded acknowledge acknowledged admit admits admitted announce
  announces announced announcing recall recalls recalled remark remarked suggest suggests suggested urge
  urges urged observe observed mention mentioned mentioning echo echoed predict predicted maintain maintains
  maintained concede conceded counter countered complain complained joke joked quip quipped vow vowed pledge
  pledged promise promised report reports reported reporting confirm confirms confirmed deny denies denied
  assert asserted allege alleged alleges charge charged testify testified reiterate reiterated describe
  described underline underlined underscore underscored point pointed shout shouted yell yelled cry cried
  whisper whispered read reads acknowledging boast boasted concluded conclude recount recounted express
  expressed expressing demand demanded demands wonder wondered exclaim exclaimed proclaim proclaimed scold
  scolded muse mused interject interjected retort retorted snap snapped sing sings sang singing gloat gloated
  brag bragged lament lamented scoff scoffed chide chided rant ranted plead pleaded beg begged tease teased
  chant chants chanted chanting scream screamed roar roared`.split(/\s+/),
);

/** Cues that attribute only when the sentence is about speech ("read" of a statement, "point out"). */
export const WEAK_CUES: ReadonlySet<string> = new Set([
  'read',
  'reads',
  'point',
  'pointed',
  'charge',
  'charged',
  'report',
  'reports',
  'reported',
  'reporting',
  'describe',
  'described',
]);

/** Personal pronouns that can stand for a speaker. */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** Nouns for what was said, never who said it: a phrase they head is no speaker ("in his own words"). */
export const UTTERANCE_NOUNS: ReadonlySet<string> = new Set(['word', 'words', 'quote', 'quotes', 'phrase']);

/**
 * Nouns that name an event, which says nothing itself: a phrase they head is no speaker ("The
 * discussions delved into trade, acknowledging …" reports no one's words).
 */
export const EVENT_NOUNS: ReadonlySet<string> = new Set(
  `discussion discussions talks meeting meetings visit visits summit trip negotiations debate
  debates`.split(/\s+/),
);

/** Nouns that name a document or a channel, which can be a speaker ("the statement read"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  `statement report letter memo document readout release filing complaint lawsuit ruling order post tweet
  message email video website poll survey study analysis indictment affidavit transcript banner sign caption
  headline slogan placard editorial column article story`.split(/\s+/),
);

/** Those who speak on another's behalf: "a spokesman for Mr. Reed said" is the spokesman's word, not Reed's. */
export const SPEAKS_FOR: ReadonlySet<string> = new Set(
  `spokesperson spokesman spokeswoman spokespeople representative representatives rep reps lawyer lawyers
  attorney attorneys publicist agent aide aides adviser advisor`.split(/\s+/),
);

/** Common nouns that name a person or group who can speak ("the spokesperson", "officials", "a source"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set(
  `spokesperson spokesman spokeswoman official officials source sources aide aides adviser advisers advisor
  secretary president leader minister governor mayor senator lawmaker lawmakers representative director chief
  officer officers police authorities agency department government administration ministry campaign
  spokespeople analyst analysts expert experts witness witnesses resident residents neighbor neighbors friend
  lawyer attorney prosecutor prosecutors judge investigators critics supporters voters people person man woman
  member members leaders delegation observers economist economists candidate nominee rep representative manager
  chairman chair commissioner executive ceo owner founder sheriff coach statement report operative operatives
  strategist strategists consultant pollster organizer activist activists professor researcher researchers
  historian scientist doctor veteran donor donors insider insiders ally allies supporter backer backers
  critic opponent opponents fan fans`.split(/\s+/),
);

/**
 * Finite verbs of statement that report speech only before a clause ("underscored that …", "joked the
 * pier was safe"), not before a bare object ("underscored the need", "added 12 sailings"): part of
 * INDIRECT_CUES, and with "adding" the CLAUSE_ONLY_CUES.
 */
const CLAUSE_ONLY_VERBS = `add adds added emphasise emphasises emphasised underline underlines underlined underscore
  underscores underscored remark remarks remarked proclaim proclaims proclaimed retort retorts retorted quip
  quips quipped joke jokes joked conclude concludes concluded`;

/** Finite speech verbs that introduce indirect speech ("X said that …", "…, officials said"). */
export const INDIRECT_CUES: ReadonlySet<string> = new Set(
  `say says said tell tells told state stated argue argues argued claim claims claimed warn warns
  warned note notes noted explain explains explained insist insists insisted announce announces announced
  acknowledge acknowledges acknowledged admit admits admitted suggest suggests suggested write writes wrote
  report reports reported believe believes believed think thinks thought contend contends contended maintain
  maintains maintained predict predicts predicted confirm confirms confirmed deny denies denied allege alleges
  alleged assert asserts asserted testify testified estimate estimates estimated recall recalls recalled
  insist argue concede conceded stress stresses stressed emphasize emphasized
  emphasizes tweet tweeted tweets reiterate reiterated promise promised pledge pledged vow vowed worry worries
  worried fear fears feared hope hopes hoped expect expects expected agree agrees agreed question questioned
  accuse accuses accused criticize criticized criticizes ask asks asked demand demands demanded propose proposes
  proposed recommend recommends recommended reveal reveals revealed indicate indicates indicated concedes
  complain complains complained observe observes observed mention mentions mentioned declare declares declared
  assure assures assured remind reminds reminded caution cautions cautioned speculate speculates speculated
  imply implies implied hint hints hinted boast boasts boasted swear swears swore answer answers answered reply
  replies replied respond responds responded recount recounts recounted lament laments lamented urge urges urged
  vow vows threaten threatens threatened encourage encourages encouraged inform informs informed states
  testifies reiterates promises pledges questions ${CLAUSE_ONLY_VERBS}`.split(/\s+/),
);

/** Quantifiers that may float between a subject and its cue ("the senators all said", "they both warned"). */
export const FLOATING_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'both', 'each']);

/**
 * Pronouns that head a speaker phrase a place or group phrase follows ("those on board", "many in the crowd",
 * "some at the meeting"): the phrase after the preposition is where they are, not who speaks.
 */
export const PHRASE_HEAD_PRONOUNS: ReadonlySet<string> = new Set(
  'those many some most others several few all both none'.split(' '),
);

/** Adverbs that may stand between a speaker and the cue ("it further wrote", "the nominee also vowed"), whatever their tag. */
export const SPEAKER_ADVERBS: ReadonlySet<string> = new Set(
  'also further later then again once earlier previously recently subsequently still even'.split(' '),
);

/** Words that open a contrasting clause, whose speech verb belongs to someone else ("…,” while others said …). */
export const CONTRAST_WORDS: ReadonlySet<string> = new Set([
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'yet',
]);

/** Past participles of speech verbs that differ from the past tense, for passives ("was written by …"). */
export const PASSIVE_CUES: ReadonlySet<string> = new Set(['written', 'spoken', 'sung', 'uttered', 'coined']);

/** Passives of hearing before a speech participle ("Jeffs was heard saying", "can be overheard telling"). */
export const HEARD_PASSIVES: ReadonlySet<string> = new Set(['heard', 'overheard']);

/** Participles of speech verbs that open a reported clause after a comma ("…, adding that …", "…, saying …"). */
export const INDIRECT_PARTICIPLES: ReadonlySet<string> = new Set(
  `saying adding arguing claiming noting warning insisting suggesting explaining stating asserting telling
  acknowledging admitting predicting promising vowing pledging alleging contending maintaining stressing
  emphasizing emphasising reiterating declaring announcing conceding complaining charging writing tweeting
  questioning accusing confirming denying recalling urging demanding asking threatening encouraging proposing
  calling`.split(/\s+/),
);

/** Verbs that may stand between a speaker and a cue before "to" ("appeared to suggest", "went on to say"). */
export const CUE_RAISERS: ReadonlySet<string> = new Set(
  `appear appears appeared seem seems seemed try tries tried continue continues continued go goes went
  want wants wanted decline declines declined refuse refuses refused`.split(/\s+/),
);

/** Verbs by which a document or a poll reports a finding ("the survey found that …"), attributing only to documents. */
export const FINDING_CUES: ReadonlySet<string> = new Set(
  `find finds found show shows showed shown indicate indicates indicated suggest suggests suggested reveal
  reveals revealed conclude concludes concluded estimate estimates estimated project projects projected
  predict predicts predicted say says said state states stated`.split(/\s+/),
);

/** Nouns that name a document, a poll or a body of data which can report a finding ("the poll", "census figures"). */
export const FINDING_NOUNS: ReadonlySet<string> = new Set(
  `poll polls survey surveys study studies report reports analysis analyses data research census figures
  numbers estimate estimates results findings audit review investigation probe model forecast statement
  document documents memo letter filing ruling records`.split(/\s+/),
);

/** Cues that also tell only what is likely ("the storm threatens to flood the town"): speech of a speaker only. */
export const LIKELIHOOD_CUES: ReadonlySet<string> = new Set([
  'threaten',
  'threatens',
  'threatened',
  'threatening',
]);

/** Cues that also tell what a thing is a sign of ("the warm response indicates that …"): speech of a speaker or a document only. */
export const SIGN_CUES: ReadonlySet<string> = new Set(
  `indicate indicates indicated indicating suggest suggests suggested suggesting signal signals signaled
  signalled`.split(/\s+/),
);

/** Verbs of making or selling a work, whose object is the work, not words ("promoting the film", "writing the picture which …"). */
export const WORK_CUES: ReadonlySet<string> = new Set(
  `write writes wrote writing written pen pens penned penning promote promotes promoted promoting`.split(
    /\s+/,
  ),
);

/** Cues of writing: one who wrote goes on writing ("“…,” Ann Wu wrote in a letter. … “…,” she wrote"). */
export const WRITING_CUES: ReadonlySet<string> = new Set([
  'write',
  'writes',
  'wrote',
  'pen',
  'pens',
  'penned',
]);

/** Nouns of works besides those before a title (data/organizations.ts WORK_NOUNS_BEFORE). */
export const MORE_WORK_NOUNS: ReadonlySet<string> = new Set(
  `picture screenplay screenplays script scripts sequel sequels films movies books novels songs albums`.split(
    /\s+/,
  ),
);

/** Machines and programs, which support or run things but never speak ("the device does not support 3G"). */
export const MACHINE_NOUNS: ReadonlySet<string> = new Set(
  `device devices phone phones handset handsets smartphone smartphones gadget gadgets software app apps chip
  chips processor processors browser browsers computer computers laptop laptops tablet tablets camera cameras
  printer printers server servers console consoles router routers`.split(/\s+/),
);

/** Forms of "cite", whose object may be the source cited, not what it said ("citing people familiar with …"). */
export const CITE_FORMS: ReadonlySet<string> = new Set(['cite', 'cites', 'cited', 'citing']);

/** Forms of "deny" that "cannot" turns into the writer's judgement ("neither can deny the pull", "no one could deny …"). */
export const DENY_FORMS: ReadonlySet<string> = new Set(['deny', 'denied']);

/** Verbs of trying, after which a finding's infinitive is an aim, not a result ("will try to show that …"). */
export const TRYING_VERBS: ReadonlySet<string> = new Set(['try', 'tries', 'tried']);

/** Claim nouns of an attempt, whose infinitive after a voicing verb is no claim ("made an effort to diversify"). */
export const ATTEMPT_NOUNS: ReadonlySet<string> = new Set(['effort', 'efforts', 'attempt', 'bid', 'push']);

/** Nouns of pictures, whose "showed" is no finding anyone reports ("images from the scene showed …"). */
export const PICTURE_NOUNS: ReadonlySet<string> = new Set(
  `image images photo photos photograph photographs picture pictures video videos footage clip clips film
  films snapshot snapshots camera cameras`.split(/\s+/),
);

/** Forms of "be": with a past participle they make a passive ("was told"), whose subject is not the speaker. */
export const BE_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
]);

/** Speech acts whose content may be an infinitive ("vowed to rebuild", "urged Congress to act", "agreed to pay"). */
export const INFINITIVE_CUES: ReadonlySet<string> = new Set(
  `vow vows vowed vowing promise promises promised promising pledge pledges pledged pledging threaten threatens
  threatened threatening urge urges urged urging ask asks asked asking tell tells told telling agree agrees
  agreed warn warns warned warning encourage encourages encouraged encouraging implore implores implored
  propose proposes proposed proposing demand demands demanded demanding`.split(/\s+/),
);

/**
 * Words that open a clause of the occasion after an infinitive's content ("promised to send guards
 * after the crossers reached the ford", "asked the port to close the quay, as the storm headed
 * north"): the writer's account, not what was promised ("as" of "as long as", "as soon as" excepted).
 */
export const OCCASION_OPENERS: ReadonlySet<string> = new Set(['as', 'while', 'after', 'following']);

/** Forms of "call", a cue with "for" or "on" ("called for a ban", "called on voters to …"). */
export const CALL_CUES: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling']);

/** Speech acts whose content may be a noun phrase ("cited the rising costs", "denied the allegations"). */
export const NOMINAL_CUES: ReadonlySet<string> = new Set(
  `cite cites cited citing mention mentions mentioned criticize criticizes criticized criticizing criticise
  criticised question questions questioned questioning demand demands demanded demanding propose proposes
  proposed proposing announce announces announced announcing deny denies denied denying acknowledge
  acknowledges acknowledged acknowledging reject rejects rejected rejecting predict predicts predicted
  predicting recommend recommends recommended recommending describe describes described describing
  defend defends defended defending promote promotes promoted promoting tout touts touted touting endorse
  endorses endorsed endorsing oppose opposes opposed opposing support supports supported supporting embrace
  embraces embraced embracing outline outlines outlined outlining highlight highlights highlighted
  highlighting downplay downplays downplayed downplaying dispute disputes disputed disputing decry decries
  decried decrying favor favors favored favoring`.split(/\s+/),
);

/** Speech acts that also withhold a thing from someone ("deny coverage to Americans"): their object then is no claim. */
export const WITHHOLDING_CUES: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying']);

/**
 * Texts that are put forward, signed or voted on: the noun object of a speech act that is one of them is no
 * one's words ("proposed a budget of $2 million", "rejected the bill", "approved the harbour plan": its
 * head noun, the last of its first run of nouns), unlike "denied the allegations".
 */
export const ARTIFACT_NOUNS: ReadonlySet<string> = new Set(
  `budget budgets bill bills law laws legislation measure measures amendment amendments ordinance ordinances
  resolution resolutions motion motions contract contracts treaty treaties draft drafts plan plans proposal
  proposals scheme schemes deal deals bid bids offer offers request requests application applications
  agreement agreements`.split(/\s+/),
);

/** Cues that are speech only before a clause ("added that …", "adding it was late"), not before a bare object ("added 12 sailings"). */
export const CLAUSE_ONLY_CUES: ReadonlySet<string> = new Set([...CLAUSE_ONLY_VERBS.split(/\s+/), 'adding']);

/** Verbs of intention or refusal whose infinitive reports a stance ("wants to cut taxes", "declined to comment"). */
export const INTENTION_CUES: ReadonlySet<string> = new Set(
  `want wants wanted hope hopes hoped plan plans planned seek seeks sought refuse refuses refused decline
  declines declined intend intends intended`.split(/\s+/),
);

/**
 * Cues of a stance that is no speech: an intention, a refusal or a decision ("wants to cut", "refused to
 * meet", "its plan to close"). Extracted as reported stances (PolNeAR labels them attributions), they are
 * not counted as someone's reported speech in "whom each outlet quotes".
 */
export const NON_SPEECH_STANCES: ReadonlySet<string> = new Set([
  ...INTENTION_CUES,
  ...`plan plans decision determination refusal effort bid push hope hopes`.split(/\s+/),
]);

/** Verbs that name their object as something ("called the plan a disaster", "described the deal as …"). */
export const NAMING_CUES: ReadonlySet<string> = new Set(
  `call calls called describe describes described paint paints painted portray portrays portrayed cast casts
  label labels labeled labelled brand brands branded hail hails hailed deride derides derided dismiss
  dismisses dismissed characterize characterizes characterized`.split(/\s+/),
);

/** Verbs that judge someone for something ("attacked the mayor for …", "praised the crews for …"). */
export const JUDGING_CUES: ReadonlySet<string> = new Set(
  `attack attacks attacked attacking blast blasts blasted blasting slam slams slammed slamming mock mocks mocked
  mocking criticize criticizes criticized criticise criticised chastise chastises chastised grill grills grilled
  praise praises praised thank thanks thanked fault faults faulted blame blames blamed hit hits hitting hammer
  hammers hammered rip rips ripped knock knocks knocked scold scolds scolded lambaste lambastes lambasted
  rebuke rebukes rebuked condemn condemns condemned denounce denounces denounced commend commends commended
  applaud applauds applauded`.split(/\s+/),
);

/** Verbs before "that" which do not report anyone's words or thoughts ("ensure that", "means that", "so that"). */
export const NOT_REPORTING_BEFORE_THAT: ReadonlySet<string> = new Set(
  `mean means meant meaning ensure ensures ensured ensuring require requires required requiring make makes made
  making given provide provides provided providing see sees saw seen seeing order ordered so such now except
  insure insures insured guarantee guarantees guaranteed mandate mandates mandated stipulate stipulates
  stipulated`.split(/\s+/),
);

/**
 * Verbs of a wrong only someone charges, never the outlet in its own voice ("and the company lied", "and
 * the board misled staff"): after a speaker's quoted words, a clause told by one is the speaker's charge.
 */
export const CHARGE_VERBS: ReadonlySet<string> = new Set(
  `lied misled deceived cheated betrayed defrauded duped swindled conned hoodwinked`.split(/\s+/),
);

/** Verbs whose topic after "about" is what was said or felt ("talked about the budget", "bragged about his polls"). */
export const ABOUT_CUES: ReadonlySet<string> = new Set(
  `talk talks talked talking speak speaks spoke spoken speaking brag brags bragged bragging boast boasts boasted
  boasting complain complains complained complaining worry worries worried worrying joke jokes joked joking write
  writes wrote writing tweet tweets tweeted tweeting testify testifies testified testifying comment comments
  commented commenting rant rants ranted ranting lie lies lied lying muse mused warn warns warned warning
  care cares cared`.split(/\s+/),
);

/** Nouns whose "that" clause is someone's words or view ("the mayor's claim that …", "his message that …"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set(
  `claim claims assertion assertions argument arguments contention insistence view views belief beliefs position
  promise promises pledge vow threat warning warnings message narrative notion theory suggestion allegation
  allegations accusation accusations charge charges statement statements assurance assurances admission
  acknowledgment acknowledgement conclusion emphasis declaration comment comments remark remarks assessment
  prediction hope hopes fear fears concern concerns decision determination refusal effort plan plans bid call
  demand demands proposal push bet point`.split(/\s+/),
);

/**
 * Nouns of what others charge or claim ("defended the bill against charges that it would …", "said claims that
 * …"): their "that" clause is no speech of the cue's subject, unless the noun is the subject's own ("his claim").
 */
export const CHARGE_NOUNS: ReadonlySet<string> = new Set(
  `charge charges accusation accusations allegation allegations claim claims criticism criticisms complaint
  complaints suggestion suggestions rumour rumours rumor rumors`.split(/\s+/),
);

/**
 * Verbs that turn down someone's claim: their subject does not say what a claim noun after them holds
 * ("the judge rejected his claim that the zone was not marked": the words are his, not the judge's).
 */
export const REJECTING_CUES: ReadonlySet<string> = new Set(
  `reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed dismissing dispute
  disputes disputed disputing refute refutes refuted refuting rebut rebuts rebutted rebutting contest contests
  contested contesting challenge challenges challenged challenging debunk debunks debunked debunking ridicule
  ridicules ridiculed ridiculing deride derides derided deriding discount discounts discounted discounting
  doubt doubts doubted doubting overrule overrules overruled overruling`.split(/\s+/),
);

/** Claim nouns whose content may be an infinitive ("his refusal to testify", "her plan to cut taxes"). */
export const INFINITIVE_NOUNS: ReadonlySet<string> = new Set(
  `promise promises pledge vow threat decision determination refusal effort plan plans bid call demand demands
  proposal push`.split(/\s+/),
);

/** Verbs by which a speaker voices a claim noun of their own ("expressed concern that", "repeated the claim that"). */
export const VOICING_VERBS: ReadonlySet<string> = new Set(
  `express expresses expressed expressing voice voices voiced voicing make makes made making raise raises raised
  raising repeat repeats repeated repeating reiterate reiterates reiterated offer offers offered issue issues
  issued deliver delivers delivered highlight highlights highlighted stress stresses stressed`.split(/\s+/),
);

/** Verbs that put out a document or a message ("issued a statement …", "unleashed a flurry of tweets …"). */
export const PUBLISHING_VERBS: ReadonlySet<string> = new Set(
  `issue issues issued release releases released publish publishes published unleash unleashes unleashed send
  sends sent post posts posted fire fires fired`.split(/\s+/),
);

/** Verbs that liken something to the quoted words ("likened the rules to “…”"): someone's characterisation. */
export const LIKENING_CUES: ReadonlySet<string> = new Set([
  'liken',
  'likens',
  'likened',
  'compare',
  'compares',
  'compared',
  'equate',
  'equated',
]);

/** Naming verbs that take the name right after the object, with no "as" ("called the plan a disaster"). */
export const BARE_NAMING_CUES: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'called',
  'label',
  'labels',
  'labeled',
  'labelled',
  'brand',
  'branded',
]);

/** The forms of "make", for "made (it) clear that …". */
export const MAKE_FORMS: ReadonlySet<string> = new Set(['make', 'makes', 'made', 'making']);

/** Nouns for a view held, after a possessive: "in the mayor's view, …". */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'words', 'telling', 'account']);

/** Cues whose object is the hearer, not the content ("told reporters that …"). */
export const HEARER_CUES: ReadonlySet<string> = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'warned',
  'assured',
  'informed',
  'reminded',
  'asked',
  'urged',
]);

/** Words a speech verb may take before what it reports: a day or time ("said on Sunday", "said Thursday night"). */
export const TIME_AFTER_CUE: ReadonlySet<string> = new Set([
  ...WEEKDAY_NAMES,
  ...'on last this late early today yesterday morning night evening afternoon'.split(' '),
]);

/**
 * Adjectives with their preposition that tie a speaker to someone or something ("people close to the mayor",
 * "a source familiar with the talks"): the phrase after them is whom the speaker knows, not who speaks.
 */
export const PROXIMITY_WORDS: ReadonlyMap<string, string> = new Map([
  ['close', 'to'],
  ['closer', 'to'],
  ['familiar', 'with'],
  ['near', 'to'],
]);

/** Forms of "put" that give an estimate: "the union puts the figure at 1,200". */
export const ESTIMATE_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'putting']);

/** What an estimate is put at: "puts the figure / number / toll at …". */
export const ESTIMATE_NOUNS: ReadonlySet<string> = new Set(
  'figure figures number numbers total toll count tally cost bill estimate turnout'.split(' '),
);
