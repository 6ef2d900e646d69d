// What claims read of each token of a sentence, worked out once for all the sentence's clauses
// (a clause is a range of its tokens): whether the token is a word, its stem and its content test.
import type { Token } from '../../model/index.ts';
import { CONTENT_POS, stem } from '../../text/normalise.ts';
import { NUMBER_RE } from '../../text/patterns.ts';
import { REPORTING_STEMS } from './data/word-forms.ts';
import { hasWordChar } from './text.ts';

// The content test without the word test and the stem: a content part of speech, no stop word, no number.
const mayBeContent = (t: Token): boolean => !t.stop && CONTENT_POS.has(t.pos) && !NUMBER_RE.test(t.text);
const contentStem = (s: string): boolean => s.length >= 2 && !REPORTING_STEMS.has(s);

/** Whether a token carries content a claim is compared on (not a stop word, number or reporting verb). */
export function isContent(t: Token): boolean {
  return mayBeContent(t) && hasWordChar(t.text) && contentStem(stem(t.text));
}

// states of a token's word and content tests: not yet read, false, true
const UNREAD = 0;
const NO = 1;
const YES = 2;

/**
 * The tokens of one sentence with their word test, stem and content test (`isContent`), each read
 * on first use and kept, by the token's position in the sentence.
 */
export class SentenceWords {
  readonly tokens: readonly Token[];
  readonly #word: Uint8Array;
  readonly #content: Uint8Array;
  readonly #stems: (string | undefined)[];
  #all: string[] | undefined;

  constructor(tokens: readonly Token[]) {
    this.tokens = tokens;
    this.#word = new Uint8Array(tokens.length);
    this.#content = new Uint8Array(tokens.length);
    this.#stems = new Array(tokens.length);
  }

  /** Whether token i holds a letter or a digit. */
  isWord(i: number): boolean {
    let w = this.#word[i] as number;
    if (w === UNREAD) {
      w = hasWordChar((this.tokens[i] as Token).text) ? YES : NO;
      this.#word[i] = w;
    }
    return w === YES;
  }

  /** The stem of token i. */
  stemAt(i: number): string {
    let s = this.#stems[i];
    if (s === undefined) {
      s = stem((this.tokens[i] as Token).text);
      this.#stems[i] = s;
    }
    return s;
  }

  /** `isContent` of token i. */
  isContent(i: number): boolean {
    let c = this.#content[i] as number;
    if (c === UNREAD) {
      c = mayBeContent(this.tokens[i] as Token) && this.isWord(i) && contentStem(this.stemAt(i)) ? YES : NO;
      this.#content[i] = c;
    }
    return c === YES;
  }

  /** The stems of the word tokens from `from` to before `to`, in order. */
  stemsIn(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i < to; i++) if (this.isWord(i)) out.push(this.stemAt(i));
    return out;
  }

  /** The stems of every word of the sentence (kept). */
  allStems(): readonly string[] {
    this.#all ??= this.stemsIn(0, this.tokens.length);
    return this.#all;
  }
}

// By the sentence's token array, which every stage's input carries unchanged: the compare stage's
// claims and the later readings of the same sentences (the summary's support check, the self-check)
// read each token's stem and content test once.
const SHARED = new WeakMap<readonly Token[], SentenceWords>();

/** The `SentenceWords` of a sentence's tokens, shared by every reader of the same token array. */
export function sentenceWords(tokens: readonly Token[]): SentenceWords {
  let words = SHARED.get(tokens);
  if (!words) {
    words = new SentenceWords(tokens);
    SHARED.set(tokens, words);
  }
  return words;
}
