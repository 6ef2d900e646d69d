import type { Entity, Quote, Span } from '../../model/index.ts';
import { foldName } from '../../text/normalise.ts';
import { holdsRun, joinedRun, wordRun } from './word-runs.ts';

/**
 * An index of numbered spans by article and start: `first(articleId, start, end, accept)` is the
 * lowest number among the spans of that article overlapping [start, end) that `accept` takes, or -1.
 * A look-up visits only the spans near the passage, so that a story with thousands of quotes, names
 * and claims stays linear instead of every claim scanning every quote (issue 16).
 */
export function spanIndex(
  spans: Iterable<{
    readonly articleId: string;
    readonly start: number;
    readonly end: number;
    readonly n: number;
  }>,
): (articleId: string, start: number, end: number, accept?: (n: number) => boolean) => number {
  type Entry = { start: number; end: number; n: number };
  const byArticle = new Map<string, Entry[]>();
  for (const { articleId, start, end, n } of spans) {
    const list = byArticle.get(articleId);
    if (list) list.push({ start, end, n });
    else byArticle.set(articleId, [{ start, end, n }]);
  }
  // per article: spans by start, and the furthest end of any span up to each one
  const reach = new Map<string, number[]>();
  for (const [id, list] of byArticle) {
    list.sort((a, b) => a.start - b.start);
    let furthest = Number.NEGATIVE_INFINITY;
    reach.set(
      id,
      list.map((o) => (furthest = Math.max(furthest, o.end))),
    );
  }
  return (articleId, start, end, accept) => {
    const list = byArticle.get(articleId);
    const furthest = reach.get(articleId);
    if (!list || !furthest) return -1;
    // the last span that starts before the passage ends
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as Entry).start < end) lo = mid + 1;
      else hi = mid;
    }
    let first = -1;
    // walk back while a span this far back can still reach into the passage
    for (let k = lo - 1; k >= 0 && (furthest[k] as number) > start; k--) {
      const o = list[k] as Entry;
      if (o.end > start && (first < 0 || o.n < first) && (!accept || accept(o.n))) first = o.n;
    }
    return first;
  };
}

// Every occurrence of every quote (or mention of every entity), numbered by its quote's (entity's) place.
function* occurrencesOf(items: readonly { readonly occurrences: Quote['occurrences'] }[]) {
  for (let n = 0; n < items.length; n++)
    for (const o of (items[n] as Quote).occurrences)
      yield { articleId: o.articleId, start: o.span.start, end: o.span.end, n };
}

/**
 * The first quote (in `quotes` order) with an occurrence in an article overlapping [start, end).
 * @example
 * quoteAt(quotes)('a1', 120, 180) // the quote told there, or undefined
 */
export function quoteAt(
  quotes: readonly Quote[],
): (articleId: string, start: number, end: number) => Quote | undefined {
  const first = spanIndex(occurrencesOf(quotes));
  return (articleId, start, end) => quotes[first(articleId, start, end)];
}

/** The first entity (in `entities` order) with a mention in an article overlapping [start, end). */
export function entityAt(
  entities: readonly Entity[],
): (articleId: string, start: number, end: number) => Entity | undefined {
  const first = spanIndex(occurrencesOf(entities.map((e) => ({ occurrences: e.mentions }))));
  return (articleId, start, end) => entities[first(articleId, start, end)];
}

/**
 * Who a passage's words belong to: `speakerIn(articleId, start, end, kinds)` is the speaker of the
 * first quote (in `quotes` order) of one of `kinds`, with a named speaker, that has an occurrence in
 * that article overlapping [start, end); null when none has. A pronoun no one was found for ("…, he
 * told reporters" with `unresolved`) names no one: it is never shown as whose claim a ✓ reports.
 * @example
 * quoteSpeakers(quotes)('a1', 120, 180, ['direct', 'partial']) // 'Marta Vell'
 */
export function quoteSpeakers(
  quotes: readonly Quote[],
): (articleId: string, start: number, end: number, kinds: readonly string[]) => string | null {
  const at = speakerAt(quotes, true);
  return (articleId, start, end, kinds) => at(articleId, start, end, kinds)?.name ?? null;
}

// The speaker of the first quote (in `quotes` order) of one of `kinds`, with a named speaker (with
// `resolved`, not a pronoun no one was found for), told in an article overlapping [start, end), or null.
function speakerAt(
  quotes: readonly Quote[],
  resolved = false,
): (articleId: string, start: number, end: number, kinds: readonly string[]) => Quote['speaker'] {
  const first = spanIndex(occurrencesOf(quotes));
  return (articleId, start, end, kinds) => {
    const n = first(articleId, start, end, (k) => {
      const q = quotes[k] as Quote;
      return Boolean(q.speaker) && !(resolved && q.speaker?.unresolved) && kinds.includes(q.kind);
    });
    return n < 0 ? null : ((quotes[n] as Quote).speaker ?? null);
  };
}

/** Who the extract stage gives a passage's quotation to: the speaker's name, entities, and whether a person. */
export interface QuotedBy {
  readonly name: string;
  /** The speaker's entities (a joint speaker's, one per part), none when only a name was found. */
  readonly ids: readonly string[];
  /** Whether the speaker is a person (an entity of kind person): not a body or its spokesperson's employer. */
  readonly person: boolean;
}

/**
 * Who the quotation (direct or partial) told in a passage is given to, as the extract stage reads
 * its attribution ("“…,” she told the chamber": the person "she" stands for), or null when none is.
 * @example
 * quotedBy(quotes, entities)('a1', 120, 180) // { name: 'Marta Vell', ids: ['e3'], person: true }
 */
export function quotedBy(
  quotes: readonly Quote[],
  entities: readonly Entity[],
): (articleId: string, start: number, end: number) => QuotedBy | null {
  const at = speakerAt(quotes);
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  return (articleId, start, end) => {
    const speaker = at(articleId, start, end, ['direct', 'partial']);
    if (!speaker) return null;
    const ids = [speaker.entityId, ...(speaker.entityIds ?? [])].filter((id): id is string => id !== null);
    return {
      name: speaker.name,
      ids,
      person: ids.length > 0 && ids.every((id) => kindOf.get(id) === 'person'),
    };
  };
}

/** Whether two quotes have one speaker: an entity in common (a joint speaker's too), or one name. */
function sameSpeaker(a: Quote['speaker'], b: Quote['speaker']): boolean {
  if (!a || !b) return false;
  const ids = new Set([a.entityId, ...(a.entityIds ?? [])].filter((id) => id !== null));
  if ([b.entityId, ...(b.entityIds ?? [])].some((id) => id !== null && ids.has(id))) return true;
  return foldName(a.name) === foldName(b.name);
}

/**
 * Whether a sentence gives its words to a quote's speaker: it names them (an entity of the speaker
 * among its own, or the speaker's name word for word), or it carries a quote of the same speaker
 * ("Holt said the ministers would …"). A passage of another speaker in like words ("the port office
 * said …") is no paraphrase of the quote.
 * @example
 * speakerTold(quotes)({ articleId: 'a2', sentence, text, entityIds }, quote) // true when it names Holt
 */
export function speakerTold(quotes: readonly Quote[]): (
  passage: {
    readonly articleId: string;
    readonly sentence: Span;
    readonly text: string;
    readonly entityIds: ReadonlySet<string>;
  },
  quote: Quote,
) => boolean {
  const first = spanIndex(occurrencesOf(quotes));
  return ({ articleId, sentence, text, entityIds }, quote) => {
    const speaker = quote.speaker;
    if (!speaker) return false;
    if ([speaker.entityId, ...(speaker.entityIds ?? [])].some((id) => id !== null && entityIds.has(id)))
      return true;
    if (holdsRun(joinedRun(wordRun(text)), speaker.name)) return true;
    return (
      first(articleId, sentence.start, sentence.end, (n) =>
        sameSpeaker((quotes[n] as Quote).speaker, speaker),
      ) >= 0
    );
  };
}
