// A disputed cause, listed as a difference to check (never ✗): two voices (outlets, or named sources)
// that name different causes of one event ("an electrical fault started the fire" against "arson
// caused the fire"), or one that names a cause, or a part that failed before the event, and another
// that denies it ("denied reports that a broken pump was to blame", "the cooling system was working
// as designed"). Each side says whose words it tells.
import type { Conflict, Evidence, SegmentedArticle, Sentence } from '../../model/index.ts';
import { type CauseStatement, causeStatements } from './cause-statements.ts';

/** Who speaks in a passage of an article (the speaker of a quote or reported speech), or null. */
export type SpeakerAt = (articleId: string, start: number, end: number) => string | null;

interface Told {
  readonly statement: CauseStatement;
  readonly articleId: string;
  readonly sentence: Sentence;
  /** Whose words: a named speaker's, else the outlet's own (one per independent source). */
  readonly voice: string;
  /** The voice as the report names it ("plant employees", "Eastmoor Gazette"). */
  readonly who: string;
  /** The nouns naming the event's place or kind ("warehouse" of "the warehouse fire"), if any. */
  readonly place: readonly string[];
}

const meets = (a: readonly string[], b: readonly string[]): boolean => a.some((s) => b.includes(s));
const isNoun = (t: Sentence['tokens'][number] | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';

// The nouns right before the sentence's last naming of the event as a head noun ("the Kessel mill
// fire": "kessel", "mill"): "the warehouse fire" and "the farm fire" are two fires.
function placeOf(sentence: Sentence, event: string | null): string[] {
  const tokens = sentence.tokens;
  let k = tokens.length - 1;
  while (k >= 0 && (tokens[k]?.norm !== event || isNoun(tokens[k + 1]))) k--;
  const out: string[] = [];
  for (let j = k - 1; j >= 0 && isNoun(tokens[j]); j--) out.push(tokens[j]?.norm ?? '');
  return out;
}

// whether two statements may tell one event: its noun, and no two places of it that share nothing
const oneEvent = (a: Told, b: Told): boolean =>
  a.statement.event === b.statement.event && (!a.place.length || !b.place.length || meets(a.place, b.place));

// the story's statements of a cause, each with its voice
function toldIn(
  news: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  speakerAt: SpeakerAt,
): Told[] {
  const told: Told[] = [];
  for (const { article, sentences } of news)
    for (const sentence of sentences)
      for (const statement of causeStatements(sentence.tokens)) {
        const first = sentence.tokens[statement.from];
        const last = sentence.tokens[statement.to - 1];
        if (!first || !last) continue;
        const speaker = speakerAt(article.id, sentence.start, sentence.end);
        const source = sources.get(article.id) ?? article.id;
        told.push({
          statement,
          articleId: article.id,
          sentence,
          voice: speaker ? `speaker:${speaker.toLowerCase()}` : `outlet:${source}`,
          who: speaker ?? article.outlet ?? 'an article of no named outlet',
          place: placeOf(sentence, statement.event),
        });
      }
  return told;
}

// whether `n` denies what `p` names: a denial or a part told working, of the same thing, of the same event
const denies = (p: Told, n: Told): boolean =>
  p.statement.stance !== 'not' &&
  n.statement.stance === 'not' &&
  p.voice !== n.voice &&
  (n.statement.event === null || oneEvent(n, p)) &&
  meets(p.statement.keys, n.statement.keys);

// whether `b` names another cause of the event `a` names a cause (or a failure before it) of: nothing
// of one in the other, in another voice
const causeBesides = (a: Told, b: Told): boolean =>
  a.statement.stance !== 'not' &&
  b.statement.stance === 'cause' &&
  a.voice !== b.voice &&
  oneEvent(a, b) &&
  !meets(a.statement.stems, b.statement.stems);

// whether `a` and `b` name different causes of one event (a failure before it is no cause named)
const otherCause = (a: Told, b: Told): boolean => a.statement.stance === 'cause' && causeBesides(a, b);

function side(list: readonly Told[], textOf: (t: Told) => string): Conflict['sides'][number] {
  const sentences: Told[] = [];
  for (const t of list) if (!sentences.some((s) => s.sentence === t.sentence)) sentences.push(t);
  const who = [...new Set(list.map((t) => t.who))];
  const names = who.length > 1 ? `${who.slice(0, -1).join(', ')} and ${who[who.length - 1]}` : who[0];
  const first = sentences[0] as Told;
  return {
    claim: `according to ${names}: ${textOf(first)}`,
    evidence: sentences.map(
      (t): Evidence => ({ articleId: t.articleId, span: { start: t.sentence.start, end: t.sentence.end } }),
    ),
  };
}

/**
 * The story's disputed cause, at most one per event: the cause first told disputed (`denies` or
 * `otherCause`) on one side with every statement naming it, and on the other every denial of it and
 * every other cause another voice names for that event (a failure before the event, denied, is on the
 * side of its denial's other cause too). A cause no other voice denies or names otherwise is none:
 * "police are investigating the cause" names no cause, "a gas leak caused the explosion" and "the
 * explosion started the fire" name causes of two events.
 */
export function causeDisputes(
  news: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  speakerAt: SpeakerAt,
): Omit<Conflict, 'id'>[] {
  const texts = new Map(news.map((a) => [a.article.id, a.article.text]));
  const textOf = (t: Told) => (texts.get(t.articleId) ?? '').slice(t.sentence.start, t.sentence.end);
  const told = toldIn(news, sources, speakerAt);
  const out: Omit<Conflict, 'id'>[] = [];
  const done = new Set<string>();
  for (const p of told) {
    const event = p.statement.event;
    if (event === null || done.has(event) || p.statement.stance === 'not') continue;
    if (!told.some((n) => denies(p, n) || otherCause(p, n))) continue;
    done.add(event);
    const named = told.filter(
      (t) => t.statement.stance !== 'not' && oneEvent(t, p) && meets(t.statement.keys, p.statement.keys),
    );
    const against = told.filter((t) => named.some((q) => denies(q, t)) || causeBesides(p, t));
    out.push({
      kind: 'cause',
      about: `cause of the ${event}`,
      sides: [side(named, textOf), side(against, textOf)],
    });
  }
  return out;
}
