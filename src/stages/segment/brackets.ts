import type { Sentence, Token } from '../../model/index.ts';
import { MAX_BRACKET_SENTENCES } from './patterns.ts';

// A Map, not an object literal: a token "constructor" or "toString" must find no closer
const OPENERS: ReadonlyMap<string, string> = new Map([
  ['(', ')'],
  ['[', ']'],
]);
const CLOSERS = new Set(OPENERS.values());
const LOWER_OR_MARK = /^[\p{Ll}\p{P}]/u;
// A word before a stop that reads as an abbreviation: a capital first ("Calif.", "N.Y.", "Inc.")
const CAPITALISED = /^\p{Lu}/u;

// The closer of the bracket that a sentence leaves open at its end when it opened after the
// sentence's first token, or null: "Sen. Ann Roe (D-N." leaves ")" open.
// (a loop with no closure: it is asked of every sentence)
function openBracket(tokens: readonly Token[]): string | null {
  const open: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    const closer = OPENERS.get(text);
    if (closer !== undefined) open.push(i > 0 ? closer : '');
    else if (open.length && CLOSERS.has(text)) open.pop();
  }
  const last = open[open.length - 1];
  return last ? last : null;
}

// Whether `closer` in these tokens closes a bracket open before them, not a pair of their own
// ("Y.) said the rule (Sec. 4) applies" closes; "The vote (held Monday) failed." does not).
function closesOpen(tokens: readonly Token[], closer: string): boolean {
  let depth = 0;
  for (const t of tokens) {
    if (OPENERS.get(t.text) === closer) depth++;
    else if (t.text === closer && --depth < 0) return true;
  }
  return false;
}

// The word whose stop a sentence's closing bracket follows ("(I-Vt.)": "Vt"; "(D-N.Y.)": "Y."), when
// that bracket opened after the sentence's first token: a stop inside brackets ends no sentence.
function bracketedStopWord(tokens: readonly Token[]): Token | undefined {
  const n = tokens.length;
  const close = tokens[n - 1];
  const dot = tokens[n - 2];
  if (close === undefined || !CLOSERS.has(close.text) || dot === undefined) return undefined;
  const before = tokens[n - 3];
  const word = dot.text !== '.' ? dot : before !== undefined && before.end === dot.start ? before : undefined;
  if (word === undefined || (!word.text.endsWith('.') && word === dot)) return undefined;
  for (let i = n - 2; i > 0; i--) if (OPENERS.get((tokens[i] as Token).text) === close.text) return word;
  return undefined;
}

// How many sentences after sentence `i` belong to it: those up to the one that closes a bracket it
// leaves open (within MAX_BRACKET_SENTENCES), or the next when it ends in a bracketed stop and the
// next goes on in lower case or after a mark, or the stop follows a capitalised abbreviation.
function joinedAfter(sentences: readonly Sentence[], i: number): number {
  const s = sentences[i] as Sentence;
  const closer = openBracket(s.tokens);
  if (closer !== null) {
    for (let k = i + 1; k <= i + MAX_BRACKET_SENTENCES && k < sentences.length; k++) {
      const next = sentences[k] as Sentence;
      if (next.paragraph !== s.paragraph) return 0;
      if (closesOpen(next.tokens, closer)) return k - i;
    }
    return 0;
  }
  const next = sentences[i + 1];
  const word = bracketedStopWord(s.tokens);
  if (next?.paragraph !== s.paragraph || word === undefined) return 0;
  return LOWER_OR_MARK.test(next.tokens[0]?.text ?? '') || CAPITALISED.test(word.text) ? 1 : 0;
}

/**
 * Join the sentences of one paragraph (from index `from` of `sentences` on) that wink-nlp split at a
 * stop inside brackets opened within a sentence: a party-state tag or an abbreviation ("Sen. Ann Roe
 * (D-N." | "Y.), hours after …"; "Rep. Kim Hall (D-Calif.)" | "spoke later."), which ends no
 * sentence. A bracket that opens its sentence ("(She left.)") keeps wink's splits. Joined sentences
 * stay within `maxTokens`. Works in place on the stage's own array.
 */
export function joinBracketSplits(sentences: Sentence[], from: number, maxTokens: number): void {
  for (let i = from; i < sentences.length; ) {
    const n = joinedAfter(sentences, i);
    const parts = n > 0 ? sentences.slice(i, i + n + 1) : [];
    if (n > 0 && parts.reduce((sum, p) => sum + p.tokens.length, 0) <= maxTokens) {
      const first = parts[0] as Sentence;
      const last = parts[parts.length - 1] as Sentence;
      const tokens = parts.flatMap((p) => p.tokens);
      sentences.splice(i, n + 1, { start: first.start, end: last.end, paragraph: first.paragraph, tokens });
      continue; // the joined sentence may end in another split bracket
    }
    i++;
  }
}
