import { dict } from './dict.ts';

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
  program programme project initiative trust society`.split(/\s+/),
);

/** Organisation names that are also a person's role, and so must not make a person an organisation. */
export const ORG_HEADS_NOT_ALONE: ReadonlySet<string> = new Set([
  'house',
  'center',
  'centre',
  'school',
  'college',
]);

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
]);
