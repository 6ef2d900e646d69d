/**
 * Hosts under which each name or first path folder is a site of its own, one writer's or outlet's
 * ("herald.substack.com", "tern.substack.com"): two pages there share no site, and one page's name
 * names no other page of the platform.
 */
export const PLATFORM_HOSTS: ReadonlySet<string> = new Set([
  'substack.com',
  'blogspot.com',
  'wordpress.com',
  'medium.com',
  'tumblr.com',
  'github.io',
  'ghost.io',
  'wixsite.com',
  'netlify.app',
  'pages.dev',
  'vercel.app',
]);

/** Host prefixes that name a version of a site, not the site (`www.`, `www2.`, `m.`, `mobile.`, `amp.`). */
export const HOST_PREFIX = /^(?:www\d?|m|mobile|amp)\./;

/**
 * A host as the site it serves: lower case, without a trailing dot or a version prefix
 * (HOST_PREFIX), unless what is left has no dot (`amp.dev` stays). The one fold of the run's outlet
 * names (`hostOf`) and the store's URL keys (`urlKey`): `m.herald.example` is `herald.example` in both.
 * @example
 * siteHost('WWW.Herald.example.') // 'herald.example'
 */
export function siteHost(host: string): string {
  const lower = host.toLowerCase().replace(/\.$/, '');
  const rest = lower.replace(HOST_PREFIX, '');
  return rest !== lower && rest.replace(/:\d+$/, '').includes('.') ? rest : lower;
}

/** Whether a host is a publishing platform's own (`medium.com`), whose pages are many sites'. */
export function platformHost(host: string): boolean {
  return PLATFORM_HOSTS.has(siteHost(host).replace(/:\d+$/, ''));
}

/**
 * A page's first path folder on its host ('' for a page at the root: `/slug`): the part of a host
 * one name is read for. `https://blogs.example/anna/ferry` → `anna`.
 */
export function firstFolder(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parts = new URL(url).pathname.split('/').filter(Boolean);
    return parts.length >= 2 ? (parts[0] ?? '') : '';
  } catch {
    return null;
  }
}
