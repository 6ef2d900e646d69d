import { dict } from '../../../text/data/dict.ts';

/** Words that make a capitalised name an organisation ("Department", "Patrol", "Council", "Party"). */
export const ORG_WORDS: ReadonlySet<string> = new Set(
  `department ministry agency administration office bureau service services council committee commission
  board authority patrol protection enforcement customs guard police army navy force forces corps marines
  party congress senate parliament assembly legislature court tribunal government cabinet embassy consulate
  house nations union league alliance federation association organization organisation institute institution
  foundation fund bank reserve university college school company corporation corp corp. inc inc. ltd llc group
  holdings partners network news times post press journal herald tribune telegraph gazette daily weekly
  magazine review radio television tv channel broadcasting media reuters associated studios records airlines
  airways motors industries technologies systems labs church diocese ministries campaign coalition movement
  front brigade brigades cartel gang caucus club team fc secretariat directorate command unit center centre
  program programme project initiative trust society chamber plc sa ag gmbh llp lp co co. mafia survey marshals
  associates advisors advisers consultants solutions communications telecom pharmaceuticals foods
  entertainment pictures films productions publishing enterprises ventures capital brands chronicle examiner
  observer inquirer sentinel courier dispatch bulletin advertiser rescue ferries railway railways shipping
  logistics bakery brewery charity charities wire newswire`.split(/\s+/),
);

/**
 * Lower-case heads of a works that is also a business ("Holm Steelworks", "Kessor Shipyard", "Ostby
 * Mills"): a name they end is an organisation, unless it opens with a given name ("Heather Mills"),
 * as some of them are surnames too.
 */
export const WORKS_HEADS: ReadonlySet<string> = new Set(
  `works steelworks ironworks glassworks shipyard shipyards dockyard boatyard foundry foundries mill mills
  sawmill brewery breweries distillery distilleries smelter tannery`.split(/\s+/),
);

/**
 * Lower-case words of a trade or a utility in the singular that no one is named ("Harlow Water",
 * "Tarn Energy", "Orsk Rail"): a name of a name and one of them is a firm named by its trade, as one
 * ending in a plural of goods is ("Velden Coatings", names/types.ts `tradeNoun`).
 */
export const TRADE_HEADS: ReadonlySet<string> = new Set(
  `water energy gas electric electricity rail freight transport insurance telecom broadband petroleum
  cement aviation haulage transit`.split(/\s+/),
);

/** Organisation names that are also a person's role, and so must not make a person an organisation. */
export const ORG_HEADS_NOT_ALONE: ReadonlySet<string> = new Set([
  'house',
  'center',
  'centre',
  'school',
  'college',
]);

/** A body's words that take what they deliberate "on" into their name ("Council on Ageing", "Committee on Energy"). */
export const BODIES_ON: ReadonlySet<string> = new Set(
  `council councils committee subcommittee commission conference panel board forum`.split(/\s+/),
);

/** Acronyms common in the news, with the full name they stand for (used when a text does not define them). */
export const COMMON_ACRONYMS: Readonly<Record<string, string>> = dict({
  CBP: 'U.S. Customs and Border Protection',
  ICE: 'Immigration and Customs Enforcement',
  DHS: 'Department of Homeland Security',
  DOJ: 'Department of Justice',
  FBI: 'Federal Bureau of Investigation',
  CIA: 'Central Intelligence Agency',
  NSA: 'National Security Agency',
  NSC: 'National Security Council',
  DEA: 'Drug Enforcement Administration',
  ATF: 'Bureau of Alcohol, Tobacco, Firearms and Explosives',
  FEMA: 'Federal Emergency Management Agency',
  CDC: 'Centers for Disease Control and Prevention',
  FDA: 'Food and Drug Administration',
  EPA: 'Environmental Protection Agency',
  IRS: 'Internal Revenue Service',
  SEC: 'Securities and Exchange Commission',
  FAA: 'Federal Aviation Administration',
  NASA: 'National Aeronautics and Space Administration',
  GOP: 'Republican Party',
  DNC: 'Democratic National Committee',
  RNC: 'Republican National Committee',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  EU: 'European Union',
  'E.U.': 'European Union',
  NATO: 'North Atlantic Treaty Organization',
  WHO: 'World Health Organization',
  IMF: 'International Monetary Fund',
  WTO: 'World Trade Organization',
  OAS: 'Organization of American States',
  UNHCR: 'UN Refugee Agency',
  IOM: 'International Organization for Migration',
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  BBC: 'British Broadcasting Corporation',
  NYPD: 'New York Police Department',
  LAPD: 'Los Angeles Police Department',
  NFL: 'National Football League',
  NBA: 'National Basketball Association',
  MLB: 'Major League Baseball',
  NHL: 'National Hockey League',
  IDF: 'Israel Defense Forces',
});

/** Acronyms that name places, not organisations. */
export const PLACE_ACRONYMS: ReadonlySet<string> = new Set([
  'US',
  'U.S.',
  'USA',
  'U.S.A.',
  'UK',
  'U.K.',
  'UAE',
  'D.C.',
  'DC',
  'PRC',
  'DRC',
  'DPRK',
  'NYC',
  'LA',
  'L.A.',
  'N.Y.',
  'N.J.',
  'N.C.',
  'S.C.',
  'N.H.',
  'N.M.',
  'N.D.',
  'S.D.',
  'R.I.',
  'B.C.',
]);

/** Lower-case nouns that make an organisation's name before them a site of it ("the Acme plant"): a place. */
export const SITE_NOUNS: ReadonlySet<string> = new Set(
  `plant factory store branch warehouse supermarket mill refinery mine campus`.split(/\s+/),
);

/** Lower-case nouns that make the name right after them an organisation ("chip maker X", "startup X"). */
export const ORG_NOUNS_BEFORE: ReadonlySet<string> = new Set(
  `company firm startup start-up upstart giant maker manufacturer operator provider carrier retailer chain
  club side outfit newspaper magazine broadcaster network bank lender insurer airline carmaker automaker
  developer vendor supplier publisher studio label rival subsidiary conglomerate brewer distributor
  franchise charity nonprofit non-profit`.split(/\s+/),
);

/** Nouns right after the name of a web site or a survey in quotation marks ("USGS's “Did you feel it?” site"). */
export const SITE_NOUNS_AFTER: ReadonlySet<string> = new Set(
  `site website web page survey app hashtag`.split(/\s+/),
);

/** Lower-case nouns that make the name right before them an organisation ("X spokesman", "X's shares"). */
export const ORG_NOUNS_AFTER: ReadonlySet<string> = new Set(
  `spokesman spokeswoman spokesperson executives employees staffers shares stock stockholders shareholders
  headquarters subsidiary ceo cfo coo cto magazine newspaper tabloid`.split(/\s+/),
);

/**
 * Plural nouns of the people a body sends out or employs: written capitalised at the end of a run of
 * capitalised words ("City Crews worked …", "Harlow Electric Crews") they are the body's people, no
 * word of its name ("workers" is left out: "United Auto Workers" is a union's name).
 */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(
  `crews staff staffers employees officials volunteers firefighters linemen lineworkers technicians
  responders`.split(/\s+/),
);

/** Lower-case nouns that make the name right before them (no "'s" between) the title of a work or a broadcast ("NBC's Real Life program"). */
export const WORK_NOUNS_AFTER: ReadonlySet<string> = new Set(
  `program programme show series documentary podcast film movie album`.split(/\s+/),
);

/** Nouns (and "titled") right before a work's title in quotation marks ("the 2005 book “The Big Show …”", "his film, “Ted”"). */
export const WORK_NOUNS_BEFORE: ReadonlySet<string> = new Set([
  ...WORK_NOUNS_AFTER,
  ...`book novel memoir song play musical article essay column exhibition exhibit poem painting opera titled
  entitled subtitle`.split(/\s+/),
]);

/** Lower-case nouns that join the name before them into one organisation ("the Bush administration"). */
export const ORG_HEADS_AFTER: ReadonlySet<string> = new Set(
  `administration government regime magazine newspaper`.split(/\s+/),
);

/**
 * Nouns that, in an apposition after a name, make it an organisation ("X, a software company"). Not
 * "contractor": one builder is as often a contractor as a firm ("Quillon Harte, a contractor, said").
 */
export const ORG_APPOSITION_NOUNS: ReadonlySet<string> = new Set(
  `company firm maker manufacturer provider operator startup start-up retailer chain group organization
  organisation corporation business conglomerate airline carrier bank lender insurer publisher developer
  supplier vendor club team charity nonprofit non-profit`.split(/\s+/),
);

/** Stock exchanges, written before a ticker ("(NYSE: X)"): neither they nor the ticker are entities. */
export const STOCK_EXCHANGES: ReadonlySet<string> = new Set([
  'NYSE',
  'NASDAQ',
  'Nasdaq',
  'NSDQ',
  'AMEX',
  'LSE',
  'TSX',
  'OTC',
  'Euronext',
  'ASX',
  'HKEX',
]);

/** Acronyms of common nouns and credentials ("DUI", "MRI", "MD"): never an organisation. */
export const COMMON_NOUN_ACRONYMS: ReadonlySet<string> = new Set(
  `DUI DWI OWI OUI MRI CT TD IR TKO KO MVP RBI ERA IPO GDP CPI ATM PIN ID IQ TV HD DVD CD PC IT AI OS USB GPS
  SMS LTE HIV AIDS SARS DNA RNA CEO CFO COO CTO PR HR RV SUV MPH MIA AWOL POW MM QWERTY LOL FAQ PDF URL AM PM
  MD PHD RN DDS ESQ JD MBA BA BS QB RB WR TE LB CB DB OL DL VP ICU ER`.split(/\s+/),
);

/**
 * Words that make a name led by a place an event or a thing, not a body ("Boston Marathon", "Paris
 * Agreement"), and no person's ("Grace Period Act": an act of law; "Bill" and "Law" are names too).
 */
export const EVENT_WORDS: ReadonlySet<string> = new Set(
  `agreement accord accords treaty deal summit talks marathon festival fair week games olympics cup open
  championship championships series tournament classic bowl conference convention protocol declaration
  act amendment ordinance statute
  massacre attack attacks bombing bombings shooting earthquake quake fire flood floods storm hurricane
  riots war crisis strip time standard award awards prize medal oscars emmys grammys`.split(/\s+/),
);

/**
 * Words that close the title of a law or a draft law ("the Asylum and Borders Bill", "the Health and Social
 * Care Act"): inside such a title "and" joins two words of the one title, never two bodies.
 */
export const LAW_TITLE_WORDS: ReadonlySet<string> = new Set(
  `bill act law amendment ordinance statute`.split(/\s+/),
);

/** Legal suffixes a company's name may drop ("Acme Corp." is also "Acme"). */
export const LEGAL_SUFFIXES: ReadonlySet<string> = new Set(
  `inc inc. corp corp. co co. ltd ltd. plc llc sa ag gmbh nv bv corporation incorporated limited`.split(
    /\s+/,
  ),
);

/**
 * Words of a faith ("Catholic", "Muslims"): alone they name no one and no body, like a demonym ("a Catholic
 * school", "her Catholic faith"); inside a longer name they stay ("Catholic Charities", "the Catholic Church").
 */
export const FAITH_WORDS: ReadonlySet<string> = new Set(
  `catholic catholics protestant protestants muslim muslims jewish jews hindu hindus buddhist buddhists sikh
  sikhs mormon mormons evangelical evangelicals anglican anglicans lutheran lutherans methodist methodists
  presbyterian presbyterians islamic sunni sunnis shia shiite shiites`.split(/\s+/),
);

/**
 * Organisations the news names by a bare name that no word marks as a body: armed and political groups,
 * crime syndicates, charities and large companies (folded: lower case, no accents or dots).
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'hamas',
  'hezbollah',
  'hizbollah',
  'taliban',
  'al-qaeda',
  'al qaeda',
  'al-qaida',
  'isis',
  'isil',
  'islamic state',
  'boko haram',
  'al-shabaab',
  'fatah',
  'islamic jihad',
  'farc',
  'pkk',
  'muslim brotherhood',
  'houthis',
  'cosa nostra',
  'camorra',
  'ndrangheta',
  'yakuza',
  'weather underground',
  'ku klux klan',
  'pentagon',
  'kremlin',
  'scotland yard',
  'interpol',
  'europol',
  'red cross',
  'red crescent',
  'amnesty international',
  'human rights watch',
  'greenpeace',
  'oxfam',
  'unicef',
  'unesco',
  'doctors without borders',
  'medecins sans frontieres',
  'microsoft',
  'apple',
  'google',
  'alphabet',
  'facebook',
  'twitter',
  'instagram',
  'youtube',
  'netflix',
  'intel',
  'oracle',
  'cisco',
  'dell',
  'hewlett-packard',
  'samsung',
  'sony',
  'nokia',
  'motorola',
  'blackberry',
  'research in motion',
  'verizon',
  'at&t',
  't-mobile',
  'vodafone',
  'qualcomm',
  'nvidia',
  'adobe',
  'yahoo',
  'ebay',
  'paypal',
  'uber',
  'airbnb',
  'tesla',
  'toyota',
  'honda',
  'nissan',
  'volkswagen',
  'bmw',
  'mercedes-benz',
  'daimler',
  'chrysler',
  'boeing',
  'airbus',
  'lockheed martin',
  'exxon',
  'exxonmobil',
  'chevron',
  'walmart',
  'wal-mart',
  'costco',
  "mcdonald's",
  'starbucks',
  'coca-cola',
  'pepsico',
  'nike',
  'adidas',
  'disney',
  'pfizer',
  'goldman sachs',
  'jpmorgan',
  'jpmorgan chase',
  'citigroup',
  'barclays',
  'hsbc',
  'lionsgate',
  'warner bros',
  'paramount',
]);

/** Words just before a name that make it a sports team ("victory over X", "top-seeded X"). */
export const TEAM_CONTEXT_BEFORE: readonly string[] = [
  'victory over',
  'victories over',
  'win over',
  'wins over',
  'loss to',
  'losses to',
  'lost to',
  'fell to',
  'defeat of',
  'defeat to',
  'beat',
  'beats',
  'defeated',
  'defeats',
  'top-ranked',
  'top-seeded',
  'visiting',
];
