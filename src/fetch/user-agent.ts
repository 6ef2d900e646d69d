import { createRequire } from 'node:module';
import { VERSION } from '../version.ts';
import { FALLBACK_PROJECT_URL } from './patterns.ts';

/** The project's URL: package.json's `homepage`, else its repository, else its npm page. */
export function projectUrl(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as {
    homepage?: string;
    repository?: string | { url?: string };
  };
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const url = pkg.homepage ?? repo?.replace(/^git\+/, '').replace(/\.git$/, '');
  return url && /^https?:\/\//.test(url) ? url : FALLBACK_PROJECT_URL;
}

/**
 * The user agent the fetcher sends and matches robots.txt groups with: `Parallax/<version> (+<url>)`.
 * @example
 * defaultUserAgent() // 'Parallax/0.1.0 (+https://www.npmjs.com/package/parallax-news)'
 */
export function defaultUserAgent(): string {
  return `Parallax/${VERSION} (+${projectUrl()})`;
}
