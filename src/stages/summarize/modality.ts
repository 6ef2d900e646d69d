import type { Conflict, Evidence, Fact, SegmentedArticle, Token } from '../../model/index.ts';
import { publishedInstant } from '../../text/dates/published.ts';
import { fold, stem } from '../../text/normalise.ts';
import { FUTURE_MARKERS, HYPOTHETICAL_MARKERS } from '../compare/data/modality-cues.ts';
import { isPredicateStem, type Modality, modalityOf } from '../compare/support/index.ts';
import type { Candidate } from './candidates.ts';
import type { Near } from './near.ts';
import { FUTURE_TIME, MAX_CHECKED, PRESENT_BE } from './patterns.ts';
import { candidatesAt, groupByArticle, overlaps } from './spans.ts';

/** Marks of an article on a fact that forbid citing that article for it. */
const UNCITABLE = new Set(['published-before', 'contradicts']);

/** How a candidate tells its event: its modality and the stem of the verb it was read from. */
export interface Telling {
  readonly modality: Modality;
  /** Stem of the predicate verb the modality governs ("meet" in "will meet"), or null. */
  readonly event: string | null;
  /** Stems of its predicate verbs. */
  readonly verbs: ReadonlySet<string>;
  /** True when no word of it speaks of the future or of a possibility ("will", "would", "could", "if" …). */
  readonly plain: boolean;
  /** Publication time of its article (ISO), or null. */
  readonly publishedAt: string | null;
}

const MOOD_WORDS = new Set([...FUTURE_MARKERS, ...HYPOTHETICAL_MARKERS]);

// A verb in the present progressive with a time still to come: "is dispatching … in the coming days".
const progressiveFuture = (tokens: readonly Token[], predicate: number): boolean => {
  const [be, verb] = [tokens[predicate - 1], tokens[predicate]];
  return (
    !!be &&
    !!verb &&
    /ing$/i.test(verb.text) &&
    PRESENT_BE.has(be.norm) &&
    FUTURE_TIME.test(tokens.map((t) => t.norm).join(' '))
  );
};

/** How a sentence's tokens tell its event (see `candidateTellings`). */
export function tellingOf(tokens: readonly Token[], publishedAt: string | null): Telling {
  const mood = modalityOf(tokens);
  const at = tokens[mood.predicate];
  const plan = mood.modality === 'happened' && progressiveFuture(tokens, mood.predicate);
  // each verb stemmed once: for the predicate test and as the stem kept
  const verbs = new Set<string>();
  for (const t of tokens) {
    if (t.pos !== 'VERB') continue;
    const s = stem(t.text);
    if (isPredicateStem(t, s)) verbs.add(s);
  }
  return {
    modality: plan ? 'planned' : mood.modality,
    event: at ? stem(at.text) : null,
    verbs,
    plain: !plan && !tokens.some((t) => MOOD_WORDS.has(fold(t.text))),
    publishedAt,
  };
}

/**
 * How each candidate that may be chosen (well formed: `fallback`) tells its event, read from its own
 * words as the compare stage reads claims; null for the others, which nothing asks about.
 */
export function candidateTellings(
  candidates: readonly Candidate[],
  articles: readonly SegmentedArticle[],
): (Telling | null)[] {
  const docs = new Map(articles.map((d) => [d.article.id, d]));
  return candidates.map((c) => {
    if (!c.fallback) return null;
    const doc = docs.get(c.articleId);
    return tellingOf(c.tokens, doc?.article.publishedAt ?? null);
  });
}

/**
 * The articles a candidate may never cite: for every fact it states, those whose mark on the fact is
 * `published-before` (they could only tell it as planned) or `contradicts`.
 */
export function uncitable(candidate: Candidate, facts: readonly Fact[]): Set<string> {
  const out = new Set<string>();
  for (const fact of facts) {
    if (!fact.evidence.some((e) => overlaps(e, candidate.evidence))) continue;
    for (const [articleId, mark] of Object.entries(fact.coverage))
      if (UNCITABLE.has(mark.mark) && articleId !== candidate.articleId) out.add(articleId);
  }
  return out;
}

/** What finding superseded plans needs to know about the story. */
export interface PlanContext {
  readonly candidates: readonly Candidate[];
  /** The sentences of other articles alike to each candidate (see `nearSentences`). */
  readonly near: (index: number) => ReadonlyMap<string, readonly Near[]>;
  readonly tellings: readonly (Telling | null)[];
  readonly facts: readonly Fact[];
  /** Whether `evidence` tells as done what `claim` tells as planned (or the reverse). */
  readonly plannedVsDone: (claim: Evidence, evidence: Evidence) => boolean;
  /**
   * Whether `evidence` names every participant of `claim` (who reports it and its dates left out)
   * and at least two of its names: the same doers and the same place or counterpart.
   */
  readonly namesEveryone?: (claim: Evidence, evidence: Evidence) => boolean;
}

// Whether `done` tells as done the very event `plan` tells as planned: the same event verb, no word
// of the future or of a possibility anywhere in it, not published before the plan.
const tellsAsDone = (plan: Telling, done: Telling): boolean =>
  plan.event !== null &&
  done.verbs.has(plan.event) &&
  done.plain &&
  // (as instants: two outlets' times in their own zones do not compare as text)
  !(publishedInstant(done.publishedAt) < publishedInstant(plan.publishedAt));

/**
 * The candidates that tell as planned what another article tells as done, when the done version
 * can be chosen instead: a fact that happened marks the articles that told it as planned
 * (`published-before` with their sentence); without such a fact, a planned sentence is checked
 * against the most similar sentences of each other article that tell the same event verb plainly
 * as done (and the judge agrees: same participants, planned vs happened); last, a plan whose event
 * verb another article tells plainly as done of the same participants (`namesEveryone`), however
 * differently the rest is worded ("is dispatching his officials to Norhaven in the coming days for
 * talks on …" / "dispatched top officials to Norhaven City this week as …"): the event took place.
 * @example
 * // "The council will meet on Tuesday." (a1) vs "The council met on Tuesday and agreed …" (a2, a3)
 * supersededPlans(cx) // Set { index of the a1 sentence }
 */
export function supersededPlans(cx: PlanContext): Set<number> {
  const { candidates, tellings } = cx;
  const out = new Set<number>();
  const done = (c: Candidate) => c.eligible && tellings[c.index]?.modality === 'happened';
  const byArticle = groupByArticle(candidates);
  const at = candidatesAt(byArticle);
  // 1. the compare stage's facts: a planned telling of a fact that happened
  for (const fact of cx.facts) {
    if (fact.modality !== 'happened' || !fact.evidence.some((e) => at(e).some(done))) continue;
    for (const mark of Object.values(fact.coverage))
      if (mark.mark === 'published-before' && mark.evidence)
        for (const c of at(mark.evidence)) out.add(c.index);
  }
  // 2. a planned sentence against the closest sentences of every other article
  for (const c of candidates) {
    const plan = tellings[c.index];
    if (!c.eligible || plan?.modality !== 'planned' || out.has(c.index)) continue;
    for (const others of cx.near(c.index).values()) {
      const close = others
        .filter(({ candidate: o }) => done(o) && tellsAsDone(plan, tellings[o.index] as Telling))
        .slice(0, MAX_CHECKED);
      if (close.some(({ candidate: o }) => cx.plannedVsDone(c.evidence, o.evidence))) {
        out.add(c.index);
        break;
      }
    }
  }
  // 3. a planned sentence against every other article's sentences telling its event verb as done
  const namesEveryone = cx.namesEveryone;
  const plans = candidates.filter((c) => {
    const plan = tellings[c.index];
    return c.eligible && plan?.modality === 'planned' && plan.event !== null && !out.has(c.index);
  });
  if (!namesEveryone || !plans.length) return out;
  const doneBy = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const telling = tellings[c.index];
    if (!done(c) || !telling?.plain) continue;
    for (const verb of telling.verbs) {
      const list = doneBy.get(verb);
      if (list) list.push(c);
      else doneBy.set(verb, [c]);
    }
  }
  // the proper nouns of a sentence: two shared are needed before its participants are read
  const proper = new Map<number, ReadonlySet<string>>();
  const properOf = (c: Candidate) => {
    let names = proper.get(c.index);
    if (!names) {
      names = new Set(c.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.norm));
      proper.set(c.index, names);
    }
    return names;
  };
  const sharesTwo = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
    let n = 0;
    for (const w of a) if (b.has(w) && ++n === 2) return true;
    return false;
  };
  for (const c of plans) {
    const plan = tellings[c.index] as Telling;
    const names = properOf(c);
    const told = (doneBy.get(plan.event as string) ?? []).some(
      (o) =>
        o.articleId !== c.articleId &&
        tellsAsDone(plan, tellings[o.index] as Telling) &&
        sharesTwo(names, properOf(o)) &&
        namesEveryone(c.evidence, o.evidence),
    );
    if (told) out.add(c.index);
  }
  return out;
}

// The kinds of conflict whose sides are left out even when attributed: what is said is in doubt.
const SAID_SIDES: ReadonlySet<Conflict['kind']> = new Set(['figure', 'date']);

/**
 * `also` with the candidates that tell a side of one of the story's conflicts (another figure, day,
 * speaker or outcome than another outlet's) in the outlet's own voice: told alone, one side would read
 * as the fact. A side that says who says so ("…, the union said") is a report and may be told, unless
 * its figure or its time is what the sides give otherwise (the value or day said is then what is in
 * doubt: "will close immediately, the council said" / "will close on March 1, the council said").
 * @example
 * disputedSides(candidates, conflicts, superseded) // superseded plus the sides' sentences
 */
export function disputedSides(
  candidates: readonly Candidate[],
  conflicts: readonly Conflict[],
  also: ReadonlySet<number>,
): Set<number> {
  const out = new Set(also);
  const at = candidatesAt(groupByArticle(candidates));
  // a figure told as someone's ("reserves would fall to £3.1 million, the treasurer said") still gives
  // one value as what was said, where another outlet gives another
  for (const conflict of conflicts)
    for (const side of conflict.sides)
      for (const e of side.evidence)
        for (const c of at(e)) if (!c.attributed || SAID_SIDES.has(conflict.kind)) out.add(c.index);
  return out;
}
