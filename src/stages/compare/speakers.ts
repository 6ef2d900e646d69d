import type { Conflict, Entity, Quote, SegmentedArticle, Span, Token } from '../../model/index.ts';
import { fold, isContentWord, stem } from '../../text/normalise.ts';
import {
  joinedRun,
  oneQuote,
  wordsOf as quoteStems,
  trimmedPieces,
  trimmedWordForWord,
  wordForWord,
  wordRun,
} from '../../text/quotes/wording.ts';
import { oneSpellingApart } from '../../text/spelling.ts';
import { ORGANIZATION_WORDS, TITLE_WORDS } from './data/word-forms.ts';
import { BLOCK_MAX_DF, MIN_QUOTE_WORDS, SAME_QUOTE_MIN_OVERLAP } from './patterns.ts';
import { wordsOf } from './quote-matrix.ts';
import { entityAt, quoteAt } from './quote-speakers.ts';
import { inRegions } from './text.ts';

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
interface Passage {
  readonly articleId: string;
  readonly sourceId: string;
  readonly span: Span;
  readonly words: ReadonlySet<string>;
  /** Its content words' stems: not "the", "and", "its", "are", which recur in any two quotes. */
  readonly content: ReadonlySet<string>;
  /** Its word stems and its folded word run, as text/quotes/wording.ts reads one quote against another. */
  readonly stems: ReadonlySet<string>;
  readonly run: string;
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

function passages(
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
        pieces: trimmedPieces(quoted),
        speaker,
      });
    }
  }
  return out;
}

// The share of the smaller set's words the other holds (0 when either is empty).
function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size && b.size ? shared / Math.min(a.size, b.size) : 0;
}

/**
 * Whether two passages give their quote to one person: one entity or surname, or one name spelt two
 * ways ("Hugo Orrnberg" / "Hugo Ornberg": its given name the same, its surname one letter apart),
 * past an employer named after it ("Mara Tollen of Harlow Water" is Mara Tollen).
 */
function sameSpeaker(a: Passage, b: Passage): boolean {
  if (a.speaker?.key === b.speaker?.key) return true;
  const [na, nb] = [a.speaker?.name, b.speaker?.name].map(nameWords);
  const [la, lb] = [na?.at(-1) ?? '', nb?.at(-1) ?? ''];
  const given = (na?.length ?? 0) < 2 || (nb?.length ?? 0) < 2 || na?.[0] === nb?.[0];
  return la !== '' && lb !== '' && given && oneSpellingApart(la, lb);
}

// A speaker's name's words, past whom they speak for ("of Harlow Water", "from the Kestrel Trust").
const nameWords = (n = ''): string[] => n.replace(EMPLOYER, '').split(/\s+/).map(fold);
const EMPLOYER = /\s+(?:of|from|at)\s+(?:the\s+)?\p{Lu}.*$/u;

/**
 * Whether two passages are one quote: most of the shorter one's words and content words recur in the
 * other, and it runs there word for word (a part of the quote, or a quote trimmed with ellipses, its
 * pieces in order) or the two are one quote in two
 * wordings (text/quotes/wording.ts). Not "in the record time of nine days" against "Over the following
 * nine days, the notice was revised four times" (its words scattered), nor "People ran into the
 * streets, fearing more tremors" against "People ran into the streets in fear. My brother …" (two
 * quotes that start alike).
 */
const sameQuote = (a: Passage, b: Passage): boolean =>
  overlap(a.words, b.words) >= SAME_QUOTE_MIN_OVERLAP &&
  overlap(a.content, b.content) >= SAME_QUOTE_MIN_OVERLAP &&
  (wordForWord(a.run, b.run) ||
    trimmedWordForWord(a.pieces, b.run) ||
    trimmedWordForWord(b.pieces, a.run) ||
    oneQuote(a.stems, b.stems));

/**
 * The same quoted words attributed to different people by different sources, side by side. Only
 * person-to-person differences count: an institution and its spokesperson are not a conflict.
 */
export function speakerConflicts(
  articles: readonly SegmentedArticle[],
  sources: ReadonlyMap<string, string>,
  regions: ReadonlyMap<string, readonly Span[]>,
  quotes: readonly Quote[],
  entities: readonly Entity[],
): Omit<Conflict, 'id'>[] {
  const found = passages(articles, sources, regions, quotes, entities).filter(
    (p) => p.speaker?.person && !TITLE_WORDS.has(p.speaker.key.replace(/\.$/, '')),
  );
  // candidate pairs share a word that is not in every passage (an inverted index, not all pairs)
  const postings = new Map<string, number[]>();
  found.forEach((p, i) => {
    for (const w of p.words) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const candidates = (i: number): Set<number> => {
    const out = new Set<number>();
    for (const w of (found[i] as Passage).words) {
      const list = postings.get(w) as number[];
      if (list.length <= Math.max(8, Math.min(found.length / 4, BLOCK_MAX_DF)))
        for (const j of list) if (j > i) out.add(j);
    }
    return out;
  };
  const conflicts: Omit<Conflict, 'id'>[] = [];
  const used = new Set<Passage>();
  for (let i = 0; i < found.length; i++)
    for (const j of candidates(i)) {
      const [a, b] = [found[i] as Passage, found[j] as Passage];
      if (a.sourceId === b.sourceId || used.has(a) || used.has(b) || sameSpeaker(a, b)) continue;
      // the same words both in all and in content words: sharing "the", "and", "are" and two nouns of a
      // short quote is not saying it
      if (!sameQuote(a, b)) continue;
      used.add(a).add(b);
      // every other source giving the same words to one of the two joins that side
      const sides = [a, b].map((p) => {
        const same = found.filter((o) => !used.has(o) && sameSpeaker(o, p) && sameQuote(o, p));
        for (const o of same) used.add(o);
        return {
          claim: `attributed to ${p.speaker?.name}`,
          evidence: [p, ...same].map((o) => ({ articleId: o.articleId, span: { ...o.span } })),
        };
      });
      conflicts.push({ kind: 'speaker', about: 'who said the quote', sides });
    }
  return conflicts;
}
