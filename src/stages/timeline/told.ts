import type { Fact, Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { FUTURE_MARKERS } from '../compare/data/modality-cues.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import { type Modality, modalityOf, moodBefore } from '../compare/support/modality.ts';
import { pastForm } from '../compare/support/plan-tense.ts';
import { ATTRIBUTION_OPENERS, CLAUSE_OPENERS, DATE_OPENERS, MOTION_VERBS } from './data/clauses.ts';
import { MODALS } from './data/moves.ts';

/**
 * A lookup of the compare stage's facts at a place of an article: the indices (in the story's fact
 * list) of the facts whose evidence (a claim, or a supporter's) holds offset `at`, or null where no
 * fact's evidence lies. So the timeline tells as one event what the coverage table tells as one fact.
 */
export function factsAt(
  facts: readonly Fact[],
): (articleId: string, at: number) => ReadonlySet<number> | null {
  const spans = new Map<string, { start: number; end: number; fact: number }[]>();
  facts.forEach((fact, n) => {
    for (const e of fact.evidence) {
      const list = spans.get(e.articleId) ?? [];
      list.push({ start: e.span.start, end: e.span.end, fact: n });
      spans.set(e.articleId, list);
    }
  });
  return (articleId, at) => {
    let found: Set<number> | null = null;
    for (const s of spans.get(articleId) ?? []) {
      if (at < s.start || at >= s.end) continue;
      found ??= new Set();
      found.add(s.fact);
    }
    return found;
  };
}

const PAST_COPULA: ReadonlySet<string> = new Set(['was', 'were']);

// auxiliaries that tell what follows them as still ahead: the compare stage's future markers but the
// reported "would" (also a hypothetical's), with the curly "’ll"
export const FUTURE_AUX: ReadonlySet<string> = new Set([
  ...FUTURE_MARKERS.filter((w) => w !== 'would'),
  '’ll',
]);

/**
 * The modality of what a sentence dates at offset `at`, read by the compare stage's modality rules:
 * the mood of the verb nearest before the date ("would meet … on Tuesday" planned, "said on
 * Wednesday that …" happened: the saying is what is dated), else of the first verb after it ("On
 * Tuesday the council will vote"), else the sentence's.
 */
export function moodAt(tokens: readonly Token[], at: number, found = verbOfDate(tokens, at)): Modality {
  const { verb, copula } = found;
  if (copula) return 'happened';
  if (verb < 0) return modalityOf(tokens).modality;
  // a "will" between that verb and the date opens the clause the date is in ("announced Friday that
  // Jackman will be the host of the Oscars on Feb. 22": the hosting is dated, not the announcing)
  if (tokens.some((t, k) => k > verb && t.end <= at && t.pos === 'AUX' && FUTURE_AUX.has(t.norm)))
    return 'planned';
  // "said the town would open its library … on Monday" (wink tags "open" no verb, so the saying is
  // the verb nearest the date): a "would" between is the reported plan's, ahead of the report
  if (REPORTING_STEMS.has(stem((tokens[verb] as Token).text)))
    return reportedWould(tokens, verb, at) ? 'planned' : 'happened';
  const governing = participleHead(tokens, verb);
  return moodBefore(tokens, governing ?? verb).modality;
}

/** The verb a date belongs to, as `verbOfDate` finds it: read once per date, passed to each reading. */
export interface VerbOfDate {
  /** Its token index in the sentence; -1 for none. */
  readonly verb: number;
  /** True when it is a past "was"/"were" nearer the date than any verb. */
  readonly copula: boolean;
  /** True when no verb stands before the date and `verb` is the first after it ("On Wednesday she said …"). */
  readonly onlyAfter: boolean;
}

/**
 * The verb a date at offset `at` belongs to: the verb nearest before it, else the first after it ("On
 * Wednesday she said …"); -1 for none. The first verb after it when another clause opens between the
 * verb before and the date and its verb follows the date ("was relegated, and in March he admitted";
 * "did say that after Monday customers can register"). `copula` when a past "was"/"were" is nearer
 * the date than any verb: what is dated is a state, told as done ("fans were outspoken last week").
 * An attribution ("according to") is no verb.
 */
export function verbOfDate(tokens: readonly Token[], at: number): VerbOfDate {
  let byDate = FOUND.get(tokens);
  if (!byDate) {
    byDate = new Map();
    FOUND.set(tokens, byDate);
  }
  let found = byDate.get(at);
  if (!found) {
    found = findVerbOfDate(tokens, at);
    byDate.set(at, found);
  }
  return found;
}

// The verbs dates belong to, per sentence (its tokens) and date: the reading of a story's dates
// (sentenceDates, for a date told as planned) and the timeline's dated sentences each ask of a date.
const FOUND = new WeakMap<readonly Token[], Map<number, VerbOfDate>>();

function findVerbOfDate(tokens: readonly Token[], at: number): VerbOfDate {
  let verb = -1;
  let copula = -1;
  let opened: 'that' | 'clause' | null = null;
  for (let i = 0; i < tokens.length && (tokens[i] as Token).end <= at; i++) {
    const t = tokens[i] as Token;
    if (DATE_OPENERS.has(t.norm) && (tokens[i + 1]?.start ?? at) >= at) continue;
    if (isEventVerb(tokens, i)) [verb, opened] = [i, null];
    else if (PAST_COPULA.has(t.norm)) [copula, opened] = [i, null];
    else if (t.norm === 'that' && t.pos === 'SCONJ') opened = 'that';
    else if (t.norm === ';' || (CLAUSE_OPENERS.has(t.norm) && tokens[i - 1]?.norm === ','))
      opened ??= 'clause';
  }
  const after = opened && (verb >= 0 || copula >= 0) ? firstVerbAfter(tokens, at, opened === 'that') : -1;
  if (after >= 0) return { verb: after, copula: false, onlyAfter: false };
  // a past "was"/"were" nearer the date than any verb is what the date belongs to ("a host who would
  // draw viewers: whether it was the pairing of two actors in 2011")
  if (copula > verb) return { verb: copula, copula: true, onlyAfter: false };
  if (verb >= 0) return { verb, copula: false, onlyAfter: false };
  const first = tokens.findIndex((t, k) => t.start >= at && isEventVerb(tokens, k));
  return { verb: first, copula: false, onlyAfter: true };
}

/**
 * The verb whose event a date tells: the verb it belongs to (`verbOfDate`), or the "to"-infinitive
 * a verb of going leads to in its clause when a modal stands before it ("would return next year to host
 * the ceremony" tells the hosting, as "will host next year" does); a done trip's infinitive is another
 * event ("travelled there on Monday to meet …" is the trip), as is any other verb's ("would meet on
 * Tuesday to agree a plan" is the meeting).
 */
function eventVerbOfDate(tokens: readonly Token[], found: VerbOfDate): { verb: number; copula: boolean } {
  const verb = tokens[found.verb];
  if (
    found.copula ||
    !verb ||
    !MOTION_VERBS.has(stem(verb.text)) ||
    !MODALS.has(tokens[found.verb - 1]?.norm ?? '')
  )
    return found;
  for (let k = found.verb + 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ' || t.pos === 'SCONJ') break;
    if (t.norm === 'to' && t.pos === 'PART' && isEventVerb(tokens, k + 1))
      return { verb: k + 1, copula: false };
  }
  return found;
}

// A token tagged as a verb that is not an attribution's opener ("according to").
const isEventVerb = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.pos === 'VERB' && ATTRIBUTION_OPENERS.get(tokens[i]?.norm ?? '') !== tokens[i + 1]?.norm;

// The first verb after offset `at` in its clause (before a punctuation mark or a coordinator), or -1;
// an infinitive ("to register") only when `infinitive`.
function firstVerbAfter(tokens: readonly Token[], at: number, infinitive: boolean): number {
  const from = tokens.findIndex((t) => t.start >= at);
  for (let k = from; k >= 0 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'CCONJ') return -1;
    if (isEventVerb(tokens, k)) return infinitive || tokens[k - 1]?.norm !== 'to' ? k : -1;
  }
  return -1;
}

/** What the verb a date belongs to tells (see `dateVerbAt`). */
export interface DateVerb {
  /** Its stem, as what happened ("reopened on Monday": "reopen"); null for none, a "was"/"were" or a reporting verb. */
  readonly predicate: string | null;
  /** With a predicate: the stems of the verbs after it, what it leads to ("travelled there on Monday to meet …": "meet"). */
  readonly later: ReadonlySet<string> | null;
  /** True when it is a reporting verb ("said on Monday that …"): a saying is dated. */
  readonly said: boolean;
}

/**
 * The verb a date at offset `at` tells the event of (`eventVerbOfDate` of the verb it belongs to,
 * `found`), read once: its stem as what happened, unless a reporting verb (two articles' "said on
 * Monday" are two sayings, not one event), the verbs after it, and whether it is a saying.
 */
export function dateVerbAt(tokens: readonly Token[], at: number, found = verbOfDate(tokens, at)): DateVerb {
  const { verb, copula } = eventVerbOfDate(tokens, found);
  const word = verb >= 0 && !copula ? stem((tokens[verb] as Token).text) : null;
  const said = word !== null && REPORTING_STEMS.has(word);
  const predicate = said ? null : word;
  const later = predicate
    ? new Set(tokens.filter((_t, k) => k > verb && isEventVerb(tokens, k)).map((t) => stem(t.text)))
    : null;
  return { predicate, later, said };
}

/** The stem of the verb a date belongs to, as `dateVerbAt` reads it. */
export const predicateAt = (tokens: readonly Token[], at: number): string | null =>
  dateVerbAt(tokens, at).predicate;

/** Whether the verb a date belongs to is a reporting verb, as `dateVerbAt` reads it. */
export const saidAt = (tokens: readonly Token[], at: number): boolean => dateVerbAt(tokens, at).said;

// Whether a "would" stands between the reporting verb at `verb` (the verb nearest before the date)
// and the date at `at`: what the date belongs to is told as ahead of the report ("said … would open …
// on Monday").
function reportedWould(tokens: readonly Token[], verb: number, at: number): boolean {
  return tokens.some((t, k) => k > verb && t.end <= at && t.pos === 'AUX' && t.norm === 'would');
}

const isVerb = (t: Token | undefined) => t?.pos === 'VERB' || t?.pos === 'AUX';

// The verb a participle clause set off by a comma hangs on, when the date's verb opens one ("will be
// the host of the ceremony, televised live on Sunday, February 22"): a past participle with no subject
// or auxiliary of its own tells no time, so what is dated is as planned or done as that verb.
function participleHead(tokens: readonly Token[], verb: number): number | null {
  let start = verb;
  while (start > 0 && tokens[start - 1]?.pos === 'VERB') start--;
  const opening = tokens[start] as Token;
  if (tokens[start - 1]?.text !== ',' || !pastForm(opening)) return null;
  for (let k = start - 2; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT') return null;
    if (isVerb(t)) return k;
  }
  return null;
}
