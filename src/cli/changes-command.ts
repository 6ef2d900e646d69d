// `parallax changes` (what changed in the stories since a time) and `parallax article <id>` (one
// stored article with its earlier versions). Loaded by store-commands.ts only when one of them runs.
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { cursorAfter, parseCursor } from '../server/cursor.ts';
import { isoOrNull } from '../store/dates.ts';
import { revisionChanges } from '../store/revision-changes.ts';
import type { Store } from '../store/types.ts';
import { CHANGES_HELP } from './changes-help.ts';
import { articleText, changesText } from './changes-output.ts';
import { openExisting } from './open-store.ts';

const FORMATS = ['text', 'json'] as const;

/** Run `changes` or `article` on its arguments; returns the exit status (bad input is a UsageError). */
export async function runChangesCommand(
  command: 'changes' | 'article',
  args: readonly string[],
  io: { readonly stdout: (text: string) => void },
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      db: { type: 'string' },
      format: { type: 'string', short: 'f' },
      since: { type: 'string' },
      after: { type: 'string' },
      limit: { type: 'string' },
      versions: { type: 'boolean' },
    },
  });
  if (values.help) {
    io.stdout(CHANGES_HELP[command]);
    return 0;
  }
  const format = (values.format?.toLowerCase() ?? 'text') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (text or json)`);
  const own = command === 'changes' ? ['since', 'after', 'limit'] : ['versions'];
  for (const option of ['since', 'after', 'limit', 'versions'])
    if (!own.includes(option) && values[option as keyof typeof values] !== undefined)
      throw new UsageError(`${command} has no --${option} option (see parallax ${command} --help)`);
  if (command === 'article' && positionals.length !== 1)
    throw new UsageError(
      'article takes one article id, as parallax articles lists them (see parallax article --help)',
    );
  if (command === 'changes' && positionals.length)
    throw new UsageError(`changes takes no arguments, got "${positionals[0]}" (see parallax changes --help)`);
  if (command === 'changes' && values.since === undefined)
    throw new UsageError('changes needs --since TIME or an article id (see parallax changes --help)');
  const store = await openExisting(values.db);
  try {
    if (command === 'article')
      io.stdout(await article(store, positionals[0] as string, format, values.versions === true));
    else io.stdout(await changes(store, values as { since: string; after?: string; limit?: string }, format));
    return 0;
  } finally {
    await store.close();
  }
}

async function article(
  store: Store,
  id: string,
  format: 'text' | 'json',
  versions: boolean,
): Promise<string> {
  const stored = await store.article(id.trim());
  if (!stored) throw new UsageError(`no article "${id}" in the store (see parallax articles)`);
  const revisions = revisionChanges(stored.article, await store.articleRevisions(stored.article.id));
  if (format === 'text') return articleText(stored, revisions, versions);
  const { article: a, storyId, ingestedAt } = stored;
  return `${JSON.stringify({ ...a, storyId, ingestedAt, revisions }, null, 2)}\n`;
}

async function changes(
  store: Store,
  values: { since: string; after?: string; limit?: string },
  format: 'text' | 'json',
): Promise<string> {
  const since = await sinceOf(store, values.since);
  const cursor = values.after === undefined ? undefined : parseCursor(values.after);
  if (cursor === null) throw new UsageError(`--after takes the cursor a page printed, not "${values.after}"`);
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit takes a whole number above 0');
  // one story past the page: a next page only when a story is left for it
  const read = await store.storyChanges({
    changedSince: since,
    limit: limit + 1,
    ...(cursor ? { after: cursor } : {}),
  });
  const page = read.slice(0, limit);
  const last = read.length > limit ? page.at(-1) : undefined;
  const next = {
    more: last ? cursorAfter(last.story) : null,
    // the newest change is the first page's first story's; a later page leaves it to the first
    since: cursor ? null : (page[0]?.story.updatedAt ?? null),
  };
  if (format === 'json')
    return `${JSON.stringify({ since, changes: page, next: next.more, newest: next.since }, null, 2)}\n`;
  return changesText(since, page, next);
}

// --since: a stored article's id (the time the store stored it), else a date or date-time. The id is
// looked up first: Date.parse reads some words ("x-1") as dates.
async function sinceOf(store: Store, value: string): Promise<string> {
  const word = value.trim();
  const stored = /^[a-z][\w-]{0,99}$/i.test(word) ? await store.article(word) : null;
  if (stored) return stored.ingestedAt;
  const iso = isoOrNull(value);
  if (iso !== null) return iso;
  throw new UsageError(
    `--since takes a date such as 2026-12-06, a time such as 2026-12-06T08:30Z, or a stored article's id, not "${value}"`,
  );
}
