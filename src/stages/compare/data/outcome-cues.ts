/**
 * Phrases that say an event produced nothing ("failed to announce", "no agreement", "broke down").
 * Plain words, stemmed when compiled; a trailing `*` matches any ending. General newsroom wording,
 * not any one outlet's.
 */
export const NEGATIVE_OUTCOME_CUES: readonly string[] = [
  'failed',
  'fails',
  'fail to',
  'failure',
  'no agreement',
  'no deal',
  'no breakthrough',
  'no progress',
  'no concrete',
  'no new measures',
  'without agreement',
  'without a deal',
  'without an agreement',
  'without progress',
  'without results',
  'unable to agree',
  'unable to reach',
  'broke down',
  'collapsed',
  'stalled',
  'deadlock*',
  'impasse',
  'unproductive',
  'fruitless',
  'inconclusive',
  'ended without',
  'empty-handed',
];

/** Phrases that say an event produced something ("very productive", "agreements were reached"). */
export const POSITIVE_OUTCOME_CUES: readonly string[] = [
  'productive',
  'fruitful',
  'successful',
  'breakthrough',
  'constructive',
  'agreements were reached',
  'agreement was reached',
  'reached an agreement',
  'reached agreement',
  'reached a deal',
  'struck a deal',
  'made progress',
  'significant progress',
  'good progress',
  'historic agreement',
];

/** Words naming the kind of event whose outcome is reported (a meeting, talks, a visit), stemmed when compiled. */
export const EVENT_WORDS: readonly string[] = [
  'meeting',
  'met',
  'talks',
  'visit',
  'discuss',
  'discussions',
  'negotiations',
  'negotiate',
  'summit',
  'trip',
  'session',
  'conference',
  'dialogue',
];

/** Negators that flip a cue starting within the next two words ("not productive"). */
export const NEGATORS: readonly string[] = ['not', "n't", 'never', 'hardly', 'neither', 'nor', 'no'];
