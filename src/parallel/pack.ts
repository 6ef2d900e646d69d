import type { Article, SegmentedArticle, Sentence, Token } from '../model/index.ts';

/**
 * Segmented articles packed for another thread: the tokens as numbers in typed arrays, which are
 * moved, not copied, and rebuilt on the other side, since cloning hundreds of thousands of small
 * token objects costs more than segmenting them. A token's text is its article's text at its span;
 * its norm is stored only where it is not the lower-cased text.
 */
export interface PackedArticles {
  readonly articles: readonly Article[];
  /** Per article, its number of sentences. */
  readonly sentenceCounts: Int32Array;
  /** Per sentence: its paragraph and its number of tokens. */
  readonly sentences: Int32Array;
  /** Per token: start, end. */
  readonly spans: Int32Array;
  /** Per token: POS code, stop word (0/1), entity code (0: none). */
  readonly codes: Uint8Array;
  /** The POS tags and entity types the codes point at (entity codes count from 1). */
  readonly posTags: readonly string[];
  readonly entityTypes: readonly string[];
  /** Token index and norm, where the norm is not the lower-cased text (by ascending index). */
  readonly norms: readonly (readonly [number, string])[];
  /** Token index and text, where the text is not the article's text at the token's span (ascending). */
  readonly texts: readonly (readonly [number, string])[];
}

// A string's code in a growing table.
function codeOf(table: string[], index: Map<string, number>, value: string): number {
  let code = index.get(value);
  if (code === undefined) {
    code = table.push(value) - 1;
    index.set(value, code);
  }
  return code;
}

/** Pack segmented articles for another thread (see `PackedArticles`). */
export function packArticles(docs: readonly SegmentedArticle[]): PackedArticles {
  let sentenceTotal = 0;
  let tokenTotal = 0;
  for (const doc of docs) {
    sentenceTotal += doc.sentences.length;
    for (const sentence of doc.sentences) tokenTotal += sentence.tokens.length;
  }
  const sentenceCounts = new Int32Array(docs.length);
  const sentences = new Int32Array(sentenceTotal * 2);
  const spans = new Int32Array(tokenTotal * 2);
  const codes = new Uint8Array(tokenTotal * 3);
  const posTags: string[] = [];
  const entityTypes: string[] = [''];
  const posIndex = new Map<string, number>();
  const entityIndex = new Map<string, number>([['', 0]]);
  const norms: [number, string][] = [];
  const texts: [number, string][] = [];
  let s = 0;
  let t = 0;
  docs.forEach((doc, d) => {
    sentenceCounts[d] = doc.sentences.length;
    for (const sentence of doc.sentences) {
      sentences[2 * s] = sentence.paragraph;
      sentences[2 * s + 1] = sentence.tokens.length;
      s++;
      for (const token of sentence.tokens) {
        if (doc.article.text.slice(token.start, token.end) !== token.text) texts.push([t, token.text]);
        spans[2 * t] = token.start;
        spans[2 * t + 1] = token.end;
        codes[3 * t] = codeOf(posTags, posIndex, token.pos);
        codes[3 * t + 1] = token.stop ? 1 : 0;
        codes[3 * t + 2] = token.entity === undefined ? 0 : codeOf(entityTypes, entityIndex, token.entity);
        if (token.norm !== token.text.toLowerCase()) norms.push([t, token.norm]);
        t++;
      }
    }
  });
  if (posTags.length > 255 || entityTypes.length > 255) throw new Error('too many tag values to pack');
  const articles = docs.map((doc) => doc.article);
  return { articles, sentenceCounts, sentences, spans, codes, posTags, entityTypes, norms, texts };
}

/** The typed arrays of packed articles, to move to another thread instead of copying them. */
export function buffersOf(packed: PackedArticles): ArrayBuffer[] {
  return [packed.sentenceCounts, packed.sentences, packed.spans, packed.codes].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** Rebuild the segmented articles that `packArticles` packed, equal to them in every field and key order. */
export function unpackArticles(packed: PackedArticles): SegmentedArticle[] {
  const { spans, codes, posTags, entityTypes, norms, texts } = packed;
  // the exceptions are listed by ascending token index: each read by a cursor, not looked up
  let nextNorm = 0;
  let nextText = 0;
  let s = 0;
  let t = 0;
  return packed.articles.map((article, d) => {
    const sentences: Sentence[] = new Array(packed.sentenceCounts[d] as number);
    for (let i = 0; i < sentences.length; i++, s++) {
      const tokens: Token[] = new Array(packed.sentences[2 * s + 1] as number);
      for (let k = 0; k < tokens.length; k++, t++) {
        const start = spans[2 * t] as number;
        const end = spans[2 * t + 1] as number;
        let text: string;
        if (texts[nextText]?.[0] === t) text = (texts[nextText++] as readonly [number, string])[1];
        else text = article.text.slice(start, end);
        let norm: string;
        if (norms[nextNorm]?.[0] === t) norm = (norms[nextNorm++] as readonly [number, string])[1];
        else norm = text.toLowerCase();
        const pos = posTags[codes[3 * t] as number] as string;
        const stop = codes[3 * t + 1] === 1;
        const entity = codes[3 * t + 2] as number;
        // the key order and shape of a segmented token (entity undefined when none)
        tokens[k] = { start, end, text, norm, pos, stop, entity: entity ? entityTypes[entity] : undefined };
      }
      sentences[i] = {
        start: (tokens[0] as Token).start,
        end: (tokens[tokens.length - 1] as Token).end,
        paragraph: packed.sentences[2 * s] as number,
        tokens,
      };
    }
    return { article, sentences };
  });
}
