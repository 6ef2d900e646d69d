import { createRequire } from 'node:module';
import { VERSION } from '../version.ts';

/** What package.json may say of where the project lives. */
export interface PackageLinks {
  readonly homepage?: string;
  readonly repository?: string | { readonly url?: string };
}

/**
 * The project's URL from package.json: its `homepage`, else its repository's web address; null when
 * it names neither (no address is made up: a crawler's user agent must lead to its operator).
 */
export function projectUrl(pkg: PackageLinks): string | null {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const fromRepo = repo
    ?.replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '');
  for (const url of [pkg.homepage, fromRepo]) if (url && /^https?:\/\/\S+$/.test(url)) return url;
  return null;
}

/**
 * The user agent the fetcher sends and matches robots.txt groups with: `Parallax/<version> (+<url>)`
 * with the project's URL from package.json, or `Parallax/<version>` when it names none (`--user-agent`
 * then says who runs the crawler).
 * @example
 * defaultUserAgent() // 'Parallax/0.1.0'
 */
export function defaultUserAgent(): string {
  const url = projectUrl(createRequire(import.meta.url)('../../package.json') as PackageLinks);
  return url ? `Parallax/${VERSION} (+${url})` : `Parallax/${VERSION}`;
}
