// One gathering's crowd told by an outlet as a count in its own voice ("About 3,000 protesters gathered
// outside parliament") and by another outlet with a value that cannot also hold ("police put the crowd
// at 1,800") is a difference to check, never ✗: the reader sees each sentence, which names who gives
// its figure (newuser22 #6). A crowd's count is a crowd noun a crowd verb tells ("protesters gathered",
// support/crowd.ts) or a value given to the crowd as a whole ("put the crowd at 1,800", "a crowd of
// 2,000"), in digits (a worded "several thousand" is too loose to be another value). Two sources'
// own estimates (the police's 4,000, the organisers' 15,000) are no difference: each is its source's
// (sourced-counts.ts), so one side must be an outlet's own count. The two sentences must name one
// place or thing besides the crowd ("parliament"), or they may tell two gatherings.
import type { Conflict, Figure, SegmentedArticle } from '../../model/index.ts';
import { timeOfDayAt } from '../../text/clock.ts';
import { stem } from '../../text/normalise.ts';
import type { Claim } from './claims.ts';
import { CROWD_MOMENTS, CROWD_NOUNS, CROWD_WHOLES, MOMENT_BEFORE } from './data/crowd-words.ts';
import { evidenceKey } from './evidence-key.ts';
import { figureSource } from './figure-source.ts';
import { countDifference, type Told } from './measure-updates.ts';
import { bothHold } from './support/bounds.ts';
import { crowdCount } from './support/crowd.ts';
import { tokenAt } from './support/figure-words.ts';
import type { Reading } from './support/index.ts';

type Difference = Omit<Conflict, 'id'>;

const WHOLES = new Set(CROWD_WHOLES.map(stem));
const PEOPLE = new Set([...CROWD_NOUNS, ...CROWD_WHOLES].map(stem));
// the words before a figure that give it to a crowd as a whole: "crowd at", "crowd of", "turnout at"
const WHOLE_BEFORE = new Set(['at', 'of']);

// how far back from its "at" the crowd's noun may be, past where it was ("the crowd outside the old
// town hall at 1,800")
const WHOLE_REACH = 6;

// Whether a figure is a value given to a crowd as a whole ("put the crowd at about 1,800", "estimated
// the crowd outside parliament at 1,800", "a crowd of 2,000").
function wholeCrowd(f: Told['figure'], r: Reading): boolean {
  const tokens = r.claim.tokens;
  const k = tokenAt(f, r) - (f.qualifier?.split(' ').length ?? 0);
  if (!WHOLE_BEFORE.has(tokens[k - 1]?.norm ?? '')) return false;
  for (let j = k - 2; j >= Math.max(0, k - 2 - WHOLE_REACH); j--) {
    const t = tokens[j];
    if (!t || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return false;
    if (WHOLES.has(stem(t.text))) return true;
    // (only "at" reaches past a place: "a crowd of" is its own value)
    if (tokens[k - 1]?.norm !== 'at') return false;
  }
  return false;
}

const MOMENTS = new Set(CROWD_MOMENTS);
const BEFORE_MOMENT = new Set(MOMENT_BEFORE);
const sentenceOf = (article: SegmentedArticle, claim: Claim) =>
  article.sentences.find((s) => s.start <= claim.span.start && claim.span.start < s.end)?.tokens ?? [];

// Whether a sentence counts its crowd by a moment of the day ("By noon about 500 protesters had
// gathered", "by the evening police put the crowd at 4,000", "by 2 p.m."): the crowd then, not its size.
const byAMoment = (tokens: ReturnType<typeof sentenceOf>): boolean =>
  tokens.some((t, k) => {
    if (t.norm !== 'by') return false;
    const j = BEFORE_MOMENT.has(tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
    return MOMENTS.has(tokens[j]?.norm ?? '') || timeOfDayAt(tokens, j);
  });

// The nouns and names a sentence tells besides the crowd's own words (where the crowd was, what for).
function namedIn(article: SegmentedArticle, claim: Claim): Set<string> {
  const out = new Set<string>();
  for (const t of sentenceOf(article, claim))
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && !PEOPLE.has(stem(t.text))) out.add(stem(t.text));
  return out;
}

/**
 * The crowd counts of a story that an outlet tells in its own voice and another outlet tells otherwise
 * (a value that cannot also hold, in a sentence naming a place or thing of the first's), that no
 * listed difference shows (`listed`): one figure difference, "crowd", a side per value.
 * @example
 * // "About 3,000 protesters gathered outside parliament." (paper) / "… outside parliament during the
 * // debate; police put the crowd at 1,800." (wire): crowd, 3,000 [paper] / 1,800 [wire]
 */
export function crowdCounts(
  claims: readonly Claim[],
  readingOf: (i: number) => Reading,
  news: readonly SegmentedArticle[],
  figures: readonly Figure[],
  listed: readonly Difference[],
): Difference[] {
  const docs = new Map(news.map((a) => [a.article.id, a]));
  const outlet = (c: Claim) => docs.get(c.articleId)?.article.outlet ?? c.sourceId;
  const told: (Told & { own: boolean; named: Set<string> })[] = [];
  for (const claim of claims) {
    const doc = docs.get(claim.articleId);
    if (!doc || !claim.figures.length || claim.quoted || byAMoment(sentenceOf(doc, claim))) continue;
    const r = readingOf(claim.index);
    if (r.modality !== 'happened' || r.negated) continue;
    for (const f of claim.figures) {
      if (f.worded || f.unit !== null || f.rate !== null || f.frame !== null) continue;
      const whole = wholeCrowd(f, r);
      if (!whole && !crowdCount(f, r)) continue;
      // a value someone puts the crowd at is theirs; a count with no source read is the outlet's own
      const own = !whole && figureSource(claim, f, figures) === null;
      told.push({ claim, figure: f, own, named: namedIn(doc, claim) });
    }
  }
  const held = new Set(listed.flatMap((d) => d.sides.flatMap((s) => s.evidence.map(evidenceKey))));
  // each own count with the tellings of other outlets it cannot hold beside, of one gathering
  const kept = new Set<Told>();
  for (const a of told) {
    if (!a.own) continue;
    for (const b of told) {
      if (outlet(b.claim) === outlet(a.claim) || b.claim.sourceId === a.claim.sourceId) continue;
      if (bothHold(a.figure, b.figure) || ![...a.named].some((n) => b.named.has(n))) continue;
      kept.add(a).add(b);
    }
  }
  if (!kept.size) return [];
  const d = countDifference('crowd', [...kept], held, () => 'crowd', false);
  return d ? [d] : [];
}
