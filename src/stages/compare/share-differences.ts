// Shares of one named whole told with other values by other outlets ("will take 40% of the parks and
// libraries budget" / "will use 38% of the parks and libraries budget this year" / "takes 35% of the
// parks and libraries budget for the year"): one measure, a difference to check with a side per value,
// whatever verb each outlet tells it by. A written rule, kept narrow against two parts of one whole
// ("the pool takes 40% of the capital budget" / "roads take 30% of the capital budget"):
// - the whole is named by two or more words past its time and owner ("the parks and libraries
//   budget", "the town's capital budget" as "capital budget"; "of the vote" is too bare);
// - the share is the sentence's only percentage, told by a verb whose subject is read right before
//   it: one head noun, or a word that stands for the story's subject ("the project", "it":
//   data/share-words.ts);
// - subjects of two heads make two parts: a head's shares are one measure only when no other head
//   takes a share of that whole in the story, and a stand-in joins a head only when that head is the
//   only one;
// - an article giving two values of one measure tells two parts or a change: that measure is left out;
// - shares told of two years ("took 40% … last year" / "will take 35% … next year") are two measures.
import type { Conflict, Token } from '../../model/index.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import { evidenceOverlaps } from '../../text/evidence.ts';
import { stem } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import type { Claim } from './claims.ts';
import { STAND_IN_SUBJECTS, WHOLE_TIME_WORDS, YEAR_SHIFTS } from './data/share-words.ts';
import { evidenceOf } from './support/measure-sides.ts';
import { agree } from './support/quantities.ts';

const STAND_INS = new Set(STAND_IN_SUBJECTS.map(stem));
const TIME_WORDS = new Set(WHOLE_TIME_WORDS.map(stem));
const WHOLE_MIN_WORDS = 2;

/** A share read: the claim, its figure, the whole's key and words, its subject's head, its years. */
interface Share {
  readonly claim: Claim;
  readonly figure: ClaimFigure;
  readonly whole: string;
  readonly wholeText: string;
  readonly head: string | null;
  readonly years: string;
}

// The years a clause tells, as one key ('' when none): "in 2024", "last year", and the owner of a
// whole, "next year's budget", which the dates reader leaves (a year's, not a time of the event).
function yearsOf(claim: Claim): string {
  const years = new Set<string>();
  for (const { value: v } of findDateMentions(claim.text))
    if (v.kind === 'year') years.add(String(v.year));
    else if (v.kind === 'period' && v.unit === 'year') years.add(`shift ${v.shift}`);
  const t = claim.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    const shift = YEAR_SHIFTS.get(t[i - 1]?.norm ?? '');
    if (shift !== undefined && t[i]?.norm === 'year' && t[i + 1]?.norm === "'s") years.add(`shift ${shift}`);
  }
  return [...years].sort().join(' ');
}

// The whole after "N% of": its content words past its time and owner (a word before "'s"), as a key
// of stems and as written; null when fewer than WHOLE_MIN_WORDS name it.
function wholeAfter(tokens: readonly Token[], k: number): { key: string; text: string } | null {
  if (tokens[k]?.norm !== 'of') return null;
  const words: Token[] = [];
  for (let i = k + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // (an owner, "the town's", and its mark are no word of which whole)
    const owner = tokens[i + 1]?.norm === "'s" || t.norm === "'s";
    if (!owner && !/^(DET|ADJ|NOUN|PROPN|CCONJ)$/.test(t.pos)) break;
    if (!owner && /^(NOUN|PROPN|ADJ)$/.test(t.pos) && !TIME_WORDS.has(stem(t.text))) words.push(t);
  }
  if (words.length < WHOLE_MIN_WORDS || !/^(NOUN|PROPN)$/.test(words[words.length - 1]?.pos ?? ''))
    return null;
  // (as written from its first word to its last, "parks and libraries budget")
  const [from, to] = [tokens.indexOf(words[0] as Token), tokens.indexOf(words[words.length - 1] as Token)];
  const text = tokens
    .slice(from, to + 1)
    .filter((t) => words.includes(t) || t.pos === 'CCONJ')
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return { key: words.map((t) => stem(t.text)).join(' '), text };
}

// The head of the share's subject: the word right before the verb that tells the share (past its
// auxiliaries, "will take"), as a stem, 'stand-in' for a word that stands for the story's subject, or
// null when no noun is there ("the rebuild, approved on Monday, will take"). A verb after a
// determiner or a noun is a noun the tagger misread ("The library rebuild takes").
function subjectHead(tokens: readonly Token[], figureAt: number): string | null {
  let i = figureAt - 1;
  while (i >= 0 && (tokens[i] as Token).pos !== 'VERB') i--;
  for (i--; i >= 0 && /^(AUX|ADV|PART)$/.test((tokens[i] as Token).pos); i--);
  const t = tokens[i];
  if (!t) return null;
  const misread = t.pos === 'VERB' && /^(DET|NOUN|ADJ)$/.test(tokens[i - 1]?.pos ?? '');
  if (!/^(NOUN|PROPN|PRON)$/.test(t.pos) && !misread) return null;
  const s = stem(t.text);
  return STAND_INS.has(s) || STAND_INS.has(t.norm) ? 'stand-in' : s;
}

// Each claim's share of a named whole, when it is the claim's only percentage (one per sentence).
function sharesOf(claims: readonly Claim[]): Share[] {
  const out: Share[] = [];
  const seen = new Set<string>();
  for (const claim of claims) {
    const percents = claim.figures.filter((f) => f.unit === 'percent');
    const figure = percents[0];
    if (percents.length !== 1 || !figure || claim.broken) continue;
    const key = `${claim.articleId}:${figure.span.start}`;
    if (seen.has(key)) continue;
    const at = claim.tokens.findIndex((t) => t.start >= figure.span.end);
    const whole = at >= 0 ? wholeAfter(claim.tokens, at) : null;
    if (!whole) continue;
    seen.add(key);
    const first = claim.tokens.findIndex((t) => t.end > figure.span.start);
    out.push({
      claim,
      figure,
      whole: whole.key,
      wholeText: whole.text,
      head: subjectHead(claim.tokens, first),
      years: yearsOf(claim),
    });
  }
  return out;
}

/**
 * The differences to check of shares of one named whole across the story's articles: one per
 * measure whose articles give two or more values, a side per value (see the rule above).
 * @example
 * shareDifferences(claims)[0]?.about // "share of the parks and libraries budget (percent)"
 */
export function shareDifferences(claims: readonly Claim[]): Omit<Conflict, 'id'>[] {
  const out: Omit<Conflict, 'id'>[] = [];
  for (const shares of Map.groupBy(sharesOf(claims), (s) => s.whole).values()) {
    if (shares.some((s) => s.head === null)) continue;
    const heads = new Set(shares.map((s) => s.head).filter((h) => h !== 'stand-in'));
    // (two heads: two parts of the whole, or unsure which is which)
    if (heads.size > 1) continue;
    // (two years told: two measures, or unsure which is which)
    if (new Set(shares.map((s) => s.years).filter(Boolean)).size > 1) continue;
    const sides: { value: ClaimFigure; claims: Claim[] }[] = [];
    const byArticle = new Map<string, ClaimFigure>();
    let twoValues = false;
    for (const s of shares) {
      const own = byArticle.get(s.claim.articleId);
      if (own && !agree(own, s.figure)) twoValues = true;
      byArticle.set(s.claim.articleId, s.figure);
      const side = sides.find((x) => agree(x.value, s.figure) && agree(s.figure, x.value));
      if (side) side.claims.push(s.claim);
      else sides.push({ value: s.figure, claims: [s.claim] });
    }
    if (twoValues || sides.length < 2 || byArticle.size < 2) continue;
    const wholeText = (shares[0] as Share).wholeText;
    out.push({
      kind: 'figure',
      about: `share of the ${wholeText} (percent)`,
      sides: sides.map((side) => ({
        claim: (side.claims[0] as Claim).text,
        evidence: side.claims.map(evidenceOf),
      })),
    });
  }
  return out;
}

/**
 * Whether a difference judged pair by pair is a share difference's already: a percentage's, each of
 * its sentences a sentence of that one (the share difference lists every value, this only two).
 */
export function heldByShares(d: Omit<Conflict, 'id'>, shares: readonly Omit<Conflict, 'id'>[]): boolean {
  if (d.kind !== 'figure' || !d.about.endsWith('(percent)')) return false;
  return shares.some((s) => {
    const theirs = s.sides.flatMap((side) => side.evidence);
    return d.sides.every((side) => side.evidence.every((e) => theirs.some((f) => evidenceOverlaps(e, f))));
  });
}
