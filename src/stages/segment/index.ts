import { checkDeadline } from '../../model/deadline.ts';
import type { Article, Issue, SegmentedArticle, Sentence, Stage, Token } from '../../model/index.ts';
import { articleDateline } from '../../text/dateline.ts';
import { correctTags } from '../../text/tags.ts';
import { getNlp, getStopWords } from '../../text/wink.ts';
import { joinAddressSplits } from './addresses.ts';
import { joinBracketSplits } from './brackets.ts';
import { joinDecimalSplits } from './decimals.ts';
import { MAX_SENTENCE_TOKENS, MAX_TOKEN_CHARS } from './patterns.ts';
import { joinQuoteSplits } from './quotes.ts';
import { joinTitleSplits } from './titles.ts';
import { splitWordStops } from './word-stops.ts';

/** Options of the segment stage. */
export interface SegmentOptions {
  /** Longest run without white space given to wink-nlp as one token (default MAX_TOKEN_CHARS). */
  readonly maxTokenChars?: number;
  /** Most tokens in one sentence before it is cut (default MAX_SENTENCE_TOKENS). */
  readonly maxSentenceTokens?: number;
}

/**
 * Break runs longer than `max` characters without white space by inserting a space every `max`
 * characters; returns the text wink reads and the positions (in that text) of the inserted spaces.
 */
export function breakLongRuns(text: string, max = MAX_TOKEN_CHARS): { text: string; inserted: number[] } {
  const inserted: number[] = [];
  if (!mayHaveLongRun(text, max)) return { text, inserted };
  // a run starts after white space (or at the start): without the look-behind, the regex would try
  // every position inside each word before failing
  const runs = new RegExp(`(?<!\\S)\\S{${max + 1},}`, 'g');
  let out = '';
  let last = 0;
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    out += text.slice(last, m.index);
    for (let i = 0; i < m[0].length; i += max) {
      if (i > 0) {
        inserted.push(out.length);
        out += ' ';
      }
      out += m[0].slice(i, i + max);
    }
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), inserted };
}

// False when no run of more than `max` characters lies between ASCII white space: a scan far cheaper
// than the regex with its look-behind, which then runs only where it may find something (other white
// space, such as a no-break space, only makes a run look longer here).
function mayHaveLongRun(text: string, max: number): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) run = 0;
    else if (++run > max) return true;
  }
  return false;
}

/**
 * Split each paragraph of a cleaned article into sentences and tokens with wink-nlp; every sentence
 * and token keeps its character span in `article.text`. Runs without white space longer than
 * `maxTokenChars` are split into several tokens and sentences longer than `maxSentenceTokens` are
 * cut into pieces, so every later stage stays linear in the article's length; an `Issue` says so.
 * @example
 * const seg = segment()(article, ctx); seg.sentences[0].start // 0
 */
export function segment(options: SegmentOptions = {}): Stage<Article, SegmentedArticle> {
  const nlp = getNlp();
  const its = nlp.its;
  const stopWords = getStopWords();
  const maxToken = options.maxTokenChars ?? MAX_TOKEN_CHARS;
  const maxSentence = options.maxSentenceTokens ?? MAX_SENTENCE_TOKENS;
  return (article, ctx) => {
    const sentences: Sentence[] = [];
    // a wire dateline ("HARBOURTON (AP) — ") is part of no sentence: it tells where and whence, not what
    const dateline = articleDateline({ article });
    const inDateline = (at: number) => dateline !== null && at >= dateline.start && at < dateline.end;
    let brokenRuns = 0;
    let cutSentences = 0;
    article.paragraphs.forEach((paragraph, index) => {
      // an article past its time budget stops here (the pipeline leaves it out)
      checkDeadline(ctx, 'segment');
      const base = paragraph.span.start;
      const view = breakLongRuns(article.text.slice(base, paragraph.span.end), maxToken);
      brokenRuns += view.inserted.length;
      const doc = nlp.readDoc(view.text);
      const all = doc.tokens();
      const values = all.out(its.value) as string[];
      const norm = all.out(its.normal) as string[];
      // wink's tags with its known misreadings corrected ("the river burst its banks")
      const pos = correctTags(norm, all.out(its.pos) as string[]);
      const starts = tokenStarts(doc, view.text, values);
      // the inserted spaces are not in the article: shift each start back by those before it
      let skipped = 0;
      for (let i = 0; i < starts.length; i++) {
        const at = starts[i] as number;
        while (skipped < view.inserted.length && (view.inserted[skipped] as number) < at) skipped++;
        starts[i] = base + at - skipped;
      }
      const entityOf: (string | undefined)[] = new Array(values.length);
      const entities = doc.entities();
      const entitySpans = entities.out(its.span) as unknown as [number, number][];
      const entityTypes = entities.out(its.type) as string[];
      entitySpans.forEach(([first, last], e) => {
        for (let t = first; t <= last; t++) entityOf[t] = entityTypes[e];
      });
      const paragraphStart = sentences.length;
      for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
        let tokens: Token[] = [];
        for (let t = first; t <= last; t++) {
          const start = starts[t] as number;
          if (pos[t] === 'SPACE' || inDateline(start)) continue;
          const text = values[t] as string;
          const entity = entityOf[t];
          const end = start + text.length;
          const tokenNorm = norm[t] ?? text;
          const tag = pos[t] ?? 'X';
          const isStop = stopWords.has(tokenNorm);
          // one shape for every token (entity undefined when none): code reading tokens sees one map
          tokens.push({ start, end, text, norm: tokenNorm, pos: tag, stop: isStop, entity });
          if (tokens.length === maxSentence && t < last) {
            sentences.push(sentenceOf(tokens, index));
            cutSentences++;
            tokens = [];
          }
        }
        if (tokens.length) sentences.push(sentenceOf(tokens, index));
      }
      // wink runs on after a word it takes for an abbreviation ("seriously ill." | "Voss has …")
      splitWordStops(sentences, paragraphStart);
      // wink ends a sentence at a decimal point (".45 caliber", "6. 1-magnitude" as detokenised)
      joinDecimalSplits(article.text, sentences, paragraphStart, maxSentence);
      // and after a title it does not know ("Const." | "Tim Fanning told …")
      joinTitleSplits(sentences, paragraphStart, maxSentence);
      // and at a stop inside brackets ("Sen. Ann Roe (D-N." | "Y.), hours after …")
      joinBracketSplits(sentences, paragraphStart, maxSentence);
      // and inside a quotation ('"Why now?"' | 'asked the mayor.')
      joinQuoteSplits(sentences, paragraphStart, maxSentence);
      // and inside a web address ("EW." | "com reports …")
      joinAddressSplits(sentences, paragraphStart, maxSentence);
    });
    if (brokenRuns)
      ctx.issues.push(capIssue(article.id, 'long-token', brokenRuns, maxToken, 'characters without a space'));
    if (cutSentences)
      ctx.issues.push(
        capIssue(article.id, 'long-sentence', cutSentences, maxSentence, 'tokens in one sentence'),
      );
    return { article, sentences };
  };
}

type WinkDoc = ReturnType<ReturnType<typeof getNlp>['readDoc']>;

// Where each token starts in `text`. wink keeps every character, so a token starts at the first
// place after the one before where its value is written with only white space between; where that
// does not hold (never seen), wink's own preceding spaces tell it, as their running sum.
function tokenStarts(doc: WinkDoc, text: string, values: readonly string[]): number[] {
  const starts: number[] = new Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    let from = at;
    while (!text.startsWith(value, from) && from < text.length && isSpace(text.charCodeAt(from))) from++;
    if (!text.startsWith(value, from)) return startsBySpaces(doc, values);
    starts[i] = from;
    at = from + value.length;
  }
  return starts;
}

function startsBySpaces(doc: WinkDoc, values: readonly string[]): number[] {
  const spaces = doc.tokens().out(getNlp().its.precedingSpaces) as string[];
  const starts: number[] = new Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    starts[i] = offset;
    offset += (values[i] ?? '').length;
  }
  return starts;
}

// White space as JavaScript's \s reads it (wink's preceding spaces are white space).
const isSpace = (c: number): boolean =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(String.fromCharCode(c)));

const sentenceOf = (tokens: readonly Token[], paragraph: number): Sentence => ({
  start: (tokens[0] as Token).start,
  end: (tokens[tokens.length - 1] as Token).end,
  paragraph,
  tokens,
});

// One issue per article and cap, counting how often the cap was hit.
function capIssue(articleId: string, code: string, times: number, cap: number, what: string): Issue {
  return {
    code: `segment/${code}`,
    severity: 'info',
    articleId,
    message: `${articleId}: cut ${times} time${times === 1 ? '' : 's'} at ${cap} ${what}, so later stages stay fast`,
  };
}
