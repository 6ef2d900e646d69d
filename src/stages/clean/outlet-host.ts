import type { Article } from '../../model/index.ts';
import { firstFolder, platformHost } from '../../text/platform-hosts.ts';
import { hostOf } from './outlet.ts';

/** Where an outlet named after another page of its host is read (a `metadataSources.outlet` value). */
export const HOST_PAGES_SOURCE = 'url:host-pages';

// a host and first folder (`blogs.example/anna`), or null on a platform's own host
function siteKey(url: string | null | undefined): string | null {
  const host = hostOf(url);
  const folder = firstFolder(url);
  return host && folder !== null && !platformHost(host) ? `${host}/${folder}` : null;
}

/**
 * Articles whose outlet is only their URL's domain (`url:domain`: a print version or a saved page
 * without og:site_name or a publisher) take the name the other articles of the same host give
 * (their page's metadata, a manifest, a sources file), when those all give one name: the print
 * version of `veldpost.example` is Veld Valley Post's, not an outlet of its own. A host whose pages
 * give several names (a platform hosting many sites) names none, and a name is read only from pages
 * in the same first path folder (`blogs.example/anna/…` names no page of `blogs.example/kessel/…`)
 * on a host that is no publishing platform's own (`medium.com`). Other articles are returned as they are.
 * @example
 * nameOutletsByHost([printPage, pageWithSiteName]) // printPage.outlet: 'Veld Valley Post'
 */
export function nameOutletsByHost(articles: readonly Article[]): Article[] {
  const unnamed = articles.filter((a) => a.metadataSources.outlet === 'url:domain');
  if (!unnamed.length) return [...articles];
  const names = new Map<string, Set<string>>();
  for (const article of articles) {
    const source = article.metadataSources.outlet;
    const host = siteKey(article.url);
    if (!host || !article.outlet || !source || source.startsWith('url:')) continue;
    const set = names.get(host) ?? new Set<string>();
    set.add(article.outlet);
    names.set(host, set);
  }
  if (!names.size) return [...articles];
  return articles.map((article) => {
    if (article.metadataSources.outlet !== 'url:domain') return article;
    const given = names.get(siteKey(article.url) ?? '');
    const name = given?.size === 1 ? [...given][0] : undefined;
    if (!name) return article;
    return {
      ...article,
      outlet: name,
      metadataSources: { ...article.metadataSources, outlet: HOST_PAGES_SOURCE },
    };
  });
}
