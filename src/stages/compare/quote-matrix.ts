import type { Quote, QuoteCoverage, SegmentedArticle, Span } from '../../model/index.ts';
import { NUMBER_WORDS } from '../../text/data/numbers.ts';
import { quotedParts } from '../../text/quotes/parts.ts';
import { type QuoteWords, wordingOf, wordsOf } from '../../text/quotes/wording.ts';
import type { Claim } from './claims.ts';
import { PARAPHRASE_MIN_COVER, PARAPHRASE_MIN_WORDS } from './patterns.ts';
import { speakerTold } from './quote-speakers.ts';
import { otherTimeNamed, timesNamed } from './quote-times.ts';
import { carriedTogether, type QuoteWordings, readQuoteWordings } from './quote-wordings.ts';
import { inRegions } from './text.ts';

// (word stems as claims store them: text/quotes/wording.ts, read alike by the report and the timeline)
export { wordsOf };

/**
 * The numbers of a text as digits, without their thousands separators ("2,400" → "2400"), and its
 * number words from two to ninety ("six" → "6"; "one" is as often a pronoun, "hundreds" a guess).
 */
const numbersOf = (text: string): string[] => [
  ...(text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '')),
  ...(text.toLowerCase().match(/\p{L}+/gu) ?? []).flatMap((w) => {
    const value = NUMBER_WORDS[w];
    return value !== undefined && value >= 2 && value <= 90 && !w.startsWith('dozen') ? [String(value)] : [];
  }),
];

/**
 * Which article carried which quote: `quoted` where the quote occurs, `paraphrased` where an
 * article's own sentence (outside quotation marks) that gives the words to the same speaker (names
 * them, or reports a quote of theirs: `speakerTold`) covers at least PARAPHRASE_MIN_COVER of the
 * quote's IDF-weighted content words and holds every number it writes (`numbersOf`: "a raise of 6
 * percent" does not paraphrase "a raise of 4 percent"), else `absent`. Indirect quotes count as
 * paraphrased. Another direct quote in quotation marks that shares QUOTE_VARIANT_MIN_SHARE of the
 * words of the longer of the two is the same quote, carried: `quoted` when one's words run unbroken
 * in the other (a part of it, word for word), else `paraphrased` ("manage the ferry queues" is not
 * quoted verbatim by "manage the long ferry queues"), whoever each gives it to; but not when the words
 * that differ change what is said ("protects" / "cuts", a negation dropped: `otherRemark`): the cell is
 * then `absent`, and `otherWordings` names the article's quote of the speaker and the words that differ.
 * `read`: the quotes' words and other remarks (`readQuoteWordings`), when the caller has read them.
 */
export function quoteMatrix(
  quotes: readonly Quote[],
  articles: readonly SegmentedArticle[],
  claims: readonly Claim[],
  idf: ReadonlyMap<string, number>,
  regions: ReadonlyMap<string, readonly Span[]>,
  read: QuoteWordings = readQuoteWordings(quotes),
): QuoteCoverage[] {
  const textOf = new Map(articles.map(({ article }) => [article.id, article.text]));
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  // each article's own-voice claims; a claim's stems as a set only when a quote is checked against it
  const ownClaims = new Map(
    articles.map(({ article }) => [
      article.id,
      (byArticle.get(article.id) ?? []).filter((c) => !inRegions(c.span, regions.get(article.id) ?? [])),
    ]),
  );
  const stemSets: Set<string>[] = [];
  const stemSetOf = (c: Claim): Set<string> => {
    let set = stemSets[c.index];
    if (!set) {
      set = new Set(c.stems);
      stemSets[c.index] = set;
    }
    return set;
  };
  // each claim's numbers, read once: a claim is checked against many quotes
  const numberSets: Set<string>[] = [];
  const numbersIn = (c: Claim): Set<string> => (numberSets[c.index] ??= new Set(numbersOf(c.text)));
  // which articles (by position) use a stem in their own voice: only those can paraphrase a quote
  // using it (read when a quote with a speaker is first looked for)
  let usedBy: Map<string, number[]> | undefined;
  const usersOf = (): Map<string, number[]> => {
    if (usedBy) return usedBy;
    usedBy = new Map();
    for (const [a, { article }] of articles.entries()) {
      const seen = new Set<string>();
      for (const c of ownClaims.get(article.id) ?? [])
        for (const w of c.stems) {
          if (seen.has(w)) continue;
          seen.add(w);
          const list = usedBy.get(w);
          if (list) list.push(a);
          else usedBy.set(w, [a]);
        }
    }
    return usedBy;
  };
  // each quote's word stems, and its words in order, read once for the story (`readQuoteWordings`)
  const quoteWordsOf = read.words;
  // each article's direct quotes (by number): another wording of a quote in quotation marks is that
  // quote, carried ("efforts to manage the long ferry queues" beside "efforts to manage the ferry
  // queues"), word for word only when one's words run unbroken in the other
  const directIn = new Map<string, number[]>();
  for (const [k, q] of quotes.entries()) {
    if (q.kind === 'indirect') continue;
    for (const o of q.occurrences) {
      const list = directIn.get(o.articleId) ?? [];
      list.push(k);
      directIn.set(o.articleId, list);
    }
  }
  // how one quote carries another's words, by pair (the same for both orders): a quote is looked for
  // in every article, and each holds many quotes
  const wordings = new Map<number, 'quoted' | 'paraphrased' | null>();
  const wordingOfPair = (k: number, n: number): 'quoted' | 'paraphrased' | null => {
    const key = Math.min(k, n) * quotes.length + Math.max(k, n);
    let known = wordings.get(key);
    if (known === undefined) {
      known = wordingOf(quoteWordsOf[k] as QuoteWords, quoteWordsOf[n] as QuoteWords);
      wordings.set(key, known);
    }
    return known;
  };
  const variantIn = (articleId: string, k: number): 'quoted' | 'paraphrased' | null => {
    let found: 'quoted' | 'paraphrased' | null = null;
    for (const n of directIn.get(articleId) ?? []) {
      const wording = wordingOfPair(k, n);
      if (wording === 'quoted') return 'quoted';
      found ??= wording;
    }
    return found;
  };
  // by quote: the quotes of its speaker in other words that say something else, and the words that
  // differ (this quote's first): an article carrying one is marked absent, with its wording named
  // unless an article carries both (two remarks, not one in two wordings)
  const remarks = new Map<number, { n: number; words: [string, string] }[]>();
  for (const { k, n, words } of read.remarks) {
    remarks.set(k, [...(remarks.get(k) ?? []), { n, words: [words.one, words.other] }]);
    remarks.set(n, [...(remarks.get(n) ?? []), { n: k, words: [words.other, words.one] }]);
  }
  const otherWordingsOf = (k: number, row: Record<string, string>) => {
    const out: Record<string, { quoteId: string; words: [string, string] }> = {};
    for (const { n, words } of remarks.get(k) ?? []) {
      if (carriedTogether(quotes[k] as Quote, quotes[n] as Quote)) continue;
      for (const o of (quotes[n] as Quote).occurrences)
        if (row[o.articleId] === 'absent' && !out[o.articleId])
          out[o.articleId] = { quoteId: (quotes[n] as Quote).id, words };
    }
    return out;
  };
  // whether a sentence gives its words to a quote's speaker
  const told = speakerTold(quotes);
  const bound = new Float64Array(articles.length);
  return quotes.map((quote, k) => {
    const own = (quoteWordsOf[k] as QuoteWords).stems;
    const words = [...own].filter((w) => idf.has(w));
    const weights = words.map((w) => idf.get(w) ?? 0);
    const total = weights.reduce((sum, x) => sum + x, 0);
    // the weight of the words from k on, and the least hit a sentence needs, less a margin for rounding
    const left = new Float64Array(words.length + 1);
    for (let k = words.length - 1; k >= 0; k--) left[k] = (left[k + 1] as number) + (weights[k] as number);
    const short = PARAPHRASE_MIN_COVER * total * (1 - 1e-9) - 1e-9;
    const long = words.length >= PARAPHRASE_MIN_WORDS;
    // (read when a sentence first covers the quote's words: most never do)
    let numbers: string[] | undefined;
    let quoteTimes: ReadonlySet<string> | undefined;
    const timesOfQuote = (): ReadonlySet<string> => {
      quoteTimes ??= timesNamed(quote.text);
      return quoteTimes;
    };
    const holdsNumbers = (c: Claim) => {
      numbers ??= numbersOf(quote.text);
      if (!numbers.length) return true;
      const own = numbersIn(c);
      return numbers.every((n) => own.has(n));
    };
    // an article's whole own voice bounds what any one of its sentences can cover (summed in word
    // order; only a quote given to a speaker is looked for in other words)
    bound.fill(0);
    if (long && quote.speaker) {
      const users = usersOf();
      words.forEach((w, k) => {
        for (const a of users.get(w) ?? []) bound[a] = (bound[a] as number) + (weights[k] as number);
      });
    }
    const row: Record<string, 'quoted' | 'paraphrased' | 'absent'> = {};
    const carried = new Set(quote.occurrences.map((o) => o.articleId));
    articles.forEach(({ article }, a) => {
      if (carried.has(article.id)) {
        row[article.id] = quote.kind === 'indirect' ? 'paraphrased' : 'quoted';
        return;
      }
      const variant =
        quote.kind !== 'indirect' && own.size >= PARAPHRASE_MIN_WORDS ? variantIn(article.id, k) : null;
      if (variant) {
        row[article.id] = variant;
        return;
      }
      // (its quote of the speaker saying something else holds the words its sentence would cover)
      const otherSaid = remarks
        .get(k)
        ?.some(({ n }) => (quotes[n] as Quote).occurrences.some((o) => o.articleId === article.id));
      if (otherSaid || !quote.speaker || (bound[a] as number) / (total || 1) < PARAPHRASE_MIN_COVER) {
        row[article.id] = 'absent';
        return;
      }
      const covered = (ownClaims.get(article.id) ?? []).some((c) => {
        const terms = stemSetOf(c);
        let hit = 0;
        for (let k = 0; k < words.length; k++) {
          // (given up once the words left cannot reach the share: a bound with room for rounding)
          if (hit + (left[k] as number) < short) return false;
          hit += terms.has(words[k] as string) ? (weights[k] as number) : 0;
        }
        return (
          long &&
          hit / total >= PARAPHRASE_MIN_COVER &&
          holdsNumbers(c) &&
          !otherTimeNamed(timesOfQuote(), c.text) &&
          told(c, quote)
        );
      });
      row[article.id] = covered ? 'paraphrased' : 'absent';
    });
    // the articles that quote only a part of the words, and a negation the part leaves out
    const parts = quotedParts(quote, (o) => textOf.get(o.articleId)?.slice(o.span.start, o.span.end) ?? '');
    const otherWordings = otherWordingsOf(k, row);
    return {
      quoteId: quote.id,
      byArticle: row,
      ...(parts.size > 0 ? { parts: Object.fromEntries(parts) } : {}),
      ...(Object.keys(otherWordings).length ? { otherWordings } : {}),
    };
  });
}
