import type { Token } from '../../../model/index.ts';
import { isAgeFigure } from '../../../text/ages.ts';
import { otherStatus } from '../../../text/count-status.ts';
import { fold, stem } from '../../../text/normalise.ts';
import type { ClaimFigure } from '../../../text/quantities.ts';
import { UPDATE_CUES } from '../data/measures.ts';
import { otherTimes, twoCountries } from './apart.ts';
import { keptApart } from './change-links.ts';
import { complementWords, inRole, places } from './counted.ts';
import { figureMood, governors, tokenAt } from './figure-words.ts';
import { otherMeasure, otherTotal } from './measures.ts';
import { unresolvedSubject } from './pronoun-subject.ts';
import { agree } from './quantities.ts';
import { baseStem, perFigure, perReading, type Reading } from './reading.ts';
import { reporterName } from './reporters.ts';
import { untrusted } from './untrusted.ts';

// the cues' words by their first word: a token that starts none is passed over with one look-up
const CUES = Map.groupBy(
  UPDATE_CUES.map((p) => p.split(' ')),
  (words) => words[0] as string,
);

/** Whether a reading holds a word that makes a value one count among others (data/measures.ts). */
export const cued = perReading((r: Reading): boolean => {
  const tokens = r.claim.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const phrases = CUES.get((tokens[i] as Token).norm);
    if (phrases?.some((p) => p.every((w, k) => tokens[i + k]?.norm === w))) return true;
  }
  return false;
});

// The verb nearest before a figure in its clause (past what lies between, up to a punctuation mark
// other than a hyphen), as its token index, or -1.
function verbBefore(f: ClaimFigure, r: Reading): number {
  const tokens = r.claim.tokens;
  for (let k = tokenAt(f, r) - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' && t.text !== '-') return -1;
    if (t.pos === 'VERB') return k;
  }
  return -1;
}

// Words a subject phrase is made of: names, nouns and what goes with them ("Arcade Joseph Comeaux
// Jr.", "the Norvale council", "Hewlett-Packard's").
const PHRASE = /^(PROPN|NOUN|ADJ|DET|PART)$/;

/**
 * Who a figure's verb is said of: the folded names of the phrase right before the verb and its
 * auxiliaries ("Arcade Joseph Comeaux Jr. is serving three life sentences" → arcade, joseph, comeaux,
 * jr), or an opening pronoun's person; null when that phrase names nobody ("Two people were killed").
 */
function subjectOf(f: ClaimFigure, r: Reading): ReadonlySet<string> | null {
  const tokens = r.claim.tokens;
  let k = verbBefore(f, r);
  if (k < 0) return null;
  for (k--; k >= 0 && /^(AUX|ADV|PART)$/.test(tokens[k]?.pos ?? ''); k--);
  // a second verb of one subject ("Brandt hurt his knee and missed four games"): the clause's first
  if (tokens[k]?.pos === 'CCONJ') {
    k = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
    for (k--; k >= 0 && /^(AUX|ADV|PART)$/.test(tokens[k]?.pos ?? ''); k--);
  }
  const out = new Set<string>();
  for (; k >= 0; k--) {
    const t = tokens[k] as Token;
    const abbreviation = t.text === '.' && tokens[k - 1]?.pos === 'PROPN';
    if (t.pos === 'PRON' && r.claim.subject) return new Set([`e:${r.claim.subject.id}`]);
    if (!PHRASE.test(t.pos) && !abbreviation && t.text !== '-') break;
    if (t.pos === 'PROPN') out.add(fold(t.text));
  }
  return out.size > 0 ? out : null;
}

// The word that tells a figure: its verb's base stem ("served" / "is serving" → serv).
const predicateOf = (f: ClaimFigure, r: Reading): string | null => {
  const k = verbBefore(f, r);
  return k < 0 ? null : baseStem(stem((r.claim.tokens[k] as Token).text));
};

// Both count one thing: the same counted noun ("three life sentences" / "a life sentence"), or, for
// an amount, the same noun told after it or right before it ("a $13.2 billion acquisition").
function sameThing(f: ClaimFigure, a: Reading, x: ClaimFigure, b: Reading): boolean {
  if (f.unit === null) return f.counts !== null && f.counts === x.counts;
  const nouns = (z: ClaimFigure, r: Reading) => governors(z, r).filter((w) => w.startsWith('n:'));
  const [na, nb] = [nouns(f, a), nouns(x, b)];
  if (na.length > 0 || nb.length > 0) return na.some((w) => nb.includes(w));
  return f.context[0] !== undefined && f.context[0] === x.context[0];
}

// The only figure of its unit in its sentence: with several, which one the other answers is a guess.
const onlyOfUnit = (f: ClaimFigure, r: Reading): boolean =>
  !r.claim.figures.some((g) => g !== f && g.unit === f.unit);

/**
 * The one fact told with two values (issue 10: the one kind of clash a careful fact-checker calls a
 * contradiction), as the claim's figure and the other's, or null: each figure the only one of its
 * unit in its sentence, told by the same verb of the same named subject ("The Halden flood killed 12
 * people" / "The Halden flood killed 20 people"), counting the same thing at the same rate, of one
 * measure ("left 14 people dead" / "left 30 people injured" are two), neither a total past the other
 * nor told with a detail the other lacks ("missed eight games with a fracture" / "missed four
 * games"); both in the outlet's own voice or told by one source, both unquoted or both quoted; both
 * told as done or both as planned, neither negated; no word of an update, bound or part on either
 * side ("rose", "so far", "at least", "now", "initially", "including"); no two other times
 * (apart.ts); and values whose intervals do not overlap, nor agree once rounded ("at least six
 * weeks" / "up to three months" both hold). Publication times are not compared: a reading does not carry them.
 */
export function toldAlike(a: Reading, b: Reading): readonly [ClaimFigure, ClaimFigure] | null {
  if (a.claim.figures.length === 0 || b.claim.figures.length === 0) return null;
  // who "he" is must be known on both sides
  if (unresolvedSubject(a) || unresolvedSubject(b)) return null;
  if (cued(a) || cued(b) || a.negatedAnywhere || b.negatedAnywhere || otherTimes(a, b)) return null;
  if (a.claim.quoted !== b.claim.quoted || a.modality !== b.modality || a.modality === 'hypothetical')
    return null;
  if (reporterName(a) !== reporterName(b)) return null;
  for (const f of a.claim.figures) {
    if (!told(f, a)) continue;
    const p = predicateOf(f, a);
    const sa = subjectOf(f, a);
    if (p === null || sa === null || partOnly(f, a, b)) continue;
    const x = b.claim.figures.find(
      (y) =>
        y.unit === f.unit &&
        y.rate === f.rate &&
        (f.high < y.low || y.high < f.low) &&
        !agree(f, y) &&
        told(y, b) &&
        sameThing(f, a, y, b) &&
        !twoCountries(f, a, y, b) &&
        !otherMeasure(f, a, y, b) &&
        !otherStatus(f, a.claim.tokens, y, b.claim.tokens) &&
        !otherTotal(f, a, y, b) &&
        !keptApart(f, a, y, b) &&
        !partOnly(y, b, a) &&
        predicateOf(y, b) === p &&
        figureMood(y, b) === figureMood(f, a) &&
        [...(subjectOf(y, b) ?? [])].some((w) => sa.has(w)),
    );
    if (x) return [f, x];
  }
  return null;
}

/**
 * A figure that says something on its own, the only one of its unit in its sentence: no age, no
 * distance that places a thing ("two miles east of Ostbury"), no time in a role ("four seasons as
 * director").
 */
export const told = perFigure(
  (f: ClaimFigure, r: Reading): boolean =>
    f.unit !== 'ordinal' &&
    onlyOfUnit(f, r) &&
    !untrusted(f, r) &&
    !isAgeFigure(f) &&
    !places(f, r) &&
    !inRole(f, r),
);

/**
 * A count told with a detail the other side does not tell: a part ("in its paint shop"), a place,
 * a cause ("missed eight games with a fracture" / "missed four games"): maybe another count.
 */
export const partOnly = (f: ClaimFigure, r: Reading, other: Reading): boolean =>
  complementWords(f, r).some((w) => !other.allStems.has(w));
