import { createRequire } from 'node:module';

// robots-parser is CommonJS whose typings misdescribe its export: loaded as what it is.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (
  url: string,
  text: string,
) => {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
};

/**
 * robots.txt, read once per origin per run and obeyed (RFC 9309): a missing file (4xx) allows
 * everything, an unreachable one (5xx, no answer) disallows everything for the run.
 */

/** What one origin's robots.txt allows. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** The Crawl-delay for our user agent, in ms, when the file sets one. */
  readonly crawlDelayMs: number | undefined;
  /** Why everything is disallowed, when it is (the file could not be read). */
  readonly unreachable: string | null;
}

/** Rules from a robots.txt's text, for the user agent `userAgent` (its product token is matched). */
export function parseRobots(robotsUrl: string, text: string, userAgent: string): RobotsRules {
  const robots = robotsParser(robotsUrl, text);
  const delay = robots.getCrawlDelay(userAgent);
  return {
    // a URL of another origin is not this file's business: the parser answers undefined
    isAllowed: (url) => robots.isAllowed(url, userAgent) !== false,
    crawlDelayMs: delay === undefined ? undefined : delay * 1000,
    unreachable: null,
  };
}

/** Rules that allow everything (no robots.txt). */
export const ALLOW_ALL: RobotsRules = { isAllowed: () => true, crawlDelayMs: undefined, unreachable: null };

/** Rules that disallow everything, because the file could not be read. */
export function disallowAll(reason: string): RobotsRules {
  return { isAllowed: () => false, crawlDelayMs: undefined, unreachable: reason };
}

/** The rules that an answer to a robots.txt request means. */
export function rulesFromAnswer(
  robotsUrl: string,
  answer: { status: number; text: string } | { error: string },
  userAgent: string,
): RobotsRules {
  if ('error' in answer) return disallowAll(`robots.txt unreachable: ${answer.error}`);
  if (answer.status >= 200 && answer.status < 300) return parseRobots(robotsUrl, answer.text, userAgent);
  // 429 is the server asking to slow down, not a missing file
  if (answer.status >= 400 && answer.status < 500 && answer.status !== 429) return ALLOW_ALL;
  return disallowAll(`robots.txt answered HTTP ${answer.status}`);
}
