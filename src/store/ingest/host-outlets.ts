import { HOST_PAGES_SOURCE } from '../../stages/clean/index.ts';
import type { NewArticle, Store } from '../types.ts';

// The host of a URL key (`https://example.org/a` → `example.org`), or null for another scheme.
function keyHost(key: string | null): string | null {
  if (!key?.startsWith('https://')) return null;
  try {
    return new URL(key).host || null;
  } catch {
    return null;
  }
}

/**
 * Rows whose outlet is only their URL's domain (a print version ingested on its own, after the
 * host's other pages) take the one other name the store's articles of that host carry; several
 * names (a platform hosting many sites) or none leave the row as it is. The same rule as the one
 * run's (`nameOutletsByHost`), across ingests: a team's reporters ingest their folders apart.
 */
export async function nameByStoredHosts(store: Store, rows: readonly NewArticle[]): Promise<NewArticle[]> {
  const hosts = rows.map((row) =>
    row.article.metadataSources.outlet === 'url:domain' ? keyHost(row.urlKey) : null,
  );
  const wanted = hosts.filter((host): host is string => host !== null);
  if (!wanted.length) return [...rows];
  const names = await store.hostOutlets(wanted);
  return rows.map((row, i) => {
    const others = (names.get(hosts[i] ?? '') ?? []).filter((name) => name !== row.article.outlet);
    const name = others.length === 1 ? others[0] : undefined;
    if (!name) return row;
    const metadataSources = { ...row.article.metadataSources, outlet: HOST_PAGES_SOURCE };
    return { ...row, article: { ...row.article, outlet: name, metadataSources } };
  });
}
