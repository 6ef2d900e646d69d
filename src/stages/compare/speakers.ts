import type { Conflict, Entity, Quote, SegmentedArticle, Span } from '../../model/index.ts';
import { fold } from '../../text/normalise.ts';
import { trimmedWordForWord, wordForWord, wordingOf } from '../../text/quotes/wording.ts';
import { oneSpellingApart } from '../../text/spelling.ts';
import { TITLE_WORDS } from './data/word-forms.ts';
import { BLOCK_MAX_DF, SAME_QUOTE_MIN_OVERLAP } from './patterns.ts';
import { type Passage, passages } from './speaker-passages.ts';

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
 * wordings that say the same (text/quotes/wording.ts `wordingOf`: not "protects" / "cuts"). Not "in the record time of nine days" against "Over the following
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
    wordingOf(a, b) !== null);

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
