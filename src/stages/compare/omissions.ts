import type { Fact, Figure, SegmentedArticle } from '../../model/index.ts';
import { textTimeAt } from '../../text/dates/text-time.ts';
import type { Alignment } from './align.ts';
import type { Claim } from './claims.ts';
import { before } from './difference-times.ts';
import { stillOfValue, toldAsChange } from './difference-updates.ts';
import { omissionTellings } from './omission-tellings.ts';
import { MENTION_MIN_SCORE } from './patterns.ts';
import type { CheckedFact } from './support/facts.ts';
import type { Reading } from './support/index.ts';

/**
 * How an article that is not listed as leaving a fact out tells it instead (see `omissionsOf`):
 * 'earlier-state', another value given before every source of a count they tell as where it stands
 * since ("about 300 remain out of their homes"): its state then, no other account (no ≠).
 */
export type ToldOtherwise = 'in-other-words' | 'other-value' | 'earlier-state';

/**
 * For each article, the facts stated by at least two independent sources that it does not state:
 * marked absent (not contradicting, not published before the event), not a copy of a supporting
 * source, and none of its sentences close to one of the fact's supporting claims (MENTION_MIN_SCORE),
 * so a wording told differently is not called an omission. Close is the alignment's score, or most
 * of the words shared (MENTION_SAME_WORDS) where alignment's figure rules set a pair apart ("26
 * Somali crew onboard" / "26 Somali crew on board" read as counting other things): those rules keep
 * two facts apart, they do not show that an article leaves one out. Nor is a fact omitted where one
 * of the article's sentences tells a supporter in part in its own words (`toldInPart` with
 * OMISSION_IN_PART: much of its IDF-weighted terms, one of its predicates, its figure, in its mood and
 * polarity: "A suspected gang leader has hanged himself in prison in Torrecava hours after being
 * arrested" tells "A gang boss in Torrecava hanged himself in jail … after he was arrested in a police
 * raid"): "does not mention" is a claim, and a fact told in other words is no omission. Nor is one
 * whose count the article gives another value, in a sentence that holds one of a supporter's
 * weightiest terms (`toldOtherValue`: one of the same measure that cannot hold with it, by the
 * differences' own test `bothHold`, where no sentence of the article gives the supporter's value:
 * `otherValueOf`): that is a difference to check; or, written after every supporter, gives its measure
 * a later value (`laterValueOf`: "Four people died in the storm" after "killed two people"). Nor is one that every supporter's article told after
 * this article was published: it could not tell it. Nor is a plan the article tells as called off
 * (`callsOff`: "Tuesday's strike has been called off" beside "Drivers plan to strike from Tuesday"). Nor is one whose measure it gives as a bound that holds
 * with it ("up to three months" beside "at least six weeks": told, but no other value). Nor is one
 * whose count of what happened the article gives, with the same predicate, inside whatever else it
 * tells (`toldSameCount`: "…, a day after about 340 migrants crossed the river and were detained"
 * tells "340 people were detained on Monday", told in another speaker's report). `facts[i]`
 * is `checked[i]`; `readingOf` is the support judge's reading of a claim by its index; `figures`, the
 * story's, tell whose count a figure is.
 */
export function omissionsOf(
  facts: readonly Fact[],
  checked: readonly CheckedFact[],
  claims: readonly Claim[],
  alignment: Alignment,
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  readingOf: (index: number) => Reading,
  toldOtherwise?: (factId: string, articleId: string, how: ToldOtherwise, claim: Claim) => void,
  figures: readonly Figure[] = [],
): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(articles.map((a) => [a.article.id, []]));
  // what an article may tell instead of leaving the fact out (omission-tellings.ts)
  const { toldOtherValue, toldLater, toldBound, toldCount, toldThere, wordedClose, toldFigure, calledOff } =
    omissionTellings(claims, alignment, readingOf, figures);
  // (the time of its text: its publication, else its last update; text/dates/text-time.ts)
  const published = new Map(articles.map(({ article }) => [article.id, textTimeAt(article)]));
  facts.forEach((fact, f) => {
    if (fact.sources.length < 2) return;
    const close = new Map<string, Claim>();
    const supporters = (checked[f] as CheckedFact).supporters;
    const own = new Set(fact.sources);
    for (const member of supporters)
      for (const j of alignment.near(member.index))
        if (
          alignment.score(member.index, j) >= MENTION_MIN_SCORE &&
          !close.has((claims[j] as Claim).articleId)
        )
          close.set((claims[j] as Claim).articleId, claims[j] as Claim);
    // (an article written before every source of the fact told it could not tell it: no omission,
    // though what it tells instead is still marked; times compared as the differences compare them)
    const toldAt = supporters.map((c) => published.get(c.articleId) ?? null);
    const beforeAll = (at: string | null) => toldAt.length > 0 && toldAt.every((t) => before(at, t));
    const afterAll = (at: string | null) => toldAt.length > 0 && toldAt.every((t) => before(t, at));
    // (a count its sources tell as where it stands since, in its own clause, or as changed: "about 300
    // remain out of their homes", not "…, whose causes remain unclear"; another value of an article
    // written before all of them is its earlier state, no ≠)
    const standsSince = supporters.some(
      (c) => toldAsChange(c.text) || stillOfValue(c.tokens, new Set(c.figures.map((x) => x.value))),
    );
    for (const { article } of articles) {
      if (fact.coverage[article.id]?.mark !== 'absent') continue;
      if (own.has(sources.get(article.id) ?? article.id)) continue;
      // what the article tells instead: another value of the fact's figure, its count, the fact in
      // part, or a sentence close to it (each a reason not to call it left out)
      const other =
        toldOtherValue(article.id, supporters, supporters[0]?.figures) ??
        (afterAll(textTimeAt(article)) ? toldLater(article.id, supporters) : undefined);
      const bound = other ? undefined : toldBound(article.id, supporters);
      const count = other || bound ? undefined : toldCount(article.id, supporters);
      // an article the alignment found close is told anyway: what it tells in part or in close words
      // cannot change its mark (only `other` and the count read below do), so it is not looked for
      const near = close.has(article.id);
      const part = other || bound || count || near ? undefined : toldThere(article.id, supporters);
      const worded =
        other || bound || count || part || near ? undefined : wordedClose(article.id, supporters);
      if (other || bound || count || part || worded || near) {
        // its mark says how, with the sentence, where it gives the fact's count (told in part or in
        // close words, the sentence may tell another thing: no mark, as "the same" is not shown)
        const said = count ?? toldFigure(article.id, supporters);
        if (other) {
          const earlier = standsSince && beforeAll(textTimeAt(article));
          toldOtherwise?.(fact.id, article.id, earlier ? 'earlier-state' : 'other-value', other);
        } else if (said) toldOtherwise?.(fact.id, article.id, 'in-other-words', said);
        continue;
      }
      // (a plan the article tells as called off is told: what became of it, not the plan left out)
      if (beforeAll(textTimeAt(article)) || calledOff(article.id, supporters)) continue;
      (out[article.id] as string[]).push(fact.id);
    }
  });
  return out;
}
