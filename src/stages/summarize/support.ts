import type { Evidence, Fact } from '../../model/index.ts';
import { isContentWord, stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import type { Candidate } from './candidates.ts';
import { uncitable } from './modality.ts';
import type { Near } from './near.ts';
import { FACT_STATUS_WEIGHT, MAX_CHECKED } from './patterns.ts';
import { holdsPassages, quotedPassages } from './quotations.ts';
import { candidatesAt, factsOfCandidates, groupByArticle } from './spans.ts';

// Whether the sentence tells the fact: the fact's claim holds the whole sentence, or the sentence is
// its claim's quotation with only who said it added ('…,” the Vessmark Port Authority said': the
// supporter's words outside the quotation marks are names and reporting verbs the claim lacks).
function tellsFact(fact: Fact, c: Candidate): boolean {
  const [claim] = fact.evidence;
  if (!claim) return false;
  if (
    claim.articleId === c.articleId &&
    claim.span.start <= c.evidence.span.start &&
    claim.span.end >= c.evidence.span.end
  )
    return true;
  if (c.quoteShare === 0) return false;
  const told = new Set((fact.text.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
  let quoted = false;
  let reporting = false;
  for (const t of c.tokens) {
    if (QUOTE_MARK.test(t.text)) quoted = !quoted;
    if (quoted || !isContentWord(t) || told.has(stem(t.norm))) continue;
    if (REPORTING_STEMS.has(stem(t.norm))) reporting = true;
    else if (t.pos !== 'PROPN') return false;
  }
  return reporting;
}

const QUOTE_MARK = /^[“”"]$/;

/** Who supports a sentence: the articles stating the same thing, the facts it states, their weight. */
export interface Support {
  /** Its own evidence first, then one span per supporting article (syndicated copies included). */
  readonly citations: readonly Evidence[];
  /** Independent sources among them (its own included). */
  readonly sources: ReadonlySet<string>;
  readonly factIds: readonly string[];
  /** The best status weight of the facts it states, 0 when it states none. */
  readonly factWeight: number;
  /** Status of the facts it states. */
  readonly statuses: ReadonlySet<Fact['status']>;
}

/**
 * The support of a candidate, worked out on first asking (only the sentences that may be chosen
 * are asked for): the facts of the compare stage whose evidence lies in it (with their evidence),
 * plus, for every other article, its most similar sentence among those `near` gives — each citation
 * kept only when `supports` says that sentence really states the candidate (same predicate and
 * participants, every number and date). A fact the candidate tells (its claim, or its claim's
 * quotation with who said it) is what the candidate says: every article its coverage marks ✓ is
 * cited, as the coverage table shows it. An article whose mark on one of the candidate's facts is
 * `published-before`, `contradicts` or `absent` (the table's "—") is never cited, nor, when the candidate quotes someone, one
 * whose cited sentence does not hold the quoted words as written (`holdsPassages`). A sentence told in
 * the outlet's own voice cites no sentence that only reports someone's words of it (`voiced`: "the cuts
 * would close the pools, the opposition leader said" tells a claim, which is no ✓ for the pools closing).
 */
export function supportFinder(
  candidates: readonly Candidate[],
  near: (index: number) => ReadonlyMap<string, readonly Near[]>,
  facts: readonly Fact[],
  sourceOf: ReadonlyMap<string, string>,
  supports: (claim: Evidence, evidence: Evidence) => boolean,
  voiced: (e: Evidence) => boolean = () => false,
): SupportFinder {
  const at = candidatesAt(groupByArticle(candidates));
  const factsOf = factsOfCandidates(candidates, facts, at);
  const known = new Map<number, Support>();
  const bannedOf = new Map<number, Set<string>>();
  const banned = (c: Candidate) => {
    let out = bannedOf.get(c.index);
    if (!out) {
      const own = factsOf[c.index] as Fact[];
      out = uncitable(c, own);
      // nor one the coverage table marks "—" on one of them: the table and the summary never disagree
      for (const fact of own)
        for (const [articleId, mark] of Object.entries(fact.coverage))
          if (mark.mark === 'absent' && articleId !== c.articleId) out.add(articleId);
      bannedOf.set(c.index, out);
    }
    return out;
  };
  const sourceAt = (articleId: string) => sourceOf.get(articleId) ?? articleId;
  const find = (c: Candidate): Support => {
    const cited = new Map<string, Evidence>([[c.articleId, c.evidence]]);
    // a sentence that quotes someone cites only sentences holding the quoted words as written
    const passages = quotedPassages(c.text);
    const holds = (e: Evidence) =>
      holdsPassages(
        at(e)
          .map((o) => o.text)
          .join(' '),
        passages,
      );
    const own = factsOf[c.index] as Fact[];
    const barred = banned(c);
    // told in its own voice, it is stated only by sentences that state it so
    const ownVoice = !voiced(c.evidence);
    const citable = (e: Evidence) => !ownVoice || !voiced(e);
    const factIds: string[] = [];
    const statuses = new Set<Fact['status']>();
    let factWeight = 0;
    for (const fact of own) {
      // a fact the sentence tells: every article the coverage table marks ✓ on it states it, by the
      // judgement that gave the mark (not judged again the other way round, which the quotation
      // alone, without its speaker's name, would fail)
      const told = tellsFact(fact, c);
      factIds.push(fact.id);
      statuses.add(fact.status);
      factWeight =
        factIds.length === 1
          ? FACT_STATUS_WEIGHT[fact.status]
          : Math.max(factWeight, FACT_STATUS_WEIGHT[fact.status]);
      for (const e of fact.evidence)
        if (
          !cited.has(e.articleId) &&
          !barred.has(e.articleId) &&
          citable(e) &&
          ((told && fact.coverage[e.articleId]?.mark === 'supports') || supports(c.evidence, e)) &&
          holds(e)
        )
          cited.set(e.articleId, e);
    }
    for (const [articleId, close] of near(c.index)) {
      if (cited.has(articleId) || barred.has(articleId)) continue;
      // the most similar sentences first; the first one that really states it is cited
      const best = close
        .slice(0, MAX_CHECKED)
        .find(
          (o) =>
            citable(o.candidate.evidence) &&
            supports(c.evidence, o.candidate.evidence) &&
            holds(o.candidate.evidence),
        );
      if (best) cited.set(articleId, best.candidate.evidence);
    }
    const citations = [...cited.values()];
    return {
      citations,
      sources: new Set(citations.map((e) => sourceAt(e.articleId))),
      factIds,
      factWeight,
      statuses,
    };
  };
  return {
    of(c) {
      let support = known.get(c.index);
      if (!support) {
        support = find(c);
        known.set(c.index, support);
      }
      return support;
    },
    factIds: (c) => (factsOf[c.index] as Fact[]).map((f) => f.id),
    factWeight(c) {
      const own = factsOf[c.index] as Fact[];
      return own.length ? Math.max(...own.map((f) => FACT_STATUS_WEIGHT[f.status])) : 0;
    },
    ceiling(c) {
      // every article that could be cited: its own, its facts' other articles, the alike sentences'
      const barred = banned(c);
      const sources = new Set([sourceAt(c.articleId)]);
      for (const fact of factsOf[c.index] as Fact[])
        for (const e of fact.evidence) if (!barred.has(e.articleId)) sources.add(sourceAt(e.articleId));
      for (const articleId of near(c.index).keys())
        if (!barred.has(articleId)) sources.add(sourceAt(articleId));
      return sources.size;
    },
  };
}

/** The support of candidates, and what is known of it before judging any sentence. */
export interface SupportFinder {
  /** The candidate's support, worked out on first asking. */
  of(c: Candidate): Support;
  /** The ids of the facts it states (those of its support). */
  factIds(c: Candidate): string[];
  /** The best status weight of the facts it states (its support's). */
  factWeight(c: Candidate): number;
  /** The most independent sources its support can have. */
  ceiling(c: Candidate): number;
}
