import type { Article, SegmentedArticle, Sentence, Stage, Token } from '../../model/index.ts';
import { getNlp } from '../../nlp/wink.ts';

/** Options of the segment stage (none yet: wink-nlp's English model is the only one). */
export type SegmentOptions = Record<string, never>;

/**
 * Split each paragraph of a cleaned article into sentences and tokens with wink-nlp; every sentence
 * and token keeps its character span in `article.text`.
 * @example
 * const seg = segment()(article, ctx); seg.sentences[0].start // 0
 */
export function segment(_options: SegmentOptions = {}): Stage<Article, SegmentedArticle> {
  const nlp = getNlp();
  const its = nlp.its;
  return (article) => {
    const sentences: Sentence[] = [];
    article.paragraphs.forEach((paragraph, index) => {
      const base = paragraph.span.start;
      const doc = nlp.readDoc(article.text.slice(base, paragraph.span.end));
      const values = doc.tokens().out(its.value) as string[];
      const spaces = doc.tokens().out(its.precedingSpaces) as string[];
      const pos = doc.tokens().out(its.pos) as string[];
      const stop = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
      const norm = doc.tokens().out(its.normal) as string[];
      // wink keeps every character, so offsets are the running sum of spaces and values
      const starts: number[] = new Array(values.length);
      let offset = base;
      for (let i = 0; i < values.length; i++) {
        offset += (spaces[i] ?? '').length;
        starts[i] = offset;
        offset += (values[i] ?? '').length;
      }
      const entityOf: (string | undefined)[] = new Array(values.length);
      const entitySpans = doc.entities().out(its.span) as unknown as [number, number][];
      const entityTypes = doc.entities().out(its.type) as string[];
      entitySpans.forEach(([first, last], e) => {
        for (let t = first; t <= last; t++) entityOf[t] = entityTypes[e];
      });
      for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
        const tokens: Token[] = [];
        for (let t = first; t <= last; t++) {
          if (pos[t] === 'SPACE') continue;
          const start = starts[t] as number;
          const text = values[t] as string;
          const token: Token = {
            start,
            end: start + text.length,
            text,
            norm: norm[t] ?? text,
            pos: pos[t] ?? 'X',
            stop: stop[t] === true,
          };
          tokens.push(entityOf[t] ? { ...token, entity: entityOf[t] } : token);
        }
        const firstToken = tokens[0];
        const lastToken = tokens[tokens.length - 1];
        if (!firstToken || !lastToken) continue;
        sentences.push({ start: firstToken.start, end: lastToken.end, paragraph: index, tokens });
      }
    });
    return { article, sentences };
  };
}
