import type { Evidence, SegmentedArticle, TimelineEvent, Token } from '../../model/index.ts';
import { isoOf } from '../../text/dates/days.ts';
import type { DateMention } from '../../text/dates/mentions.ts';
import { type Precision, resolveDate } from '../../text/dates/resolve.ts';
import { rootOf } from '../../text/forest.ts';
import {
  CLAUSE_SPLIT,
  MAX_SAME_DATE_COMPARED,
  MIN_CLAUSE_WORDS,
  PAST_FORMS,
  PLAN_CUE,
  QUOTED_PASSAGE,
  RELATIVE_SPLIT,
} from './patterns.ts';
import { lineStart } from './quoted.ts';
import type { Reference } from './reference.ts';
import { moodAt } from './told.ts';
import { overlap, sameEvent, sentenceWords } from './words.ts';

/**
 * The clause of a sentence that holds a date (at `at`), as an event's text: "The visit comes after X
 * processed ... last week" gives "X processed ... last week". Null when the clause would be too short
 * or opens inside a quotation.
 */
export function clauseAround(sentence: string, at: number): string | null {
  const cuts = [0];
  const splits = [...sentence.matchAll(CLAUSE_SPLIT)];
  for (const m of splits) cuts.push(m.index, m.index + m[0].length);
  cuts.push(sentence.length);
  for (let i = 0; i + 1 < cuts.length; i += 2) {
    const [start, end] = [cuts[i] as number, cuts[i + 1] as number];
    if (at < start || at >= end) continue;
    if (start === 0 && end === sentence.length) return null;
    // a relative clause has no subject of its own ("The bridge, which opened in 1971, ..."): its
    // clause would be a fragment ("Opened in 1971, was last refurbished ...")
    if (i > 0 && RELATIVE_SPLIT.test(splits[i / 2 - 1]?.[0] ?? '')) return null;
    const clause = sentence
      .slice(start, end)
      .replace(/\s+/g, ' ')
      .replace(/[,.;:\s]+$/, '');
    const quotes = (clause.match(/[“”"]/g) ?? []).length;
    if (clause.split(' ').length < MIN_CLAUSE_WORDS || quotes % 2 === 1) return null;
    return `${clause.charAt(0).toUpperCase()}${clause.slice(1)}.`;
  }
  return null;
}

/** One dated sentence of one article, before events are merged across articles. */
export interface DatedSentence {
  readonly day: number;
  readonly precision: Precision;
  readonly inferred: boolean;
  readonly evidence: Evidence;
  readonly text: string;
  /** Content words of the sentence outside its date expressions, for matching across articles. */
  readonly words: ReadonlySet<string>;
  /** Position of the article in the story, for a stable order. */
  readonly order: number;
  /** True when the sentence tells something as still ahead ("will vote on Tuesday", "said it would"). */
  readonly future?: boolean;
  /**
   * True when what happens on the date is a plan or an expectation: by the compare stage's modality
   * rules, the mood of the verb the date belongs to (`moodAt`), or a date after the article's.
   */
  readonly planned?: boolean;
  /** The compare stage's facts whose evidence holds the date (see `toldAt`), when it made one. */
  readonly facts?: ReadonlySet<number>;
  /** True when the sentence holds a number outside its date expressions: a count or an amount. */
  readonly counts?: boolean;
}

const PERIOD_DAYS: Readonly<Record<Precision, number>> = { day: 1, week: 7, month: 31, year: 366 };

/** The dated sentences of one article: one per date expression, dropping a coarse date that holds a finer one. */
export function datedSentences(
  doc: SegmentedArticle,
  order: number,
  mentionsOf: (sentenceIndex: number) => readonly DateMention[],
  reference: Reference | null,
  factsOf: (articleId: string, at: number) => ReadonlySet<number> | null = () => null,
): DatedSentence[] {
  const out: DatedSentence[] = [];
  const { article } = doc;
  doc.sentences.forEach((sentence, index) => {
    if (article.paragraphs[sentence.paragraph]?.kind === 'heading') return;
    const mentions = mentionsOf(index);
    if (!mentions.length) return;
    // a line with no verb tells nothing that happened: a byline's date ("TNN Nov 12, 2011, 05."), a
    // date line, a caption's stamp; a past form the tagger read as a noun is a verb ("The gang member
    // shot Jerry Ortiz … in 2005")
    if (!sentence.tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || PAST_FORMS.has(t.norm))) return;
    const resolved = mentions
      .map((m) => ({
        m,
        r: resolveDate(aheadIfPresent(m, sentence.tokens, reference), reference?.day ?? null),
      }))
      .filter((x): x is { m: DateMention; r: NonNullable<typeof x.r> } => x.r !== null);
    const kept = resolved.filter(
      ({ r }) =>
        !resolved.some(
          (o) =>
            PERIOD_DAYS[o.r.precision] < PERIOD_DAYS[r.precision] &&
            o.r.day >= r.day &&
            o.r.day < r.day + PERIOD_DAYS[r.precision],
        ),
    );
    const words = sentenceWords(sentence, mentions);
    const counts = sentence.tokens.some(
      (t) =>
        t.pos === 'NUM' &&
        !mentions.some((m) => t.start < sentence.start + m.end && t.end > sentence.start + m.start),
    );
    // a sentence the split cut inside a quotation is read from the quotation's opening mark
    const from = lineStart(doc, sentence.start);
    const text = article.text.slice(from, sentence.end).replace(/\s+/g, ' ');
    // told as still ahead, in the writer's words: "will", "due to", "said … would" outside quotes
    const ownWords = text.replace(QUOTED_PASSAGE, ' ');
    const aheadInWords = PLAN_CUE.test(ownWords) || /\bwould\b/i.test(ownWords);
    const seen = new Set<string>();
    for (const { m, r } of kept) {
      const id = `${r.day}:${r.precision}`;
      if (seen.has(id)) continue;
      seen.add(id);
      // the compare stage's facts holding the date, and the mood of what is dated (by its rules); a
      // date whose period starts after the day of writing is still ahead
      const at = sentence.start + m.start;
      const facts = factsOf(article.id, at);
      const ahead = reference !== null && r.day > reference.day;
      out.push({
        day: r.day,
        precision: r.precision,
        inferred: r.relative,
        evidence: { articleId: article.id, span: { start: from, end: sentence.end } },
        text: clauseAround(article.text.slice(from, sentence.end), m.start + sentence.start - from) ?? text,
        words,
        order,
        future: m.future || aheadInWords,
        planned: ahead || moodAt(sentence.tokens, at) === 'planned',
        ...(facts ? { facts } : {}),
        ...(counts ? { counts } : {}),
      });
    }
  });
  return out;
}

// In an article written before the event it announces, a bare weekday in a sentence told in the present
// with no past form ("On Monday the cranes stop.") is the one ahead, not the one before.
function aheadIfPresent(m: DateMention, tokens: readonly Token[], reference: Reference | null): DateMention {
  if (!reference?.beforeEvent || m.future || m.value.kind !== 'weekday') return m;
  if (m.value.shift !== null || m.value.week !== undefined) return m;
  const past = tokens.some(
    (t) => (t.pos === 'VERB' || t.pos === 'AUX') && (/[^e]ed$/.test(t.norm) || PAST_FORMS.has(t.norm)),
  );
  return past ? m : { ...m, future: true };
}

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
 * MAX_SAME_DATE_COMPARED).
 */
export function mergeEvents(
  sentences: readonly DatedSentence[],
  minOverlap: number,
  minShared: number,
  maxCompared = MAX_SAME_DATE_COMPARED,
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
      // against an average) are two, whatever words they share: its judgement, not a second one
      if (Boolean(a.planned) !== Boolean(b.planned)) return false;
      if (a.facts && b.facts && a.evidence.articleId !== b.evidence.articleId) {
        if ([...a.facts].some((f) => b.facts?.has(f))) return true;
        if (a.counts || b.counts) return false;
      }
      return sameEvent(a.words, b.words, minOverlap, minShared);
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
    for (const cluster of clusters.values()) {
      // the lead shares most words with the others (measured once per member, against at most maxCompared)
      const sample = cluster.slice(0, maxCompared);
      const centrality = new Map(
        cluster.map((m) => [
          m,
          sample.reduce((sum, o) => sum + (o === m ? 0 : overlap(m.words, o.words).coefficient), 0),
        ]),
      );
      const score = (m: DatedSentence) => centrality.get(m) ?? 0;
      // what happened is told in the words of an article that tells it as done, not of one that
      // announced it ("met on Tuesday", not "are due to meet on Tuesday")
      const lead = [...cluster].sort(
        (a, b) =>
          Number(a.future ?? false) - Number(b.future ?? false) ||
          score(b) - score(a) ||
          Number(a.inferred) - Number(b.inferred) ||
          a.order - b.order,
      )[0] as DatedSentence;
      const citations = dedupe(cluster.map((m) => m.evidence));
      events.push({
        event: {
          date: isoOf(lead.day),
          inferred: cluster.every((m) => m.inferred),
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

function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.articleId}:${e.span.start}:${e.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
