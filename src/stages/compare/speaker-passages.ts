import type { Entity, Quote, SegmentedArticle, Span, Token } from '../../model/index.ts';
import { fold, isContentWord, stem } from '../../text/normalise.ts';
import { joinedRun, wordsOf as quoteStems, trimmedPieces, wordRun } from '../../text/quotes/wording.ts';
import { ORGANIZATION_WORDS } from './data/word-forms.ts';
import { MIN_QUOTE_WORDS } from './patterns.ts';
import { wordsOf } from './quote-matrix.ts';
import { entityAt, quoteAt } from './quote-speakers.ts';
import { inRegions } from './text.ts';

// The quoted passages of a story's articles and whom each is given to, for speakerConflicts
// (speakers.ts): the extract stage's speaker where it found one, else a name by a reporting verb.

const REPORTING = new Set([
  'say',
  'tell',
  'add',
  'continu',
  'stress',
  'emphasiz',
  'writ',
  'write',
  'stat',
  'accord',
  'explain',
  'insist',
  'warn',
  'recall',
]);

/** A quoted passage of one article and who it is attributed to (null when no name is found). */
export interface Passage {
  readonly articleId: string;
  readonly sourceId: string;
  readonly span: Span;
  readonly words: ReadonlySet<string>;
  /** Its content words' stems: not "the", "and", "its", "are", which recur in any two quotes. */
  readonly content: ReadonlySet<string>;
  /** Its word stems, its folded word run and its text, as text/quotes/wording.ts reads one quote against another. */
  readonly stems: ReadonlySet<string>;
  readonly run: string;
  readonly text: string;
  /** Its pieces' word runs when it is trimmed with ellipses ("We will rebuild this pier … whatever it costs"), else null. */
  readonly pieces: readonly string[] | null;
  readonly speaker: { readonly name: string; readonly key: string; readonly person: boolean } | null;
}

// The proper-name run next to a reporting verb in the passage's sentences, outside the quote.
function nearbySpeaker(tokens: readonly Token[], region: Span, regions: readonly Span[]) {
  const outside = tokens.filter((t) => !inRegions(t, regions));
  for (let i = 0; i < outside.length; i++) {
    if (!REPORTING.has(stem((outside[i] as Token).text))) continue;
    for (const [from, step] of [
      [i - 1, -1],
      [i + 1, 1],
    ] as const) {
      const run: Token[] = [];
      for (let k = from; k >= 0 && k < outside.length && run.length < 5; k += step) {
        const t = outside[k] as Token;
        if (t.pos !== 'PROPN') break;
        if (step < 0) run.unshift(t);
        else run.push(t);
      }
      if (!run.length) continue;
      const name = run.map((t) => t.text).join(' ');
      const person = !run.some((t) => ORGANIZATION_WORDS.has(fold(t.text)));
      return {
        name,
        key: fold((run[run.length - 1] as Token).text),
        person,
        near: Math.abs(region.start - (run[0] as Token).start),
      };
    }
  }
  return null;
}

// The sentences (in text order, not overlapping) that reach into (start, end), by binary search.
function sentencesNear<T extends { readonly start: number; readonly end: number }>(
  sentences: readonly T[],
  start: number,
  end: number,
): T[] {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid] as T).end > start) hi = mid;
    else lo = mid + 1;
  }
  const out: T[] = [];
  for (let k = lo; k < sentences.length && (sentences[k] as T).start < end; k++) out.push(sentences[k] as T);
  return out;
}

/** The passages of the articles' quote regions of MIN_QUOTE_WORDS words or more, each with its speaker. */
export function passages(
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  regions: ReadonlyMap<string, readonly Span[]>,
  quotes: readonly Quote[],
  entities: readonly Entity[],
): Passage[] {
  const kindOf = new Map(entities.map((e) => [e.id, e.kind]));
  // the quote told at a passage and the entity named at a place, indexed once (not scanned per passage)
  const quoteThere = quoteAt(quotes);
  const entityThere = entityAt(entities);
  const out: Passage[] = [];
  for (const { article, sentences } of articles) {
    const own = regions.get(article.id) ?? [];
    for (const span of own) {
      const words = new Set(wordsOf(article.text.slice(span.start, span.end)).filter((w) => w.length > 2));
      if (words.size < MIN_QUOTE_WORDS) continue;
      const content = new Set(
        sentencesNear(sentences, span.start, span.end)
          .flatMap((s) => s.tokens)
          .filter((t) => t.start >= span.start && t.end <= span.end && isContentWord(t))
          .map((t) => stem(t.text)),
      );
      const known = quoteThere(article.id, span.start, span.end);
      let speaker: Passage['speaker'] = null;
      // where this article names the speaker: the extract stage's evidence for this occurrence
      const named = known?.speakerEvidence.find((e) => e.articleId === article.id);
      const entity = named ? entityThere(article.id, named.span.start, named.span.end) : undefined;
      if (named && entity) {
        speaker = { name: entity.name, key: entity.id, person: entity.kind === 'person' };
      } else if (known?.speaker?.unresolved) {
        // "she said" whom extract could not name: no one, rather than a name found nearby
        speaker = null;
      } else if (known?.speaker) {
        const kind = known.speaker.entityId ? kindOf.get(known.speaker.entityId) : undefined;
        speaker = {
          name: known.speaker.name,
          key: known.speaker.entityId ?? fold(known.speaker.name.split(' ').pop() ?? ''),
          person: kind === 'person',
        };
      } else {
        const tokens = sentencesNear(sentences, span.start - 1, span.end + 1).flatMap((s) => s.tokens);
        const found = nearbySpeaker(tokens, span, own);
        if (found) speaker = { name: found.name, key: found.key, person: found.person };
      }
      const quoted = article.text.slice(span.start, span.end);
      out.push({
        articleId: article.id,
        sourceId: sources.get(article.id) ?? article.id,
        span,
        words,
        content,
        stems: new Set(quoteStems(quoted)),
        run: joinedRun(wordRun(quoted)),
        text: quoted,
        pieces: trimmedPieces(quoted),
        speaker,
      });
    }
  }
  return out;
}
