// The terms a claim is compared on: a clause's content stems and the names it gives (alignment's and
// the support judge's cover), and the sentences before it a subject pronoun is read from.
import type { Sentence, Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';
import { commonOpener } from './common-opener.ts';
import { type Mention, mentionAt } from './mentions.ts';
import { NAME_INNER_WEIGHT, NAME_WEIGHT } from './patterns.ts';
import { isContent, type SentenceWords } from './sentence-words.ts';

type Names = Map<string, string[]>;

/** The tokens of the (at most two) sentences before sentence `k`, nearest first (the sentences' own arrays). */
export function sentencesBefore(sentences: readonly Sentence[], k: number): (readonly Token[])[] {
  const out: (readonly Token[])[] = [];
  for (const s of [sentences[k - 1], sentences[k - 2]]) if (s !== undefined) out.push(s.tokens);
  return out;
}

/**
 * A clause's content terms: stems, proper names keyed by the extract stage's entity when one covers
 * them (`e:` id), else by their folded spelling (`n:`), with their weights; the entities named, and
 * the words it names each person (`persons`) and each other entity (`named`) by, folded.
 */
export function claimTerms(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  words?: { readonly sentence: SentenceWords; readonly offset: number },
): { terms: Map<string, number>; entityIds: Set<string>; persons: Names; named: Names } {
  const terms = new Map<string, number>();
  const entityIds = new Set<string>();
  const persons: Names = new Map();
  const named: Names = new Map();
  tokens.forEach((t, i) => {
    if (!(words ? words.sentence.isContent(words.offset + i) : isContent(t))) return;
    const entity = mentionAt(mentions, t);
    if (entity) {
      entityIds.add(entity.id);
      if (entity.kind !== 'person') named.set(entity.id, [...(named.get(entity.id) ?? []), fold(t.text)]);
    }
    if (entity?.kind === 'person' && t.pos === 'PROPN') {
      const names = persons.get(entity.id);
      if (names) names.push(fold(t.text));
      else persons.set(entity.id, [fold(t.text)]);
    }
    // in a run of proper nouns the last word names it ("Gómez Arrieta" → arrieta); the words
    // before it (first names, titles, places) count less, so long names do not dominate
    const inner = !entity && t.pos === 'PROPN' && tokens[i + 1]?.pos === 'PROPN';
    const key = entity
      ? `e:${entity.id}`
      : t.pos === 'PROPN'
        ? `n:${fold(t.text)}`
        : words
          ? words.sentence.stemAt(words.offset + i)
          : stem(t.text);
    const weight = inner ? NAME_INNER_WEIGHT : entity || t.pos === 'PROPN' ? NAME_WEIGHT : 1;
    terms.set(key, Math.max(terms.get(key) ?? 0, weight));
  });
  // a whole sentence's terms are kept for its later readers (sentenceTerms)
  if (words && words.offset === 0 && tokens.length === words.sentence.tokens.length)
    WHOLE.set(words.sentence, { mentions, terms });
  return { terms, entityIds, persons, named };
}

// The terms of whole sentences as claimTerms read them, by the sentence's words, with the mentions
// they were read with: the compare stage's claim of a whole sentence and the summary's IDF over the
// story's sentences (support/index.ts) read them once. Shared: a caller changes a copy (makeClaim).
const WHOLE = new WeakMap<
  SentenceWords,
  { readonly mentions: readonly Mention[]; readonly terms: ReadonlyMap<string, number> }
>();

/** `claimTerms(words.tokens, mentions, { sentence: words, offset: 0 }).terms`, read once per sentence (never change it). */
export function sentenceTerms(
  words: SentenceWords,
  mentions: readonly Mention[],
): ReadonlyMap<string, number> {
  const known = WHOLE.get(words);
  if (known?.mentions === mentions) return known.terms;
  const tokens = commonOpener(words.tokens, words.tokens, mentions);
  return claimTerms(tokens, mentions, { sentence: words, offset: 0 }).terms;
}
