import type { ArticleParts, RawArticle, RunContext } from '../../../model/index.ts';
import { classifyLines } from './classify.ts';
import { LINE_RULES, type LineRule } from './data/rules.ts';
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

/** Rules whose removal of a line was decided by features, not by a certain pattern; undone by the fallback. */
const SCORED = new Set([
  'headline-other-story',
  'stray-line',
  'section-label',
  'caption-above-credit',
  'above-title',
  'short-under-title',
  'outside-main-text',
]);

/**
 * Separate the body of scraped plain text from boilerplate with a line classifier: certain patterns
 * (a table with a reason each), then features of every line (length, ending punctuation,
 * capitalisation, position, repetition, shared vocabulary). Removed lines keep their reason.
 * @example
 * const parts = cleanText()(raw, createContext());
 */
export function cleanText(options: TextOptions = {}): (raw: RawArticle, ctx: RunContext) => ArticleParts {
  const rules = options.rules ? [...options.rules, ...LINE_RULES] : LINE_RULES;
  const inferTitle = options.inferTitle ?? false;
  return (raw, ctx) => {
    const verdicts = classifyLines(raw.content, rules);
    const parts = buildParts(verdicts, inferTitle);
    if (parts.paragraphs.length > 0 || !verdicts.some((v) => SCORED.has(v.rule))) return parts;
    // Nothing left: the scored decisions were too eager for this text; keep what only they removed.
    ctx.issues.push({
      code: 'clean/text-fallback',
      severity: 'info',
      articleId: raw.id,
      source: raw.source,
      message: 'the line classifier left no body; lines removed by score alone were kept',
    });
    const looser = verdicts.map((v) =>
      SCORED.has(v.rule) ? { ...v, kind: 'body' as const, rule: 'body' } : v,
    );
    return buildParts(looser, inferTitle);
  };
}

export { classifyLines, type Verdict } from './classify.ts';
export type { LineKind, LineRule } from './data/rules.ts';
