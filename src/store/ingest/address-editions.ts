/** Another article at a stored page's address (a page overwritten each day): stored as an article of its own. */
import type { Article, Issue } from '../../model/index.ts';
import { sameText } from '../../stages/syndicate/versions.ts';
import { changedOnOneDay, givesDate } from '../../text/dates/versions.ts';
import { foldName } from '../../text/normalise.ts';
import { urlKey } from '../keys.ts';
import type { NewArticle, Store, UpsertOutcome } from '../types.ts';
import { type StoredReader, storedReader } from './stored-reader.ts';

/**
 * What a page's text met at the address of a stored article is to it: `'another'` article (the same
 * outlet, little shared text, `sameText` says no, and dated another day than the stored one: a page
 * overwritten each day); `'undated'`, a version for want of a date (the same outlet, little shared
 * text, and no date on one of them, `changedOnOneDay` null, to tell another day's article from a
 * correction: said in a note wherever it is taken for the stored article's new version); else a
 * `'version'` of it (shared text, the same day, or another outlet's text at the address). Dated the
 * same day, a version: a correction rewrites a good part on its day.
 */
export function textAtAddress(incoming: Article, stored: Article): 'another' | 'undated' | 'version' {
  if (foldName(stored.outlet ?? '') !== foldName(incoming.outlet ?? '')) return 'version';
  const day = changedOnOneDay(incoming, stored);
  if (day === true || sameText(incoming, stored)) return 'version';
  return day === false ? 'another' : 'undated';
}

/**
 * The articles of a batch found already stored by their address that are another article, not a version of
 * any article stored there (`textAtAddress` 'another': a "live updates" or "today's briefing" page
 * overwritten each day). Before, the store kept the first day's text and dropped every later day's as
 * "already stored by URL". Each is stored as an article of its own (`atStoredAddress`; a text stored
 * already stays a duplicate by content) and gives an `ingest/another-at-address` note; the outcomes of
 * those stored are replaced in `outcomes`. A text that is a version of an article at its address other
 * than the newest (an earlier day's, corrected and met after a later day's), or that the copy check links
 * to one (a day's two versions in one ingest), is a version of that one: its outcome names it, for
 * `storeLaterVersions`. Before, a text was checked against the newest article at its address only, so a
 * day's correction met after the next day was stored as another article. A text taken for a version
 * only for want of a date (`textAtAddress` 'undated': little shared text) is not stored and gives an
 * `ingest/undated-at-address` note; before, it was dropped as "already stored" with no word.
 */
export async function storeOtherArticlesAtAddress(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: UpsertOutcome[],
  reader: StoredReader = storedReader(store),
): Promise<Issue[]> {
  const found = outcomes.flatMap((o, index) =>
    o.status === 'duplicate' && o.by === 'url' && rows[index]?.urlKey ? [index] : [],
  );
  if (!found.length) return [];
  const atAddress = await store.addressArticles(found.map((index) => rows[index]?.urlKey as string));
  const others: { index: number; storedId: string }[] = [];
  const versions: { index: number; of: string }[] = [];
  const issues: Issue[] = [];
  for (const index of found) {
    const row = rows[index] as NewArticle;
    const newest = (outcomes[index] as UpsertOutcome).id;
    const { read, near } = await readEditions(
      reader,
      row.article,
      atAddress.get(row.urlKey as string) ?? [newest],
    );
    if (near.length) {
      // (one article at the address, as most: no other to choose)
      const of = near.length === 1 ? (near[0] as Article).id : versionOf(row.article, near, newest);
      if (of !== newest) versions.push({ index, of });
      const taken = near.find((a) => a.id === of) as Article;
      if (textAtAddress(row.article, taken) === 'undated') issues.push(undatedNote(row.article, of));
      continue;
    }
    if (!read) continue;
    const of = await linkedAtAddress(reader, rows, row, newest);
    if (of === null) others.push({ index, storedId: newest });
    else versions.push({ index, of });
  }
  if (others.length) issues.push(...(await storeOthers(store, rows, outcomes, others)));
  // (a row of this batch by its outcome now: stored, or a duplicate of a stored one)
  for (const { index, of } of versions) {
    const k = rows.findIndex((r) => r.article.id === of);
    outcomes[index] = { status: 'duplicate', id: k < 0 ? of : (outcomes[k] as UpsertOutcome).id, by: 'url' };
  }
  return issues;
}

// The articles at an address (`ids`, by edition) a text is no other article than, in edition order,
// and how many were read: the newest first, and an earlier one only while none read shares the
// text (a daily page met again today is read once, not once per stored edition; an earlier day's text
// reads back to its own edition). (Two stored editions that both share the text: the later is taken.)
async function readEditions(
  reader: StoredReader,
  incoming: Article,
  ids: readonly string[],
): Promise<{ read: number; near: Article[] }> {
  const near: Article[] = [];
  let read = 0;
  for (let k = ids.length - 1; k >= 0; k--) {
    const stored = await reader.read(ids[k] as string);
    if (stored === null) continue;
    read++;
    const reading = textAtAddress(incoming, stored);
    if (reading === 'another') continue;
    near.unshift(stored);
    // it shares the text (of its outlet, not its day: `textAtAddress` then read 'version' by the text
    // alone, so it is not compared again; sameText shingles both texts on every call)
    const sameOutlet = foldName(stored.outlet ?? '') === foldName(incoming.outlet ?? '');
    const shared =
      changedOnOneDay(incoming, stored) === true ? sameText(incoming, stored) : reading === 'version';
    if (sameOutlet && shared) break;
  }
  return { read, near };
}

// A text taken for a version of the article at its address for want of a date, said: it shares little
// of that article's text, so it is neither stored in its place nor kept as its revision. Which of the
// two gives no date is said (a dated text: the stored one has none), and a date asked for only where
// the incoming file can be given one.
function undatedNote(incoming: Article, of: string): Issue {
  const why = givesDate(incoming)
    ? `${of} was stored with no date, so another day's article is not told from a correction and it is taken for a version of ${of}`
    : `it gives no date, so another day's article is not told from a correction and it is taken for a version of ${of} (give it its date to store it as an article of its own)`;
  return {
    code: 'ingest/undated-at-address',
    severity: 'info',
    articleId: of,
    ...(incoming.source ? { source: incoming.source } : {}),
    message: `${incoming.source ?? `“${incoming.title ?? 'untitled'}”`}: not stored: it shares little of the text of ${of}, stored at its address (${incoming.url}), and ${why}`,
  };
}

// Of the articles at an address a text is no other article than, the one it is a version of: of its
// outlet, the one sharing its text, else the one of its day, else the newest (`newest`, when among them).
function versionOf(incoming: Article, near: readonly Article[], newest: string): string {
  const own = near.filter((a) => foldName(a.outlet ?? '') === foldName(incoming.outlet ?? ''));
  const found =
    own.find((a) => sameText(incoming, a)) ??
    own.find((a) => changedOnOneDay(incoming, a) === true) ??
    near.find((a) => a.id === newest) ??
    near.at(-1);
  return found?.id ?? newest;
}

// The article a row's copy link names when it is at the row's address, of its outlet, and not the
// one its outcome names: a row of the batch (by its chunk-local id) or a stored article.
async function linkedAtAddress(
  reader: StoredReader,
  rows: readonly NewArticle[],
  row: NewArticle,
  storedId: string,
): Promise<string | null> {
  const from = row.article.syndicatedFrom;
  if (from === null || from === storedId) return null;
  const linked = rows.find((r) => r.article.id === from)?.article ?? (await reader.read(from)) ?? undefined;
  const same =
    linked !== undefined &&
    urlKey(linked.url) === row.urlKey &&
    foldName(linked.outlet ?? '') === foldName(row.article.outlet ?? '');
  return same ? from : null;
}

// Store the other articles at stored addresses, each with its note.
async function storeOthers(
  store: Store,
  rows: readonly NewArticle[],
  outcomes: UpsertOutcome[],
  others: readonly { index: number; storedId: string }[],
): Promise<Issue[]> {
  const stored = await store.upsertArticles(
    others.map(({ index }) => ({ ...(rows[index] as NewArticle), atStoredAddress: true })),
  );
  const issues: Issue[] = [];
  others.forEach(({ index, storedId }, k) => {
    const outcome = stored[k] as UpsertOutcome;
    outcomes[index] = outcome;
    if (outcome.status !== 'inserted') return;
    const incoming = (rows[index] as NewArticle).article;
    issues.push({
      code: 'ingest/another-at-address',
      severity: 'info',
      articleId: outcome.id,
      ...(incoming.source ? { source: incoming.source } : {}),
      message: `${incoming.source ?? `“${incoming.title ?? 'untitled'}”`}: another article at the address of ${storedId} (${incoming.url}: another day's text, not a version of it), stored as ${outcome.id}`,
    });
  });
  return issues;
}
