// Dated sentences merged into the timeline's events: the same date and precision and enough shared
// content words make one event, told in the words of its most central sentence.
import type { Evidence, TimelineEvent } from '../../model/index.ts';
import { isoOf } from '../../text/dates/days.ts';
import type { Precision } from '../../text/dates/resolve.ts';
import { rootOf } from '../../text/forest.ts';
import { sameClass } from '../compare/support/relations.ts';
import { type DatedSentence, PERIOD_DAYS } from './events.ts';
import { MAX_SAME_DATE_COMPARED, TALLY_PARTICIPANTS } from './patterns.ts';
import { otherSpeakers } from './speakers.ts';
import { overlap, sameEvent, samePredicate, telling } from './words.ts';

/** Whether a sentence (`evidence`) states what another (`claim`) does: the support judge's reading. */
export type Supports = (claim: Evidence, evidence: Evidence) => boolean;

/** Dated sentences grouped by date and precision, in order: the sentences that may tell one event. */
export function sameDateGroups(sentences: readonly DatedSentence[]): Map<string, DatedSentence[]> {
  const groups = new Map<string, DatedSentence[]>();
  for (const s of sentences) {
    const key = `${s.day}:${s.precision}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return groups;
}

/**
 * Merge dated sentences into events: the same date and precision and enough shared content words make
 * one event (single link), cited by every sentence in it; events are ordered by date, finer first.
 * Each sentence is compared with at most `maxCompared` earlier ones of its date (see
 * MAX_SAME_DATE_COMPARED). Another article's sentence is cited in a row only where `supports` reads
 * it as stating the row's lead (as a summary sentence's citations are checked); one it does not is a
 * row of its own.
 */
export function mergeEvents(
  sentences: readonly DatedSentence[],
  minOverlap: number,
  minShared: number,
  maxCompared = MAX_SAME_DATE_COMPARED,
  supports: Supports = () => true,
): TimelineEvent[] {
  const groups = sameDateGroups(sentences);
  const events: { event: TimelineEvent; day: number; precision: Precision; order: number }[] = [];
  for (const members of groups.values()) {
    const parent = members.map((_, i) => i);
    const find = (i: number): number => rootOf(parent, i);
    const same = (i: number, j: number): boolean => {
      const [a, b] = [members[i] as DatedSentence, members[j] as DatedSentence];
      // a plan and what happened are two events; where the compare stage made facts of both, one
      // fact holding both is one event, and two counts it told apart (another measure, a bound
      // against an average) are two, whatever words they share, unless both tell one happening
      // (the same verb, a participant in common) with the same numbers, one's all the other's
      // ("Four men rammed their car … on Monday" in two articles whose other words differ)
      if (Boolean(a.planned) !== Boolean(b.planned)) return false;
      // what did not happen and what happened are no one event ("did not vote on Monday", "voted on Monday")
      if (Boolean(a.negated) !== Boolean(b.negated)) return false;
      // two speakers' sayings of one day are two events, whatever words they share (one quote given
      // to a minister by one article and to the premier by another is no saying of both)
      if (otherSpeakers(a, b)) return false;
      // one vote told with two tallies ("7 to 4", "6 to 5") is a difference to check, no one event;
      // told with one by two articles that day ("voted 6-3" / "adopted … by a vote of 6-3"), one event
      if (talliesClash(a, b)) return false;
      if (a.evidence.articleId !== b.evidence.articleId && talliesShared(a, b)) return true;
      if (a.facts && b.facts && a.evidence.articleId !== b.evidence.articleId) {
        if ([...a.facts].some((f) => b.facts?.has(f))) return true;
        if (a.counts || b.counts) return samePredicate(a, b, minOverlap) && sameNumbers(a.counts, b.counts);
      }
      // two articles' short tellings: the same verb for what happened and a participant in common
      return (
        sameEvent(a.words, b.words, minOverlap, minShared) ||
        (a.evidence.articleId !== b.evidence.articleId && samePredicate(a, b, minOverlap))
      );
    };
    for (let j = 1; j < members.length; j++)
      for (let i = Math.max(0, j - maxCompared); i < j; i++) if (same(i, j)) parent[find(j)] = find(i);
    const clusters = new Map<number, DatedSentence[]>();
    members.forEach((m, i) => {
      const root = find(i);
      const cluster = clusters.get(root);
      if (cluster) cluster.push(m);
      else clusters.set(root, [m]);
    });
    for (const { lead, cluster } of [...clusters.values()].flatMap((c) => rowsOf(c, maxCompared, supports))) {
      const citations = dedupe(cluster.map((m) => m.evidence));
      const inferred = cluster.every((m) => m.inferred);
      events.push({
        event: {
          date: isoOf(lead.day),
          inferred,
          ...(inferred && lead.from ? { from: lead.from } : {}),
          precision: lead.precision,
          ...(lead.planned ? { planned: true } : {}),
          text: lead.text,
          citations,
        },
        day: lead.day,
        precision: lead.precision,
        order: cluster.reduce((m, c) => Math.min(m, c.order), Infinity),
      });
    }
  }
  return events
    .sort(
      (a, b) =>
        a.day - b.day ||
        PERIOD_DAYS[a.precision] - PERIOD_DAYS[b.precision] ||
        b.event.citations.length - a.event.citations.length ||
        a.order - b.order,
    )
    .map((e) => e.event);
}

/**
 * The rows of sentences grouped as one event: the lead (the sentence sharing most words with the
 * others, told as done rather than announced) and the sentences that tell its event (in one fact of
 * the compare stage with it, or by `telling`); those that tell another event of that day are the
 * rows of their own lead, in turn, so each row cites only sentences that tell what it says.
 */
function rowsOf(
  grouped: readonly DatedSentence[],
  maxCompared: number,
  supports: Supports,
): { lead: DatedSentence; cluster: DatedSentence[] }[] {
  const rows: { lead: DatedSentence; cluster: DatedSentence[] }[] = [];
  const left = new Set(grouped);
  for (const lead of byLead(grouped, maxCompared)) {
    if (!left.has(lead)) continue;
    // the compare stage's support judge put both in one fact, or the same predicate tells it; another
    // article's sentence is cited only where the support judge reads it as stating the row, as a
    // summary sentence's citation is ("ordered the government to empty out the centre" cites no row
    // of "ordered … to cut the number held there from 410 to 250 within 60 days": it is a row of its own)
    const tells = new Set(
      grouped.filter(
        (m) =>
          left.has(m) &&
          !otherSpeakers(m, lead) &&
          ([...(m.facts ?? [])].some((f) => lead.facts?.has(f)) ||
            telling(m, lead) !== 'other' ||
            talliesShared(m, lead)) &&
          (m.evidence.articleId === lead.evidence.articleId || supports(lead.evidence, m.evidence)),
      ),
    );
    // a verb shown to tell another event of that day ("travelled … to meet") tells it in every member
    const others = grouped.filter((m) => left.has(m) && !tells.has(m) && m.predicate).map((m) => m.predicate);
    const told = grouped.filter(
      (m) =>
        tells.has(m) &&
        (m === lead ||
          !m.predicate ||
          (lead.predicate !== undefined && sameClass(m.predicate, lead.predicate)) ||
          !others.some((v) => v !== undefined && sameClass(v, m.predicate as string))),
    );
    // a row never cites two tallies of its vote ("voted 7 to 4", "6 to 5", joined by a telling with
    // none): those the lead's clashes with, or, for a lead with none, those that clash with another
    // member, are rows of their own
    const cluster = told.filter(
      (m) => m === lead || !(lead.tallies ? talliesClash(m, lead) : told.some((o) => talliesClash(m, o))),
    );
    for (const m of cluster) left.delete(m);
    rows.push({ lead, cluster });
  }
  return rows;
}

// A row's sentences in the order they lead it: first those that tell it as done, not as announced
// ("met on Tuesday", not "are due to meet on Tuesday"), then those sharing most words with the others
// (measured once per member, against at most maxCompared)
function byLead(cluster: readonly DatedSentence[], maxCompared: number): DatedSentence[] {
  const sample = cluster.slice(0, maxCompared);
  const centrality = new Map(
    cluster.map((m) => [
      m,
      sample.reduce((sum, o) => sum + (o === m ? 0 : overlap(m.words, o.words).coefficient), 0),
    ]),
  );
  const score = (m: DatedSentence) => centrality.get(m) ?? 0;
  return [...cluster].sort(
    (a, b) =>
      Number(a.future ?? false) - Number(b.future ?? false) ||
      score(b) - score(a) ||
      Number(a.inferred) - Number(b.inferred) ||
      a.order - b.order,
  );
}

// Whether two sentences tell tallies and none is the other's ("7-4" against "6-5").
const talliesClash = (a: DatedSentence, b: DatedSentence): boolean =>
  a.tallies !== undefined && b.tallies !== undefined && ![...a.tallies].some((t) => b.tallies?.has(t));

// Whether two sentences tell one tally of a vote or game ("voted 6-3" / "by a vote of 6-3") of one
// body or thing: a tally alone is no tie ("The town council voted 7-0 …" / "The school board voted
// 7-0 …" that day are two votes), so TALLY_PARTICIPANTS of their nouns and names are shared too.
const talliesShared = (a: DatedSentence, b: DatedSentence): boolean =>
  a !== b &&
  [...(a.tallies ?? [])].some((t) => b.tallies?.has(t)) &&
  overlap(a.participants ?? new Set(), b.participants ?? new Set()).shared >= TALLY_PARTICIPANTS;

// Whether the numbers of one sentence are all numbers of the other (none counts as all).
function sameNumbers(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  const [x, y] = [a ?? new Set<string>(), b ?? new Set<string>()];
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  return [...small].every((n) => large.has(n));
}

function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.articleId}:${e.span.start}:${e.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
