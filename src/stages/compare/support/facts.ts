import type { Evidence, FactMark, SegmentedArticle } from '../../../model/index.ts';
import type { Alignment } from '../align.ts';
import type { Claim } from '../claims.ts';
import { REPRESENTATIVE_CANDIDATES, REPRESENTATIVE_SAMPLE } from '../patterns.ts';
import { markBeforeEvent, toldAsPlanned } from './before-event.ts';
import { type Judgement, judgeInSteps, judgeUnlessRelated } from './judge.ts';
import { aboutAllowsSupport, coverAllowsSupport, supportable } from './may-support.ts';
import type { Modality } from './modality.ts';
import type { Reading } from './reading.ts';
import { displayOf, showsWholeQuotation, standsAlone } from './shown-claim.ts';

/** A fact whose support was checked: its claim, and how every article of the story stands to it. */
export interface CheckedFact {
  /** The claim shown for the fact. */
  readonly claim: Claim;
  /** How it is shown: the clause, with an opening pronoun resolved ("[Okafor] said …"). */
  readonly text: string;
  readonly modality: Modality;
  /** Who says so, or null when it is the outlet's own voice. */
  readonly attribution: string | null;
  /** One best supporting claim per supporting article (the fact's own claim first). */
  readonly supporters: readonly Claim[];
  /** Independent sources among the supporters. */
  readonly sources: readonly string[];
  /** Article id → mark, for every article of the story. */
  readonly marks: ReadonlyMap<string, FactMark>;
  /** Claims that contradict it, with why. */
  readonly against: readonly { claim: Claim; judgement: Judgement }[];
  /** Claims that give another value, day or account of it, by a clash not proven (no ✗: their articles stay absent). */
  readonly differing: readonly { claim: Claim; judgement: Judgement }[];
}

const evidenceOf = (c: Claim): Evidence => ({ articleId: c.articleId, span: { ...c.span } });

const RANK: Readonly<Record<Judgement['verdict'], number>> = {
  supports: 3,
  contradicts: 2,
  differs: 2,
  'planned-vs-happened': 1,
  related: 0,
};

interface Context {
  readonly claims: readonly Claim[];
  /** The day an article was published (given, or its dateline's), or null: never inferred. */
  readonly publishedDay: (articleId: string) => number | null;
  /** The day a claim's sentence was written: an "Update:" item's own, else its article's. */
  readonly writtenDay: (claim: Claim) => number | null;
  /** The support reading of claim i (read on first use). */
  readonly readingOf: (i: number) => Reading;
  readonly alignment: Alignment;
  readonly idf: ReadonlyMap<string, number>;
  readonly articles: readonly SegmentedArticle[];
  /** The named speaker of a direct quote inside a claim, if the extract stage found one. */
  readonly speakerOf?: (claim: Claim) => string | null;
  /** Who says a claim (the speaker of a quote or reported speech in it), or null: the outlet's own voice. */
  readonly attributionOf?: (claim: Claim) => string | null;
}

type BestByArticle = Map<string, { claim: Claim; judgement: Judgement }>;
const SURELY_RELATED: Judgement = { verdict: 'related', cover: -1, reason: 'surely related' };

// The context with the verdicts judged so far, by pair (i × claim count + j): the rest of a group is
// judged again against its candidates (a quarter of the pairs on ECB+), so each verdict is kept.
interface Judging extends Context {
  readonly judged: Map<number, Judgement>;
  /** The verdicts of pairs found no support, worked out when first asked (judgeInSteps). */
  readonly later: Map<number, () => Judgement>;
}

// The best verdict of each other article on claim `rep`, among `candidates` (claim indices), folded
// into `best` (the best among candidates judged before).
function bestByArticle(
  rep: Claim,
  candidates: Iterable<number>,
  cx: Judging,
  best: BestByArticle = new Map(),
): BestByArticle {
  const reading = cx.readingOf(rep.index);
  const row = rep.index * cx.claims.length;
  for (const j of candidates) {
    const c = cx.claims[j] as Claim;
    if (c.articleId === rep.articleId) continue;
    let judgement = cx.judged.get(row + j);
    if (!judgement) {
      // a pair surely related changes no article's best (only the other verdicts are used), but its
      // article takes its place in the order of `best` as before (its cover, -1, beats no other's)
      judgement =
        cx.later.get(row + j)?.() ?? judgeUnlessRelated(reading, cx.readingOf(j), cx.idf) ?? SURELY_RELATED;
      cx.judged.set(row + j, judgement);
    }
    const old = best.get(c.articleId);
    if (
      !old ||
      RANK[judgement.verdict] > RANK[old.judgement.verdict] ||
      (RANK[judgement.verdict] === RANK[old.judgement.verdict] && judgement.cover > old.judgement.cover)
    )
      best.set(c.articleId, { claim: c, judgement });
  }
  return best;
}

// The group's claim to show: among the first candidates by closeness, the one most other articles
// support; what happened before what is planned; standing-alone claims before fragments.
// Returned with the best verdict of each other article among the group's claims (checkFacts goes on
// from there, so no pair is judged twice).
function chooseClaim(
  group: readonly Claim[],
  cx: Judging,
  used: ReadonlySet<number>,
): { claim: Claim; best: BestByArticle } | null {
  // a claim alone (most of a story's) is its own choice, with no other article's verdict yet
  if (group.length === 1) {
    const c = group[0] as Claim;
    return used.has(c.index) || !standsAlone(c, cx.speakerOf) ? null : { claim: c, best: new Map() };
  }
  // closeness to the others, over at most REPRESENTATIVE_SAMPLE of them (large groups stay linear)
  const sample = group.slice(0, REPRESENTATIVE_SAMPLE);
  const scored = group
    .filter((c) => !used.has(c.index) && standsAlone(c, cx.speakerOf))
    .map((c) => {
      let sum = 0;
      for (const d of sample) if (d !== c) sum += cx.alignment.score(c.index, d.index);
      return { c, sum };
    })
    .sort((x, y) => y.sum - x.sum || x.c.index - y.c.index)
    .slice(0, REPRESENTATIVE_CANDIDATES);
  // each candidate's count of supporting articles, then the full verdicts of the chosen one only
  const members = group.map((d) => d.index);
  let chosen: Claim | null = null;
  let bestKey = -1;
  for (const { c } of scored) {
    const support = supportingArticles(c, members, cx);
    const reading = cx.readingOf(c.index);
    const key = support * 4 + (reading.modality === 'happened' ? 2 : 0) + (c.quoted ? 0 : 1);
    if (key > bestKey) {
      chosen = c;
      bestKey = key;
    }
  }
  return chosen && { claim: chosen, best: bestByArticle(chosen, members, cx) };
}

// How many other articles support claim `rep` among `candidates` (claim indices): what
// bestByArticle's supports would count, judging only the pairs that may be supports (may-support.ts;
// one article's support is enough, and the rest are judged if the claim is chosen).
function supportingArticles(rep: Claim, candidates: readonly number[], cx: Judging): number {
  const reading = cx.readingOf(rep.index);
  if (!supportable(reading)) return 0;
  const row = rep.index * cx.claims.length;
  const found = new Set<string>();
  for (const j of candidates) {
    const c = cx.claims[j] as Claim;
    if (c.articleId === rep.articleId || found.has(c.articleId)) continue;
    let judgement = cx.judged.get(row + j);
    if (!judgement) {
      if (cx.later.has(row + j) || !coverAllowsSupport(reading, c, cx.idf)) continue;
      const other = cx.readingOf(j);
      if (!aboutAllowsSupport(reading, other)) continue;
      // only a support counts here: the clash checks of a pair that is none wait until the claim is
      // chosen (most never run)
      const steps = judgeInSteps(reading, other, cx.idf);
      if (!steps.supports) {
        cx.later.set(row + j, steps.verdict);
        continue;
      }
      judgement = steps.verdict();
      cx.judged.set(row + j, judgement);
    }
    if (judgement.verdict === 'supports') found.add(c.articleId);
  }
  return found.size;
}

/**
 * Check every fact draft's support: pick the claim to show, judge each other article's closest
 * sentences against it (judge.ts), keep one supporting sentence per article, and split off the
 * group's claims that do not support it as facts of their own. Articles published before the
 * event (by date, or because they tell it as planned) are `published-before`, never absent.
 */
export function checkFacts(groups: readonly (readonly number[])[], context: Context): CheckedFact[] {
  const cx: Judging = { ...context, judged: new Map(), later: new Map() };
  const queue = [...groups].sort((a, b) => b.length - a.length || (a[0] ?? 0) - (b[0] ?? 0));
  const used = new Set<number>();
  const facts: CheckedFact[] = [];
  // every article absent, in story order: each fact's marks start as a copy (one shared mark, never changed)
  const ABSENT: FactMark = { mark: 'absent', evidence: null, reason: null };
  const absent = new Map<string, FactMark>(cx.articles.map(({ article }) => [article.id, ABSENT]));
  for (let g = 0; g < queue.length; g++) {
    const group = (queue[g] as readonly number[]).map((i) => cx.claims[i] as Claim);
    const chosen = chooseClaim(group, cx, used);
    if (!chosen) continue;
    const rep = chosen.claim;
    // the group's claims were judged against it when it was chosen: only its other near claims now
    const inGroup = new Set(group.map((c) => c.index));
    const others = new Set(cx.alignment.near(rep.index).filter((j) => !inGroup.has(j)));
    const best = bestByArticle(rep, others, cx, chosen.best);
    // a sentence sharing most of its words that a figure rule kept apart ('… told about 2,000 people
    // at a rally'): a supporter where the judge says it states the claim (the summary cites it so)
    const alike = cx.alignment.alike(rep.index).filter((j) => !inGroup.has(j) && !others.has(j));
    for (const [id, b] of alike.length ? bestByArticle(rep, alike, cx) : [])
      if (b.judgement.verdict === 'supports' && best.get(id)?.judgement.verdict !== 'supports')
        best.set(id, b);
    const supporters = [rep];
    const against: { claim: Claim; judgement: Judgement }[] = [];
    const differing: { claim: Claim; judgement: Judgement }[] = [];
    const marks = new Map<string, FactMark>(absent);
    marks.set(rep.articleId, { mark: 'supports', evidence: evidenceOf(rep), reason: null });
    for (const [articleId, { claim, judgement }] of best) {
      if (judgement.verdict === 'supports') {
        supporters.push(claim);
        marks.set(articleId, { mark: 'supports', evidence: evidenceOf(claim), reason: null });
      } else if (judgement.verdict === 'contradicts') {
        against.push({ claim, judgement });
        marks.set(articleId, { mark: 'contradicts', evidence: evidenceOf(claim), reason: judgement.reason });
      } else if (judgement.verdict === 'differs') {
        differing.push({ claim, judgement });
      } else if (judgement.verdict === 'planned-vs-happened' && toldAsPlanned(rep, claim, cx.readingOf))
        // it tells as planned what the fact tells as done: written before the event, or telling it
        // as still ahead when dated after it (an outdated or wrong report): ◷ 'tells it as planned'
        // either way, which the report's legend says
        marks.set(articleId, {
          mark: 'published-before',
          evidence: evidenceOf(claim),
          reason: 'tells it as planned',
          told: 'as-planned',
        });
    }
    const modality = cx.readingOf(rep.index).modality;
    if (modality === 'happened') markBeforeEvent(marks, rep, supporters, [...inGroup, ...others], cx);
    for (const c of supporters) used.add(c.index);
    used.add(rep.index);
    // the group's claims that do not support this one are looked at again, as facts of their own;
    // when none did, each is alone (so a loose group costs linear work, not quadratic)
    const rest = group.filter((c) => !used.has(c.index)).map((c) => c.index);
    if (supporters.some((c) => c !== rep && inGroup.has(c.index)) && rest.length) queue.push(rest);
    else for (const i of rest) queue.push([i]);
    facts.push({
      claim: rep,
      text: displayOf(rep, cx.speakerOf?.(rep) ?? null, showsWholeQuotation(rep, supporters)),
      modality,
      attribution: cx.attributionOf?.(rep) ?? null,
      supporters,
      sources: [...new Set(supporters.map((c) => c.sourceId))],
      marks,
      against,
      differing,
    });
  }
  return facts;
}
