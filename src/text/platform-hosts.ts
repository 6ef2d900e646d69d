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

/** Whether a host (lower case) is a publishing platform's own (`medium.com`), whose pages are many sites'. */
export function platformHost(host: string): boolean {
  return PLATFORM_HOSTS.has(host.replace(/^www\./, '').replace(/:\d+$/, ''));
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
