// `parallax changes` (what changed in the stories since a time) and `parallax article <id>` (one
// stored article with its earlier versions). Loaded by store-commands.ts only when one of them runs.
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { changesPage, changesSince } from '../store/changes.ts';
import { revisionChanges } from '../store/revision-changes.ts';
import { parseCursor } from '../store/story-cursor.ts';
import type { Store } from '../store/types.ts';
import { CHANGES_HELP } from './changes-help.ts';
import { storiesNews } from './changes-news.ts';
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
      brief: { type: 'boolean' },
      // (taken as by every store command; these write nothing on standard error but errors)
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (values.help) {
    io.stdout(CHANGES_HELP[command]);
    return 0;
  }
  const format = (values.format?.toLowerCase() ?? 'text') as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}" (text or json)`);
  const own = command === 'changes' ? ['since', 'after', 'limit', 'brief'] : ['versions'];
  for (const option of ['since', 'after', 'limit', 'versions', 'brief'])
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
  // (changes keeps the reports it computes for what changed, as story does, when it may write)
  const store = await openExisting(values.db, command === 'changes' && values.brief !== true);
  try {
    if (command === 'article')
      io.stdout(await article(store, positionals[0] as string, format, values.versions === true));
    else
      io.stdout(
        await changes(
          store,
          values as { since: string; after?: string; limit?: string; db?: string; brief?: boolean },
          format,
        ),
      );
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
  values: { since: string; after?: string; limit?: string; db?: string; brief?: boolean },
  format: 'text' | 'json',
): Promise<string> {
  const since = await changesSince(store, values.since);
  if (since === null)
    throw new UsageError(
      `--since "${values.since}" is no stored article's id and no date: give a date such as 2026-12-06, a time such as 2026-12-06T08:30Z (UTC when no zone), or an article id`,
    );
  const cursor = values.after === undefined ? undefined : parseCursor(values.after);
  if (cursor === null) throw new UsageError(`--after takes the cursor a page printed, not "${values.after}"`);
  const limit = values.limit === undefined ? 50 : Number(values.limit);
  if (!(Number.isInteger(limit) && limit > 0)) throw new UsageError('--limit takes a whole number above 0');
  const page = await changesPage(store, since, cursor, limit);
  // what each story's report tells that its earlier articles did not (computing a stale report)
  const news = values.brief ? new Map() : await storiesNews(store, page.changes, since);
  if (format === 'json') {
    const changes = page.changes.map((c) =>
      news.has(c.story.id) ? { ...c, news: news.get(c.story.id) } : c,
    );
    return `${JSON.stringify({ since, ...page, changes }, null, 2)}\n`;
  }
  return changesText(since, page.changes, { more: page.next, since: page.newest }, values, news);
}
