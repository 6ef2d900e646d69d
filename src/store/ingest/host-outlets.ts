import { HOST_PAGES_SOURCE } from '../../stages/clean/index.ts';
import { firstFolder, platformHost } from '../../text/platform-hosts.ts';
import type { NewArticle, Store } from '../types.ts';

// The host and first folder of a URL key (`https://blogs.example/anna/a` → `blogs.example/anna`), as
// the run reads them (outlet-host.ts); null for another scheme, a page at the root (its host's other
// folders may be other sites) or a publishing platform's own host.
function keyHost(key: string | null): string | null {
  if (!key?.startsWith('https://')) return null;
  try {
    const host = new URL(key).host;
    const folder = firstFolder(key);
    return host && folder && !platformHost(host) ? `${host}/${folder}` : null;
  } catch {
    return null;
  }
}

/**
 * Rows whose outlet is only their URL's domain (a print version ingested on its own, after the
 * host's other pages) take the one other name the store's articles in the same first folder of that
 * host carry; several names (a platform hosting many sites) or none leave the row as it is. The same rule as the one
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
