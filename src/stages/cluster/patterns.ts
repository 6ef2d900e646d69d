/** How many sentences of the body, after the headline, make the lead. */
export const LEAD_SENTENCES = 2;

/**
 * Under a headline of its own, the lead's sentences after the first count at this weight. The headline
 * and first sentence say what happened; the next sentence gives its setting (the island's other quakes,
 * the bill's history, who else spoke), which look-alike stories of one beat share as much as one
 * event's other tellings. An article without a headline has only its first sentences for one: they
 * count whole. On the dev halves (docs/measurements.md, grouping, fourteenth pass) 0.4–0.6 lift NeuS's
 * dev articles inside its one run of all excerpts beyond their five-order spread (0.5 most) and leave
 * ECB+ within its own; every lead sentence at 0.5, headline or not, costs ECB+ (its untitled
 * articles), 0.3 costs both.
 */
export const LATER_LEAD_WEIGHT = 0.5;

/**
 * A headline whose longer content words (after the first) are capitalised above this share is in
 * Title Case: its capitals say nothing of names, so no names are read from it.
 */
export const TITLE_CASE_SHARE = 0.5;

/**
 * Each two adjacent content words of the headline ("jobs report", "chemical plant") are one more lead
 * key at this share of a word's weight: the phrase a headline names its event by is more specific than
 * its words apart, and other outlets' angles on one event name it by the same phrase where their
 * names are only the beat's. On the dev halves 0.35–0.5 is a plateau (ECB+ holding, NeuS inside its one
 * run of all excerpts up); 0.2 gains nothing, 0.7 and 1 cost ECB+; pairs of the lead's sentences too cost
 * NeuS's dev half and CPU (docs/measurements.md, grouping, twelfth pass).
 */
export const LEAD_PAIR_WEIGHT = 0.4;

/** Only a date in the article's first characters (its dateline or first lines) dates the article. */
export const DATE_SCAN_CHARS = 400;

/**
 * Weights of the signals in the score of an article against a story (each a cosine in 0..1):
 * the headline and lead, the names (people, organisations, places) weighted by rarity, and the
 * whole body. The body carries the topic-level vocabulary, so it weighs least.
 */
export const WEIGHTS = { lead: 0.5, names: 0.25, body: 0.25 } as const;

/**
 * The weighted sum is never below this times the headline-and-lead cosine alone. When the headline
 * and lead tell the story's event in the same words, names and body that match less (a short excerpt
 * naming no one but the president, another outlet's other details, an empty body) add no evidence
 * against it; the lead alone, discounted, is what the article shows. Look-alike events told in the
 * same words still part by their names: their leads meet at a lower cosine than one event's.
 */
export const LEAD_ALONE = 0.8;

/**
 * Added to the score: this times the cosine of the article's trigger words (the main verbs of its
 * headline and first sentence) with the story's. Small: look-alike events share their triggers too.
 */
export const TRIGGER_BONUS = 0.05;

/**
 * The score is multiplied by `1 - WHEN_CONFLICT_PENALTY × conflict`, where conflict (0..1) is how much
 * the weekdays and months the article's headline and first sentence name disagree with the story's:
 * the same people "on Monday" and "on Wednesday" are two events (weekdays one apart agree).
 */
export const WHEN_CONFLICT_PENALTY = 0.3;

/**
 * The score is multiplied by `1 - SITE_CONFLICT_PENALTY` when the article's headline or first sentence
 * names a site (a building, a street) of a kind the story's name too, and neither side names the
 * other's (`siteConflict`): a fire at the Tarrow depot the day after one at the Fenwick Mill, told by
 * the same outlets with the same chief and mayor, is another event. Half the score: only a telling in
 * nearly the same words (above twice the join bar) still joins.
 */
export const SITE_CONFLICT_PENALTY = 0.5;

/**
 * See `SITE_CONFLICT_PENALTY`: the most days an article may lie from a story's anchor day for it (when
 * both are dated; an undated pair is read too). A story's later news moves to other places (the trial
 * to the court, the funeral to the church). On the dev halves (docs/measurements.md, grouping,
 * sessions 28-29) pairs of dated articles within 7 days (0.5 or 0.7) move no dev figure; undated pairs
 * cost ECB+ dev 0.947 → 0.943 while "the 81st Annual Academy Awards" read as a building's name
 * ("Annual"), and nothing once a noun inside a longer name is no site (`sitesOf`).
 */
export const SITE_CONFLICT_DAYS = 7;

/** Verbs that report an event rather than name it: never trigger words. */
export const TRIGGER_SKIP: readonly string[] = [
  'say',
  'tell',
  'report',
  'announce',
  'accord',
  'add',
  'state',
  'claim',
  'confirm',
  'cite',
  'quote',
];

/**
 * How much of a name's weight depends on how few of an article's candidate stories hold it (see
 * `distinguishingNames`): a name every one of many candidates holds (the country, the president,
 * "police") keeps about `1 - NAME_RARITY` of its weight, one held by a single candidate all of it.
 * Corpus IDF cannot say this: a beat's names are rare in the corpus and common among the stories an
 * article could join. The `--explain-grouping` score is read without it (no candidate set there).
 */
export const NAME_RARITY = 0.5;

/** Score above which an article joins the best candidate story; below it, it starts a new story. */
export const SAME_STORY_THRESHOLD = 0.3;

/**
 * An article joins a story (and a story's articles merge into another) only when they share at least
 * this much of their weight (`heldShare`: keys no other article holds counted in, which the score's
 * cosines leave out). In a run of two articles the cosines see only the words the two share, and a
 * bridge closure and a festival in one town read as one story. Fitted on the dev halves
 * (docs/measurements.md, grouping, small runs): the largest floor at which no dev figure of
 * bench/eval-cluster.ts moves is 0.21 (from 0.22 NeuS's made-up-days run loses 0.001-0.002 of B3 F1;
 * at 0.25 an article of one story that shares little of it splits off there); at 0.2, in
 * bench/eval-small-runs.ts, two-article runs of two topics that make one story fall from 226 to 10 of
 * 300 (ECB+) and 197 to 48 (NeuS), those of one story from 298 to 294 and 299 to 296. Short articles
 * of one town that share its name, the month and the year are parted by `ONE_EVENT_KEY_FLOOR`.
 */
export const HELD_FLOOR = 0.2;

/**
 * In a run of at most `RARE_MIN_DF` articles, where document frequency cannot tell a town's name from
 * an event's word, an article joins a story (and a story merges into another) only when they share a
 * key of an event beyond its setting (`sharedEventKeys`: a word of the headline or first sentence
 * that is no figure, weekday, month, reporting verb or word of a name, or a second name); sharing
 * only one, their `heldShare` must reach this, not `HELD_FLOOR`. On the dev halves' small runs
 * (bench/eval-small-runs.ts; docs/measurements.md, grouping, small runs of one town) 0.3 makes the
 * fewest errors of 0.25-0.4 on ECB+ and 0.35 on NeuS (pairs of one story parted, of two topics or two
 * events joined, runs of three and four grouped wrong); items of one town sharing its name, the
 * month and one word ("town") part. Larger runs are not asked: their dev figures stay as they were.
 */
export const ONE_EVENT_KEY_FLOOR = 0.3;

/**
 * An article also joins its best candidate story above this lower score when that story is a clear
 * winner: it scores at least `CLEAR_WINNER_MARGIN` above every other candidate. A story told in other
 * words (an opinion piece, another outlet's angle) then still joins when nothing else comes close.
 */
export const CLEAR_WINNER_FLOOR = 0.22;

/** See `CLEAR_WINNER_FLOOR`: how far the best candidate story must score above the next one. */
export const CLEAR_WINNER_MARGIN = 0.1;

/**
 * A clear winner below the bar joins only when the weekdays and months its headline and lead name
 * disagree with the story's less than this (`whenConflict`, 0..1): a road closure on Monday and a
 * weather warning for Thursday in one valley share its name and nothing of an event, and nothing else
 * near is no reason to join them (newuser16 #2).
 */
export const CLEAR_WINNER_MAX_WHEN_CONFLICT = 1;

/**
 * Days an article may lie from a story's anchor day (see `anchorDay`: the day a quarter of its dated
 * articles precede, the event and its first coverage) and still count as the same time. ECB+'s gold
 * events hold follow-ups weeks after the event, so a short window splits them. Further apart, the score
 * is multiplied by `FAR_IN_TIME_FACTOR` once per window (0.6 just past it, 0.36 at two windows, 0.05
 * a year on), so only a strongly shared specific event joins, and a stream of look-alike stories a few
 * weeks apart cannot chain into one story: the anchor stays with the story's start, so each new
 * look-alike lies further from it than the last.
 */
export const TIME_WINDOW_DAYS = 60;

/**
 * A date a headline or lead names within this many days of the article's own day tells the article's
 * own news ("on Tuesday", "last week"), not another time it refers to: it bridges no gap in time.
 */
export const OWN_TIME_DAYS = 7;

/** Factor on the score, per `TIME_WINDOW_DAYS`, of an article further than that from a story's anchor day. */
export const FAR_IN_TIME_FACTOR = 0.6;

/**
 * A term or name is "rare" (used to find candidate stories) when its document frequency is at most
 * this share of the articles seen, or at most `RARE_MIN_DF` articles in a small run.
 */
export const RARE_SHARE = 0.05;

/** See `RARE_SHARE`: the floor of the rare-term document frequency in small runs. */
export const RARE_MIN_DF = 5;

/**
 * At most this many of an article's rarest terms and names look up candidate stories. 60 found the
 * story of the same event in ECB+ a little more often (dev 0.925 → 0.929, without dates 0.927 →
 * 0.937; held-out unchanged) but cost the store's grouping step 16% more at 100,000 articles (bench:store
 * 81 s against 70 s): kept at 40 for the ingest's growth.
 */
export const CANDIDATE_KEYS = 40;

/**
 * An article with fewer rare keys than this also looks up candidates by its least common other names
 * (see `rareKeys`): when one story is told by most articles of a small run, none of its names is rare,
 * and 60 near-identical tellings of one invented flood made 60 one-article stories (test/big-story.test.ts).
 * ECB+ and NeuS dev event B3 F1 moved by at most ±0.006 for any value from 1 to 40 (noise); half of
 * `CANDIDATE_KEYS` kept every dev figure within 0.001 of before or above it.
 */
export const FEW_RARE_KEYS = 20;

/**
 * Each rare key remembers at most this many stories, those most recently joined: fed in date order,
 * they are the ones nearest in time, and an article's cost stays bounded however large the corpus.
 */
export const MAX_POSTINGS = 32;

/** At most this many candidate stories are scored per article: those holding most of its rare keys. */
export const MAX_CANDIDATES = 16;

/**
 * The first pass over a batch joins an article to a story only above this score: stories start from
 * close articles, so whichever arrives first does not draw in its look-alikes; the refine passes then
 * use `SAME_STORY_THRESHOLD` and whole stories merge above `MERGE_THRESHOLD`.
 */
export const FIRST_PASS_THRESHOLD = 0.5;

/** Passes over the articles after the first, each moving an article to its best story (order independence). */
export const REFINE_PASSES = 2;

/**
 * A batch is grouped in this many orders by default (by day, ties by a seeded hash of each article's
 * content, so the input's order changes nothing); with more (`analyze --grouping-runs`), the run that
 * agrees best with the others is kept (`groupByConsensus`), outvoting one order's accidents. Three runs
 * on the dev halves (docs/measurements.md, grouping, seventeenth pass): ECB+ 0.929 → 0.931 (five
 * orders 0.920–0.931 → 0.931), NeuS 0.925 → 0.928, for three times the grouping's time (the 982 ECB+
 * documents about 0.9 → 2.4 s CPU, a sixth of a cold `analyze`): too dear for its gain to be the
 * default.
 */
export const CONSENSUS_RUNS = 1;

/**
 * A batch of more articles is grouped once, in the first of those orders (still independent of the
 * input's): the grouping's time and memory at scale stay those of one run (`bench:cluster`).
 */
export const CONSENSUS_MAX_ARTICLES = 5000;
