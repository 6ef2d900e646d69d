import { stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { CROWD_NOUNS, CROWD_VERBS } from '../data/crowd-words.ts';
import { activeVerb, directVerb, subjectVerb } from './figure-words.ts';
import type { Reading } from './reading.ts';

const NOUNS = new Set(CROWD_NOUNS.map(stem));
const VERBS = new Set(CROWD_VERBS.map(stem));

/** Whether a figure counts people by a crowd noun and a crowd verb tells what they did ("300 people rallied"). */
export const crowdCount = (f: ClaimFigure, r: Reading): boolean => {
  const verb = directVerb(f, r) ?? subjectVerb(f, r) ?? activeVerb(f, r);
  return f.counts !== null && NOUNS.has(f.counts) && verb !== null && VERBS.has(verb);
};

/**
 * Whether two figures count one gathering's crowd: each counts people by a crowd noun ("300
 * people", "more than 1,000 furious residents") that a crowd verb tells ("rallied", "packed the
 * steps"). Two sizes of one crowd are one measure, whatever noun, adjective or verb each outlet
 * chose (newuser16 #5); whether it is one gathering is the clash rules' to tell (its names, its day).
 */
export const oneCrowd = (f: ClaimFigure, a: Reading, g: ClaimFigure, b: Reading): boolean =>
  crowdCount(f, a) && crowdCount(g, b);
