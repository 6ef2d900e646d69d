import type { ArticleParts, RawArticle, RunContext } from '../../../model/index.ts';
import { classifyLines } from './classify.ts';
import { LINE_RULES, type LineRule } from './data/rules.ts';
import { withNumericDate } from './numeric-date.ts';
import { buildParts } from './parts.ts';

/** Options of the plain-text cleaner. */
export interface TextOptions {
  /**
   * When no headline is found, build a title from the first sentence and mark it `titleInferred`.
   * Off by default: a text without a headline gets `title: null`, and the clean stage reports it.
   */
  readonly inferTitle?: boolean;
  /** Extra line rules, tried before the built-in table (e.g. one outlet's signature). */
  readonly rules?: readonly LineRule[];
}

/**
 * Separate the body of scraped plain text from boilerplate with a line classifier: certain patterns
 * (a table with an id and a reason each, in `data/rules.ts`), then features of every line (length,
 * ending punctuation, capitalisation, position against the article's main run of prose, repetition,
 * vocabulary shared with the story). The title, byline, section label and photo captions/credits go
 * to their own fields; every other line taken out of the body goes to `removed` with its reason
 * (an aggregator's disclaimer with a reason starting "aggregator", its text whole). A text with no
 * prose line at all keeps its lines as body under the first headline-like one.
 * @example
 * const parts = cleanText()(raw, createContext());
 */
export function cleanText(options: TextOptions = {}): (raw: RawArticle, ctx: RunContext) => ArticleParts {
  const rules = options.rules ? [...options.rules, ...LINE_RULES] : LINE_RULES;
  const inferTitle = options.inferTitle ?? false;
  return (raw, ctx) => {
    const verdicts = classifyLines(raw.content, rules, raw.given.title?.trim());
    return withNumericDate(buildParts(verdicts, inferTitle), verdicts, raw, ctx);
  };
}

export { classifyLines, type Verdict } from './classify.ts';
export type { LineKind, LineRule } from './data/rules.ts';
