import type { Article, Framing, Quote, SegmentedArticle, Span } from '../../../model/index.ts';
import { siteHost } from '../../../text/platform-hosts.ts';
import { articleQuoteRegions, cueSpans, mergeSpans } from '../../../text/quotes/article-regions.ts';
import { articleOutletKey } from '../../../text/source.ts';
import { CONTESTED_TERMS, type ContestedTermEntry } from '../data/contested-terms.ts';
import { FRAMING_MIN_Z, FRAMING_TOP_TERMS, PRIOR_SCALE } from '../patterns.ts';
import type { OutletEntry } from '../user-files.ts';
import { countContested } from './contested.ts';
import { type LogOdds, logOddsRatios, total } from './log-odds.ts';
import { byOutlet, outletGroups } from './outlets.ts';
import { scareQuotes } from './scare.ts';
import { addCounts, headlineTerms, ownVoiceTerms } from './terms.ts';
import { type ArticleToneCounts, articleTone, articleToneCounts } from './tone.ts';
import { storyToneWords } from './topic-words.ts';

/**
 * The contested-terms lexicon with the user's entries added: a user entry replaces the built-in
 * entries of the same term, all of them when it gives no `use`, else the one of that use.
 */
export function mergeTerms(user: readonly ContestedTermEntry[] = []): ContestedTermEntry[] {
  const key = (e: ContestedTermEntry) => `${e.term.toLowerCase()}|${e.use ?? ''}`;
  const replaced = (e: ContestedTermEntry) =>
    user.some((u) => u.term.toLowerCase() === e.term.toLowerCase() && (!u.use || u.use === e.use));
  const byTerm = new Map(CONTESTED_TERMS.filter((e) => !replaced(e)).map((e) => [key(e), e]));
  for (const e of user) byTerm.set(key(e), e);
  return [...byTerm.values()];
}

/**
 * Drop a word whose every use is inside a phrase also listed ("fiscal" beside "fiscal year", both
 * used 3 times): the phrase says more. Keeps the z order.
 */
export function withoutOverlaps(ranked: readonly LogOdds[]): LogOdds[] {
  const phrases = ranked.filter((r) => r.term.includes(' '));
  return ranked.filter(
    (r) =>
      r.term.includes(' ') || !phrases.some((p) => p.count === r.count && p.term.split(' ').includes(r.term)),
  );
}

/** Own-voice and headline term counts over a whole corpus (all articles of a run), for the framing prior. */
export function corpusPrior(
  docs: readonly SegmentedArticle[],
  regions?: ReadonlyMap<string, readonly Span[]>,
): Map<string, number> {
  const all = new Map<string, number>();
  for (const d of docs) {
    addCounts(all, ownVoiceTerms(d, regions?.get(d.article.id) ?? articleQuoteRegions(d.article)));
    addCounts(all, headlineTerms(d));
  }
  return all;
}

const CORPUS_SUMS = new WeakMap<ReadonlyMap<string, number>, number>();

// A corpus prior rescaled to the story's size, so its strength does not grow with the corpus; only the
// story's own terms are looked up, and the corpus total is summed once per run.
function scaledPrior(
  corpus: ReadonlyMap<string, number>,
  story: ReadonlyMap<string, number>,
): { counts: Map<string, number>; sum: number } {
  let corpusSum = CORPUS_SUMS.get(corpus);
  if (corpusSum === undefined) {
    corpusSum = total(corpus);
    CORPUS_SUMS.set(corpus, corpusSum);
  }
  const factor = total(story) / (corpusSum || 1);
  const counts = new Map<string, number>();
  for (const t of story.keys()) counts.set(t, (corpus.get(t) ?? 0) * factor);
  return { counts, sum: corpusSum * factor };
}

/** The user's outlet row for an article: by outlet name, else by the domain of its URL. */
export function outletFor(article: Article, outlets: readonly OutletEntry[]): OutletEntry | undefined {
  const name = article.outlet?.trim().toLowerCase();
  const byName = name ? outlets.find((o) => o.name.toLowerCase() === name) : undefined;
  if (byName || !article.url) return byName;
  let host = '';
  try {
    host = siteHost(new URL(article.url).hostname);
  } catch {
    return undefined;
  }
  return outlets.find((o) => o.domains.some((d) => host === d || host.endsWith(`.${d}`)));
}

/**
 * Which side of the comparison each article is on: its source (a syndicated copy is its original's
 * side) joined with every other article of the same outlet, so that an outlet's own words are not
 * weighed against its other articles. Each side is named by one of its article ids.
 */
export function sidesOf(
  docs: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
): Map<string, string> {
  const parent = new Map(docs.map((d) => [d.article.id, d.article.id]));
  const find = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at) as string;
    return at;
  };
  const join = (a: string, b: string) => parent.set(find(a), find(b));
  const byOutlet = new Map<string, string>();
  for (const { article } of docs) {
    const source = sources.get(article.id);
    if (source && parent.has(source)) join(article.id, source);
    // (an article that names no outlet is keyed by its id: no other article shares its key)
    const outlet = articleOutletKey(article);
    const first = byOutlet.get(outlet);
    if (first) join(article.id, first);
    else byOutlet.set(outlet, article.id);
  }
  return new Map(docs.map((d) => [d.article.id, find(d.article.id)]));
}

/**
 * How each article frames the story: its distinctive terms against the other sides (`sidesOf`), own voice and
 * headline together (log-odds with an informative Dirichlet prior from the corpus of the run when
 * given, else from all the story's articles; body and headline counts reported apart), contested
 * terms in its headline, its own voice and in quotes, its scare quotes, its tone and its headline's,
 * and the user's outlet rows; the contested terms and the tone also summed by outlet (`byOutlet`), with
 * whom each outlet quotes (`quotes`' occurrences). The
 * distinctive terms and the tone read the outlet's own account: outside quotes (`regions`) and
 * reported speech (`reported`, the contents of "X said that …"); the tone counts every word of its
 * lexicon, also one a contested term took, but none of the story's own vocabulary (`storyToneWords`).
 */
export function frameStory(
  docs: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  regions: ReadonlyMap<string, readonly Span[]>,
  terms: readonly ContestedTermEntry[],
  outlets: readonly OutletEntry[],
  corpus?: ReadonlyMap<string, number>,
  reported: ReadonlyMap<string, readonly Span[]> = new Map(),
  quotes: readonly Quote[] = [],
): Framing {
  // the outlet's own voice leaves out quotes and reported speech ("Lee said that …": Lee's account)
  const notOwn = (id: string) => mergeSpans([...(regions.get(id) ?? []), ...(reported.get(id) ?? [])]);
  // body and headline counted apart, and together for the log-odds
  const bodies = docs.map((d) => ownVoiceTerms(d, notOwn(d.article.id)));
  const headlines = docs.map(headlineTerms);
  const counts = bodies.map((b, i) => addCounts(new Map(b), headlines[i] as Map<string, number>));
  const storyCounts = counts.reduce((all, c) => addCounts(all, c), new Map<string, number>());
  const prior = corpus?.size
    ? scaledPrior(corpus, storyCounts)
    : { counts: storyCounts, sum: total(storyCounts) };
  const distinctive: Framing['terms'] = [];
  // the rest of the story for an article: every article minus those of its own side (its source and
  // its outlet's other articles)
  const sides = sidesOf(docs, sources);
  const bySide = new Map<string, Map<string, number>>();
  docs.forEach((doc, i) => {
    const side = sides.get(doc.article.id) as string;
    bySide.set(side, addCounts(bySide.get(side) ?? new Map(), counts[i] as Map<string, number>));
  });
  const totalSum = total(storyCounts);
  docs.forEach((doc, i) => {
    const own = bySide.get(sides.get(doc.article.id) as string) as Map<string, number>;
    const restSum = totalSum - total(own);
    if (restSum <= 0) return;
    // the rest's counts are only needed for this article's own terms
    const target = counts[i] as Map<string, number>;
    const rest = new Map([...target.keys()].map((t) => [t, (storyCounts.get(t) ?? 0) - (own.get(t) ?? 0)]));
    const ranked = withoutOverlaps(
      logOddsRatios(target, rest, prior.counts, PRIOR_SCALE, {
        rest: restSum,
        prior: prior.sum,
        keep: (r) => r.z >= FRAMING_MIN_Z && r.count >= 2,
      }),
    ).slice(0, FRAMING_TOP_TERMS);
    for (const r of ranked)
      distinctive.push({
        term: r.term,
        z: Math.round(r.z * 100) / 100,
        articleId: doc.article.id,
        count: bodies[i]?.get(r.term) ?? 0,
        headline: headlines[i]?.get(r.term) ?? 0,
      });
  });
  // a paraphrase's words are the outlet's choice ("Illegals crossed …, the office said"): contested
  // terms in reported speech count as its own voice; so do those in its scare quotes (so-called “crisis”)
  const scare = docs.flatMap(scareQuotes);
  const scareSpans = new Map<string, Span[]>();
  for (const q of scare)
    scareSpans.set(q.articleId, [...(scareSpans.get(q.articleId) ?? []), q.evidence.span]);
  const contested = countContested(docs, terms, regions, scareSpans);
  const tone: Framing['tone'] = {};
  const toneCounts = new Map<string, ArticleToneCounts>();
  // the story's own words ("close" in a closure story) are its subject, not an outlet's tone
  const topic = storyToneWords(docs, sides);
  for (const doc of docs) {
    const id = doc.article.id;
    const counts = articleToneCounts(doc, notOwn(id), topic, cueSpans(doc.article, quotes));
    toneCounts.set(id, counts);
    tone[id] = articleTone(counts);
  }
  const summed = byOutlet(outletGroups(docs), contested, toneCounts, quotes);
  const rows: Framing['outlets'] = [];
  for (const { article } of docs) {
    const row = outletFor(article, outlets);
    if (row)
      rows.push({
        articleId: article.id,
        name: row.name,
        leaning: row.leaning,
        owner: row.owner,
        ...(row.from ? { from: row.from } : {}),
      });
  }
  return {
    terms: distinctive,
    contested: summed.contested,
    scareQuotes: scare,
    tone,
    byOutlet: summed.outlets,
    outlets: rows,
  };
}
