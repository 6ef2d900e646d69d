import type { SegmentedArticle } from '../../model/index.ts';
import { headlineTokens, truecasedTitle } from '../../text/headline.ts';
import { makeClaim } from '../compare/claims.ts';
import { type Reading, readClaim } from '../compare/support/index.ts';
import { tellsPredicate } from './nominal.ts';
import { toldInOtherWords } from './paraphrase.ts';
import { HEADLINE_MIN_COVER } from './patterns.ts';

/** An article's own headline read as the support judge reads a sentence, with its independent source. */
export interface HeadlineReading {
  readonly source: string;
  readonly reading: Reading;
}

/**
 * The headlines of a story's articles read as claims (their words truecased and tagged as prose, their
 * names by their words: a headline is no span of the text the extract stage's entities point into),
 * for the single-source points only: a fact another outlet tells in its headline alone ("Jobless
 * rate rises in Halvik" / "The jobless rate in Halvik rose in June") is not one source's. An
 * inferred title (built from the text) is none, nor a headline too short to be a claim.
 */
export function headlineReadings(
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
): HeadlineReading[] {
  const out: HeadlineReading[] = [];
  for (const doc of articles) {
    const tagged = headlineTokens(doc);
    // its words as truecased too (the same length): a capital that only a Title Case headline gives
    // a verb ("Mayor Okafor Drops Her Pick") does not make it part of a name
    const title = truecasedTitle(doc);
    if (!tagged?.length || !title) continue;
    const tokens = tagged.map((t) => ({ ...t, text: title.slice(t.start, t.end) }));
    const sentence = { start: 0, end: title.length, paragraph: 0, tokens };
    const claim = makeClaim(0, {
      article: { ...doc.article, text: title },
      sentence,
      tokens,
      sourceId: sources.get(doc.article.id) ?? doc.article.id,
      mentions: [],
      figures: undefined,
      quoted: [],
    });
    if (claim) out.push({ source: claim.sourceId, reading: readClaim(claim, null) });
  }
  return out;
}

// each headline's widened IDF (`headlineIdf`) with the story IDF it was built from
type Idf = ReadonlyMap<string, number>;
const WIDENED = new WeakMap<Reading, { readonly from: Idf; readonly idf: Idf }>();

/**
 * The story's IDF with each term of headline `h` no sentence of the story uses given the highest
 * weight: a word only a headline has ("Motive a mystery as police hunt for accomplice") is its
 * rarest, not a word of no weight, when a sentence is asked to tell the headline.
 */
function headlineIdf(idf: Idf, h: Reading): Idf {
  // built once per headline and story, not once per sentence the headline is asked of
  const kept = WIDENED.get(h);
  if (kept?.from === idf) return kept.idf;
  const missing = [...h.claim.terms.keys()].filter((t) => !idf.has(t));
  let widened = idf;
  if (missing.length) {
    let highest = 0;
    for (const w of idf.values()) if (w > highest) highest = w;
    widened = new Map([...idf, ...missing.map((t) => [t, highest] as const)]);
  }
  WIDENED.set(h, { from: idf, idf: widened });
  return widened;
}

/**
 * Whether sentence `a` tells all that headline `h` tells: every predicate of it (a verb, the noun of
 * its event or one of its class: `tellsPredicate`), and the rest as `toldInOtherWords` reads it, a
 * word of the headline alone weighing as the story's rarest (`headlineIdf`). A headline tells a story's
 * main event in few words, so the sentence that holds them all tells that event, whatever it adds
 * ("Mayor Okafor drops her pick for harbour chief" / "Okafor dropped her pick for harbour chief on
 * Friday after questions about his record"); one predicate of it untold is another fact ("Ferry
 * service resumes to carry commuters" is not told by "the ferry carried 40 commuters before service
 * was suspended").
 */
export function tellsHeadline(h: Reading, a: Reading, idf: ReadonlyMap<string, number>): boolean {
  if (!h.predicates.length || !h.predicates.every((p) => tellsPredicate(p, h, a))) return false;
  return toldInOtherWords(h, a, headlineIdf(idf, h), HEADLINE_MIN_COVER);
}
