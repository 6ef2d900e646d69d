/**
 * Another version of a stored page, met by its address: a later one stored in its place, the earlier
 * its revision; an earlier one kept as its revision.
 */
import type { Article, Issue } from '../../model/index.ts';
import { namingOriginal } from '../../model/syndication-note.ts';
import { sameText } from '../../stages/syndicate/versions.ts';
import { laterVersion } from '../../text/dates/versions.ts';
import { foldName } from '../../text/normalise.ts';
import type { NewArticle, Store, UpsertOutcome } from '../types.ts';
import { type StoredReader, storedReader } from './stored-reader.ts';

/**
 * Articles of a batch found already stored by their address that are a later version of the stored
 * page (the same outlet, shared text, a later change time by the rule `analyze` reads the later
 * version by: text/dates/versions.ts) replace the stored article, which is kept as its revision
 * (`parallax article <id> --versions`); each gives an `ingest/later-version` note. Before, the store
 * kept whichever version it met first and dropped a corrected one as "already stored by URL", so its
 * story told the retracted text that `analyze` leaves out. An earlier version met after the later
 * one is kept as the stored article's revision (`keepEarlierVersions`), the later staying, with an
 * `ingest/earlier-version` note. Returns the notes and the batch indexes replaced and kept as
 * earlier versions (no longer duplicates whose values the store kept). `storedAs` maps the chunk-local ids of
 * the chunk's stored articles to their store ids (a version's `syndicatedFrom` may name one).
 */
export async function storeLaterVersions(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: readonly UpsertOutcome[],
  storedAs: ReadonlyMap<string, string>,
  reader: StoredReader = storedReader(store),
): Promise<{ issues: Issue[]; replaced: Set<number>; keptEarlier: Set<number> }> {
  const issues: Issue[] = [];
  const replaced = new Set<number>();
  const keptEarlier = new Set<number>();
  for (const [k, outcome] of outcomes.entries()) {
    const row = rows[k];
    if (outcome.status !== 'duplicate' || outcome.by !== 'url' || !row) continue;
    const stored = await reader.read(outcome.id);
    const incoming = row.article;
    if (!stored || foldName(stored.outlet ?? '') !== foldName(incoming.outlet ?? '')) continue;
    // the same headline and text saved again later (a page re-dated) is no new version: nothing to keep
    if (incoming.text === stored.text && incoming.title === stored.title) continue;
    const order = laterVersion(incoming, stored);
    if (order === null || !sameText(incoming, stored)) continue;
    if (order === -1) {
      // an earlier version met after the later one: kept as its revision, the later stays
      const [kept] = await store.keepEarlierVersions([
        {
          id: outcome.id,
          title: incoming.title,
          text: incoming.text,
          modifiedAt: incoming.modifiedAt,
          publishedAt: incoming.publishedAt,
        },
      ]);
      if (!kept) continue;
      keptEarlier.add(k);
      issues.push({
        code: 'ingest/earlier-version',
        severity: 'info',
        articleId: outcome.id,
        ...(incoming.source ? { source: incoming.source } : {}),
        message: `${incoming.source ?? `“${incoming.title ?? 'untitled'}”`}: an earlier version of ${outcome.id} (the same page, ${incoming.url}) kept as its revision; the later version stored stays (parallax article ${outcome.id} --versions)`,
      });
      continue;
    }
    // a version read as a copy of the stored one (within its chunk, by its chunk-local id, or by its
    // store id) is no copy once in its place; a copy of another article names it by its store id
    const from = incoming.syndicatedFrom;
    const original = from === null ? null : (storedAs.get(from) ?? from);
    const version =
      original === outcome.id
        ? noCopy(row)
        : {
            article: original === null ? incoming : namingOriginal(incoming, original),
            features: row.features,
          };
    const [done] = await store.replaceArticles([
      {
        id: outcome.id,
        article: version.article,
        contentHash: row.contentHash,
        features: version.features,
        ...(row.shingles ? { shingles: row.shingles } : {}),
        keepEarlier: true,
      },
    ]);
    if (done?.status !== 'replaced') continue;
    reader.forget(outcome.id);
    replaced.add(k);
    issues.push({
      code: 'ingest/later-version',
      severity: 'info',
      articleId: outcome.id,
      ...(incoming.source ? { source: incoming.source } : {}),
      message: `${incoming.source ?? `“${incoming.title ?? 'untitled'}”`}: a later version of ${outcome.id} (the same page, ${incoming.url}) stored in its place; the earlier kept as its revision (parallax article ${outcome.id} --versions)`,
    });
  }
  return { issues, replaced, keptEarlier };
}

// A version taken for a copy of the page it replaces, as no copy: neither its original, its note's
// near-duplicate part (an aggregator's or a "first published by" part stays), nor its features say so.
function noCopy(row: NewArticle): { article: Article; features: unknown } {
  const rest = (row.article.syndicationNote ?? '')
    .split('; ')
    .filter((part) => part && !part.startsWith('near-duplicate of '));
  const features = row.features;
  return {
    article: { ...row.article, syndicatedFrom: null, syndicationNote: rest.length ? rest.join('; ') : null },
    features: features && typeof features === 'object' ? { ...features, syndicated: false } : features,
  };
}
