// The event's particulars in its headline and lead, beyond their words: the trigger words (the main
// verbs: "arrested", "acquire") and the weekdays and months it names. Unlike the vectors, the named
// days can also tell two stories apart: one told "on Monday" and one "on Wednesday" are other events.
// The dates they name place a follow-up in its event's time: "convicted of the 2010 shooting".
import type { SegmentedArticle, Token } from '../../model/index.ts';
import { countedDays } from '../../text/dates/counted.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import { resolveDate, spanOf } from '../../text/dates/resolve.ts';
import { headlineTokens } from '../../text/headline.ts';
import { stem } from '../../text/normalise.ts';
import { loadedEntryOf } from '../summarize/loaded.ts';
import { statedAges } from './ages.ts';
import { leadCounts } from './counted.ts';
import { namedDayKeys, namedDaysAgree } from './named-days.ts';
import { negatedTokens } from './negated.ts';
import { LEAD_SENTENCES, OWN_TIME_DAYS, TRIGGER_SKIP } from './patterns.ts';
import { recalledAt } from './recalled.ts';
import { sitesOf } from './sites.ts';

/** What an article's headline and first sentence say of its event beyond their words. */
export interface Particulars {
  /** Stems of the main verbs of the headline and first sentence, reporting verbs left out, sorted. */
  readonly triggers: readonly string[];
  /**
   * Weekdays (`w:monday`, `w:monday@20408` with the day named when the article is dated) and months
   * (`m:june`) the headline and first sentence name, sorted (`namedDayKeys`).
   */
  readonly when: readonly string[];
  /**
   * The days (first, last) each date the headline and lead name covers, a relative one resolved
   * against the article's day ("an April 2007 shooting", "in 2010"); absent in features stored before them.
   */
  readonly times?: readonly (readonly [number, number])[];
  /** The ages all its sentences give (`statedAges`: `38|age-year`), sorted; absent in features stored before them. */
  readonly ages?: readonly string[];
  /** The counts its lead gives with what they count (`leadCounts`: `340|migrant`); absent in features stored before them. */
  readonly counted?: readonly string[];
  /** The sites its headline and first sentence name (`sitesOf`: `b:fenwick`, `s:cole`); absent in features stored before them. */
  readonly sites?: readonly string[];
  /**
   * The days before its own, at most `OWN_TIME_DAYS` back, its headline and lead name as a day of the
   * past ("burst its banks on Monday" in a Wednesday report): the day of the event its news follows
   * (`timesOf`); absent in features stored before them.
   */
  readonly earlierDays?: readonly number[];
}

const SKIP = new Set(TRIGGER_SKIP.map(stem));

// (a verb told under a negation, "nobody was injured", is no trigger of the event; nor a loaded word of
// the framing lexicon, "gut", "axe", "slam": its outlet's voice, which it uses of every event it tells)
const triggersOf = (tokens: readonly Token[]) => {
  const negated = negatedTokens(tokens);
  return tokens
    .filter(
      (t, i) =>
        t.pos === 'VERB' && !t.stop && /^\p{L}+$/u.test(t.norm) && !negated.has(i) && !loadedEntryOf(t.text),
    )
    .map((t) => stem(t.norm))
    .filter((t) => !SKIP.has(t));
};

const sortedSet = (items: readonly string[]) => [...new Set(items)].sort();

// The day spans of the dates the headline and lead name, resolved against the article's day (without
// one, only those that name their year), each once, in order. Not those within `OWN_TIME_DAYS` of the
// article's day, which tell its own news ("on Tuesday"), no other time: kept, such a span of a
// follow-up that joined an older story by the time it names made every article of the follow-up's
// days "0 days" from that story. Nor a year counted from the day of writing ("last year", "this
// year"): a whole year named in passing ("as last year") is no event's time, and it took a report of
// a new event back to last year's look-alike; a follow-up names its event's time ("the May 2023
// strike", "the 2010 shooting"). Nor a date that closes a comparison with a like event ("walked out on
// Monday, as they did in May", `recalledAt`): the time of a look-alike, which it took a new event's
// report back to.
function timesOf(
  doc: SegmentedArticle,
  day: number | null,
): { times: (readonly [number, number])[]; earlier: number[] } {
  const { article, sentences } = doc;
  const lead = article.text.slice(0, sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]?.end ?? 0);
  const text = article.titleInferred ? lead : `${article.title ?? ''}\n${lead}`;
  const spans = new Map<string, readonly [number, number]>();
  const earlier = new Set<number>();
  const mentions = findDateMentions(text);
  const named = (span: readonly [number, number], past: boolean) => {
    if (day !== null && Math.max(0, span[0] - day, day - span[1]) <= OWN_TIME_DAYS) {
      // (a day of the past of its own news: the event it follows, "on Monday" in a Wednesday report)
      if (past && span[0] < day) earlier.add(span[0]);
      return;
    }
    spans.set(span.join(':'), span);
  };
  for (const mention of mentions) {
    const resolved = resolveDate(mention, day);
    if (!resolved || (resolved.relative && resolved.precision === 'year')) continue;
    if (recalledAt(text, mention.start)) continue;
    named(spanOf(resolved), resolved.precision === 'day' && !mention.future);
  }
  // (a day counted from another event: "two days after the river burst its banks" in a Wednesday report)
  for (const counted of countedDays(text, mentions, day))
    if (!recalledAt(text, counted.start)) named([counted.day, counted.day], true);
  return { times: [...spans.values()], earlier: [...earlier].sort((a, b) => a - b) };
}

/**
 * Read the particulars of one article from its headline (unless inferred from the text) and first
 * sentence, the dates its headline and lead name (`day`: the article's own, to resolve them), the
 * ages its sentences give, the counts its lead gives and the sites its headline and first sentence name.
 * @example
 * articleParticulars(doc, null) // { triggers: ['arrest'], when: ['m:june', 'w:friday'], times: [], ages: [], counted: [], sites: [] }
 */
export function articleParticulars(doc: SegmentedArticle, day: number | null = null): Particulars {
  const headline = doc.article.titleInferred ? [] : (headlineTokens(doc) ?? []);
  const first = doc.sentences[0]?.tokens ?? [];
  const { times, earlier } = timesOf(doc, day);
  return {
    triggers: sortedSet([...triggersOf(headline), ...triggersOf(first)]),
    when: sortedSet([
      ...namedDayKeys(headline, doc.article.titleInferred ? '' : (doc.article.title ?? ''), day),
      ...namedDayKeys(
        first,
        doc.article.text.slice(doc.sentences[0]?.start ?? 0, doc.sentences[0]?.end ?? 0),
        day,
      ),
    ]),
    times,
    ages: statedAges(doc),
    counted: leadCounts(doc),
    sites: sortedSet([...sitesOf(headline), ...sitesOf(first)]),
    earlierDays: earlier,
  };
}

const bump = (map: Map<string, number>, key: string, by: number) => {
  const n = (map.get(key) ?? 0) + by;
  if (n > 0) map.set(key, n);
  else map.delete(key);
};

/** A story's particulars: its articles' trigger and named-day counts, kept up to date as they come and go. */
export class StoryParticulars {
  readonly #triggers = new Map<string, number>();
  readonly #when = new Map<string, number>();
  #norm2 = 0;

  /** Add (`sign` 1) or take away (`sign` -1) one article's particulars. */
  update(p: Particulars, sign: 1 | -1): void {
    for (const w of p.when) bump(this.#when, w, sign);
    for (const t of p.triggers) {
      const before = this.#triggers.get(t) ?? 0;
      this.#norm2 += (before + sign) ** 2 - before ** 2;
      bump(this.#triggers, t, sign);
    }
  }

  /** Cosine of the article's trigger set with the story's trigger counts (0 when either has none). */
  triggerCosine(p: Particulars): number {
    if (!p.triggers.length || this.#norm2 <= 0) return 0;
    let dot = 0;
    for (const t of p.triggers) dot += this.#triggers.get(t) ?? 0;
    return dot / Math.sqrt(p.triggers.length * this.#norm2);
  }

  /** The article's trigger words the story's articles use too, most used first (for explanations). */
  sharedTriggers(p: Particulars): string[] {
    return p.triggers
      .filter((t) => this.#triggers.has(t))
      .sort(
        (a, b) => (this.#triggers.get(b) as number) - (this.#triggers.get(a) as number) || (a < b ? -1 : 1),
      );
  }

  /**
   * How much the weekdays and months the article names disagree with the story's, 0..1: per kind
   * (weekday, month) that both name, the share of the story's mentions that agree with none of the
   * article's; the mean over those kinds, 0 when they share none.
   */
  whenConflict(p: Particulars): number {
    if (!p.when.length) return 0;
    let sum = 0;
    let kinds = 0;
    for (const kind of ['w:', 'm:']) {
      const own = p.when.filter((x) => x.startsWith(kind));
      if (!own.length) continue;
      let all = 0;
      let agreeing = 0;
      for (const [key, n] of this.#when) {
        if (!key.startsWith(kind)) continue;
        all += n;
        if (own.some((o) => namedDaysAgree(o, key))) agreeing += n;
      }
      if (!all) continue;
      kinds++;
      sum += 1 - agreeing / all;
    }
    return kinds ? sum / kinds : 0;
  }
}
