import type { Conflict, SegmentedArticle, Token } from '../../model/index.ts';
import { NUMBER_WORDS } from '../../text/data/numbers.ts';
import { findDateMentions } from '../../text/dates/mentions.ts';
import type { DateValue } from '../../text/dates/values.ts';
import { readTitle } from '../../text/headline.ts';
import { sentenceFigures } from '../../text/quantities.ts';
import { talliesIn } from '../../text/tally.ts';
import { causeStatements } from '../compare/cause-statements.ts';
import { tellsTimeWord } from '../compare/support/time-words.ts';

/**
 * What the story's sources give otherwise, which a headline gives none of: the values its figure
 * differences are about (`disputedValues`), the tallies its sources give otherwise
 * (`disputedTallies`), the times its date differences are about (`disputedTimes`), and the words of
 * the causes its cause differences name (`disputedCauses`).
 */
export interface Disputed {
  readonly values: ReadonlySet<number>;
  readonly tallies: ReadonlySet<string>;
  readonly times?: ReadonlySet<string>;
  readonly causes?: ReadonlySet<string>;
}

// A time told by a word ("immediately", "at once"), as one key among the dates'.
const AT_ONCE = 'at once';

// One key per date as written, before it is resolved: "March 1" and "March 1, 2027" are one day.
function keyOf(v: DateValue): string {
  switch (v.kind) {
    case 'day':
      return `day ${v.month}-${v.day}`;
    case 'month':
      return `month ${v.month}`;
    case 'weekday':
      return `weekday ${v.weekday}`;
    case 'year':
      return `year ${v.year}`;
    case 'period':
      return `period ${v.unit} ${v.shift}`;
    case 'offset':
      return `offset ${v.unit} ${v.amount}`;
  }
}

// The times a text tells: its dates' keys (a day told with its weekday, "Thursday, March 4", under
// both, as a headline may give the weekday alone: "vote set for Thursday"), and "at once" for a time word.
function timesIn(text: string, tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  for (const { value } of findDateMentions(text)) {
    out.add(keyOf(value));
    if (value.kind === 'day' && value.weekday != null) out.add(`weekday ${value.weekday}`);
  }
  if (tellsTimeWord(tokens)) out.add(AT_ONCE);
  return out;
}

// The sentences of an article that hold some of a side's evidence.
const evidenceSentences = (
  doc: SegmentedArticle | undefined,
  e: Conflict['sides'][number]['evidence'][number],
) => (doc?.sentences ?? []).filter((s) => s.start < e.span.end && s.end > e.span.start);

/**
 * The times the story's date differences are about: each time one side's sentences tell and another
 * side's do not ("immediately" / "on March 1, 2027"); a day every side tells ("voted on Monday") is
 * not in doubt.
 * @example
 * disputedTimes(differences, articles) // Set { 'at once', 'day 3-1' }
 */
export function disputedTimes(
  differences: readonly Conflict[],
  articles: readonly SegmentedArticle[],
): Set<string> {
  const docs = new Map(articles.map((d) => [d.article.id, d]));
  const out = new Set<string>();
  for (const d of differences) {
    if (d.kind !== 'date') continue;
    const sides = d.sides.map((side) => {
      const times = new Set<string>();
      for (const e of side.evidence) {
        const doc = docs.get(e.articleId);
        if (!doc) continue;
        const tokens = evidenceSentences(doc, e).flatMap((s) => s.tokens);
        for (const t of timesIn(doc.article.text.slice(e.span.start, e.span.end), tokens)) times.add(t);
      }
      return times;
    });
    for (const times of sides) for (const t of times) if (sides.some((other) => !other.has(t))) out.add(t);
  }
  return out;
}

/**
 * The words (stems) of every cause a side of the story's cause differences names or denies ("electr",
 * "fault", "cool", "pump"): a headline that names one as the cause takes a side.
 */
export function disputedCauses(
  differences: readonly Conflict[],
  articles: readonly SegmentedArticle[],
): Set<string> {
  const docs = new Map(articles.map((d) => [d.article.id, d]));
  const out = new Set<string>();
  for (const d of differences) {
    if (d.kind !== 'cause') continue;
    for (const e of d.sides.flatMap((side) => side.evidence))
      for (const s of evidenceSentences(docs.get(e.articleId), e))
        for (const c of causeStatements(s.tokens)) for (const w of c.stems) out.add(w);
  }
  return out;
}

/**
 * Whether a headline gives a value a figure difference of the story is about ("passes 42.5 million
 * pound budget" while another outlet gives £45 million), a tally the sources give otherwise ("ends in
 * 7-4 win") or a time they give otherwise ("to close on March 1" / "immediately"), or names as the cause one the
 * sources dispute ("Brackwater blames electrical fault for fire" where another denies it or names
 * another): it would head the story with one side as fact.
 */
export function givesDisputed(text: string, disputed: Disputed | undefined): boolean {
  const causes = disputed?.causes;
  if (
    !disputed ||
    (!disputed.values.size && !disputed.tallies.size && !disputed.times?.size && !causes?.size)
  )
    return false;
  const tokens = readTitle(text, text);
  const times = disputed.times;
  return (
    (causes !== undefined && causeStatements(tokens).some((c) => c.stems.some((w) => causes.has(w)))) ||
    talliesIn(tokens).some((t) => disputed.tallies.has(t)) ||
    sentenceFigures({ start: 0, end: text.length, paragraph: 0, tokens }).some((f) =>
      disputed.values.has(f.value),
    ) ||
    // a number a headline's words tell without the noun it counts ("Storm: two killed")
    tokens.some((t) => t.pos === 'NUM' && disputed.values.has(NUMBER_WORDS[t.norm] ?? Number(t.text))) ||
    (times !== undefined && times.size > 0 && [...timesIn(text, tokens)].some((t) => times.has(t)))
  );
}
