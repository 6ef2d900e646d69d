/** A contested word or phrase and its neutral alternative. */
export interface ContestedTerm {
  /** The phrase as written; matched with common inflections (plural, -ly, -ed, -ing). */
  readonly term: string;
  readonly neutral: string;
}

/**
 * A minimal fallback list of contested terms (newsroom style-guide usage), used only when no lexicon is
 * passed in; the compare stage's lexicon is the reference.
 */
export const FALLBACK_CONTESTED_TERMS: readonly ContestedTerm[] = [
  { term: 'illegal', neutral: 'unauthorized' },
  { term: 'illegals', neutral: 'undocumented immigrants' },
  { term: 'alien', neutral: 'noncitizen' },
  { term: 'crisis', neutral: 'situation' },
  { term: 'surge', neutral: 'increase' },
  { term: 'flood', neutral: 'large number' },
  { term: 'influx', neutral: 'arrival' },
  { term: 'torrent', neutral: 'large number' },
  { term: 'invasion', neutral: 'arrivals' },
  { term: 'horde', neutral: 'large group' },
  { term: 'swarm', neutral: 'large group' },
  { term: 'open border', neutral: '(describe the policy)' },
  { term: 'amnesty', neutral: 'legalization' },
  { term: 'regime', neutral: 'government' },
  { term: 'extremist', neutral: '(describe views or acts)' },
  { term: 'radical', neutral: '(describe views)' },
  { term: 'pro-life', neutral: 'anti-abortion' },
  { term: 'pro-choice', neutral: 'abortion-rights' },
  { term: 'death tax', neutral: 'estate tax' },
  { term: 'slam', neutral: 'criticize' },
  { term: 'blast', neutral: 'criticize' },
];
