import type { Entity, Evidence, SegmentedArticle, SummarySentence, Token } from '../../model/index.ts';
import { NUMBER_WORDS } from '../../text/data/quantities.ts';
import { curledDoubles } from '../../text/quotes/marks.ts';
import { oncePerSource } from '../../text/source.ts';
import type { Candidate } from './candidates.ts';
import type { Cut } from './compress.ts';
import { datedDeictics } from './deictic.ts';
import type { Denial } from './disputed-claims.ts';
import type { FigureTellings, OtherValue } from './disputed-figures.ts';
import { NAMES_ITS_SOURCE } from './patterns.ts';
import { alsoNote, differNote, earlierNote, reportsNamed } from './report-notes.ts';
import type { Support } from './support.ts';
import { wordCount } from './text.ts';
import { toldText } from './told-text.ts';

/** What a chosen sentence must be told with, by candidate index. */
export interface BesideContext {
  readonly articles: readonly SegmentedArticle[];
  readonly entities: readonly Entity[];
  /** Independent source of each article (a syndicated copy shares its original's). */
  readonly sources: ReadonlyMap<string, string>;
  /** A sentence giving one value of a figure difference: the other values, each told beside it, and its own. */
  readonly figures: Pick<FigureTellings, 'told' | 'kept'> & Partial<Pick<FigureTellings, 'earlier'>>;
  /** A sentence telling a disputed claim as someone's: the sentence telling its dispute. */
  readonly disputed: ReadonlyMap<number, Denial>;
  /** Whether a sentence states what another does (the judge's supports), for the dispute's citations. */
  readonly supports: (claim: Evidence, evidence: Evidence) => boolean;
  /** A sentence told with its disputed tally cut: the cuts (tally-cut.ts). */
  readonly cuts?: ReadonlyMap<number, readonly Cut[]>;
}

// A sentence told after an attribution: "According to The Kelby Gazette, the government …" (its first
// word lower-cased unless a name's or an acronym, "According to …: “…”" before a quotation); a number
// word is no name, though a tagger may take a capitalised one for one ("…, seventeen people died").
function toldAfter(text: string, opener: string, joint: string, first: Token | undefined): string {
  if (!first || !text.startsWith(first.text) || /^\P{L}/u.test(text)) return `${opener}: ${text}`;
  const name =
    (first.pos === 'PROPN' && NUMBER_WORDS[first.norm] === undefined) ||
    first.text === 'I' ||
    /^\p{Lu}{2}/u.test(first.text);
  return `${opener}${joint} ${name ? text : text.charAt(0).toLowerCase() + text.slice(1)}`;
}

// A sentence told as these reports': "According to The Kelby Gazette, the government …"; one that names
// its own source with "according to" is told as reported ("Kelby Radio and The Kelby Gazette report that
// about 15,000 people marched, according to the organisers"), not with a second "according to".
const accordingTo = (text: string, names: string, many: boolean, first: Token | undefined): string =>
  NAMES_ITS_SOURCE.test(text)
    ? toldAfter(text, `${names} ${many ? 'report' : 'reports'}`, ' that', first)
    : toldAfter(text, `According to ${names}`, ',', first);

// A sentence kept for want of any other though it holds a contested or loaded word, or a verdict, in
// its outlet's own voice (candidates.ts `fallback`): told as its outlet's wording, "The Orlen Clarion
// wrote that …".
const wroteThat = (text: string, outlet: string | null, first: Token | undefined): string =>
  toldAfter(text, `${outlet ?? 'One report'} wrote`, ' that', first);
const ownWording = (c: Candidate): boolean => c.fallback && !c.eligible;

// The other value of a figure difference told beside a sentence: one of what the sentence's own values
// count if some is ("14 others" beside "15 others"), else given by the most articles; the rest left to
// the report's differences. Its citations are the sentences giving that value only.
function otherValue(others: readonly OtherValue[]): { told: OtherValue; more: boolean } | null {
  const [told] = [...others].sort(
    (a, b) => Number(b.sameMeasure) - Number(a.sameMeasure) || b.evidence.length - a.evidence.length,
  );
  return told ? { told, more: others.length > 1 } : null;
}

// The sentences giving a sentence's own value in articles of other sources than those it is cited to.
function alsoGiven(
  kept: OtherValue | undefined,
  cited: readonly string[],
  sources: ReadonlyMap<string, string>,
): Evidence[] {
  const source = (id: string) => sources.get(id) ?? id;
  const own = new Set(cited.map(source));
  return (kept?.evidence ?? []).filter((e) => !own.has(source(e.articleId)));
}

/**
 * The words a sentence costs with what is told beside it: its attribution to its outlet and another
 * value of its figure (counted with its own outlet alone), or the sentence telling its dispute.
 */
export function besideWords(context: BesideContext): (c: Candidate) => number {
  const outletOf = new Map(context.articles.map((d) => [d.article.id, d.article.outlet]));
  return (c) => {
    const other = otherValue(context.figures.told.get(c.index) ?? []);
    const denial = context.disputed.get(c.index);
    let words = 0;
    if (other) {
      const kept = context.figures.kept.get(c.index);
      const also = alsoGiven(kept, [c.articleId], context.sources).map((e) => e.articleId);
      const named = reportsNamed(
        outletOf,
        [c.articleId],
        other.told.evidence.map((e) => e.articleId),
        also,
      );
      if (kept && also.length) words += wordCount(alsoNote(kept, named.also, also.length));
      words += wordCount(`According to ${named.own},`) + wordCount(differNote(other, named.others));
    } else if (ownWording(c)) words += wordCount(`${outletOf.get(c.articleId) ?? 'One report'} wrote that`);
    const first = context.figures.earlier?.get(c.index);
    if (first) words += wordCount(earlierNote(first, first.evidence, outletOf));
    if (denial) words += denial.sentence.words;
    return words;
  };
}

/**
 * The summary's sentences for one chosen sentence: itself, told without its asides (its evidence stays
 * the sentence as written) and cited once per source; where it gives one value of a figure difference,
 * told as its outlets' ("According to …, …": a sentence's "said" may be someone's of another part of it)
 * with another value and where it is given right after ("Reports differ: 14 others in The Ostby Courier
 * (see Differences to check)."), the rest left to the report's differences; where it
 * tells a disputed claim as someone's, followed by the sentence telling the dispute.
 * @example
 * const sentences = tellBeside(context)(candidate, support) // [claim, "The union disputed that."]
 */
export function tellBeside(context: BesideContext): (c: Candidate, support: Support) => SummarySentence[] {
  const docs = new Map(context.articles.map((d) => [d.article.id, d]));
  const order = new Map(context.articles.map((d, i) => [d.article.id, i]));
  const outletOf = new Map(context.articles.map((d) => [d.article.id, d.article.outlet]));
  const text = (c: Candidate) => {
    const doc = docs.get(c.articleId);
    // its straight quotes curled as the other sentences' (a text file's beside a web page's)
    if (!doc) return curledDoubles(c.standalone?.text ?? c.text);
    // its "today" or "this morning" told as its writer's day
    const told = toldText(c, doc, context.entities, context.cuts?.get(c.index));
    return curledDoubles(datedDeictics(told, doc.article.publishedAt));
  };
  const cited = (own: Evidence | undefined, others: readonly Evidence[]) => {
    const rest = [...others].sort((a, b) => (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0));
    // a syndicated copy and its original are one source, cited once
    return oncePerSource(own ? [own, ...rest] : rest, context.sources);
  };
  return (candidate, support) => {
    const [own, ...rest] = support.citations;
    const citations = cited(own, rest);
    const other = otherValue(context.figures.told.get(candidate.index) ?? []);
    const out: SummarySentence[] = [];
    if (other) {
      const where = cited(undefined, other.told.evidence);
      // the other reports giving its value: their count or names, in a sentence of their own
      const kept = context.figures.kept.get(candidate.index);
      const ids = citations.map((e) => e.articleId);
      const also = cited(undefined, alsoGiven(kept, ids, context.sources));
      const named = reportsNamed(
        outletOf,
        ids,
        where.map((e) => e.articleId),
        also.map((e) => e.articleId),
      );
      out.push({
        text: accordingTo(text(candidate), named.own, named.ownMany, candidate.tokens[0]),
        citations,
        factIds: [...support.factIds],
      });
      if (kept && also.length)
        out.push({ text: alsoNote(kept, named.also, also.length), citations: also, factIds: [] });
      out.push({ text: differNote(other, named.others), citations: where, factIds: [] });
    } else if (ownWording(candidate)) {
      // its wording is its outlet's alone: cited to it alone (a copy's original, where it is cited by it)
      const [by] = citations;
      out.push({
        text: wroteThat(
          text(candidate),
          outletOf.get(by?.articleId ?? candidate.articleId) ?? null,
          candidate.tokens[0],
        ),
        citations: by ? [by] : [],
        factIds: [...support.factIds],
      });
    } else out.push({ text: text(candidate), citations, factIds: [...support.factIds] });
    // the newest value of an update, with the first value after it (cited to the sentences giving it)
    const first = context.figures.earlier?.get(candidate.index);
    if (first) {
      const where = cited(undefined, first.evidence);
      out.push({ text: earlierNote(first, where, outletOf), citations: where, factIds: [] });
    }
    const denial = context.disputed.get(candidate.index);
    if (denial) {
      // the other articles' tellings of the dispute that state what this one does
      const { sentence, others } = denial;
      const alike = others.filter((e) => context.supports(sentence.evidence, e));
      out.push({ text: text(sentence), citations: cited(sentence.evidence, alike), factIds: [] });
    }
    return out;
  };
}
