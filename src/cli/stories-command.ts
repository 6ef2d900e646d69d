import { UsageError } from '../io/files.ts';
import { parseCursor, storyListPage } from '../store/story-cursor.ts';
import type { ListFilter, Store } from '../store/types.ts';
import { shellWord } from './shell-word.ts';
import { dbOption, storiesTable } from './store-output.ts';

/** `parallax stories`' own options, as parsed. */
export interface StoriesOptions {
  readonly db?: string;
  readonly quiet?: boolean;
  readonly sort?: string;
  readonly after?: string;
  readonly limit?: string;
  readonly since?: string;
  readonly outlet?: string;
}

/** Stories a page lists when --limit is not given (as the store's list). */
const PAGE_STORIES = 50;

/**
 * The `--after` cursor of `parallax stories` read (a page of the list's order: `--sort outlets` has
 * its own), undefined when none is given; a cursor that is none is a usage error, said before the
 * store is opened.
 */
export function storiesCursor(options: StoriesOptions): ReturnType<typeof parseCursor> | undefined {
  if (options.after === undefined) return undefined;
  const byOutlets = options.sort === 'outlets';
  const cursor = parseCursor(options.after, byOutlets);
  if (cursor === null)
    throw new UsageError(
      `--after takes the cursor a page of parallax stories${byOutlets ? ' --sort outlets' : ''} printed, not "${options.after}"`,
    );
  return cursor;
}

/**
 * `parallax stories`: one page of the list (--limit stories, 50 by default, after --after's cursor),
 * and when stories are left, the command that lists the next page (the web list's "More stories"):
 * under the table, or on standard error beside JSON (whose array stays as it was; not with -q). The
 * command names the store as given (--db, its password hidden), so that it runs as printed.
 */
export async function listStories(
  store: Store,
  filter: ListFilter,
  options: StoriesOptions,
  format: 'md' | 'json',
  io: { readonly stdout: (text: string) => void; readonly stderr: (text: string) => void },
): Promise<void> {
  const byOutlets = options.sort === 'outlets';
  const after = storiesCursor(options);
  const { limit = PAGE_STORIES, ...rest } = filter;
  const page = await storyListPage(
    store,
    { ...rest, ...(byOutlets ? { byOutlets: true } : {}), ...(after ? { after } : {}) },
    limit,
  );
  const more = page.next === null ? '' : nextPageCommand(page.next, options);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(page.stories, null, 2)}\n`);
    if (more && !options.quiet) io.stderr(`parallax: more stories (this page is not all): ${more}\n`);
  } else io.stdout(`${storiesTable(page.stories)}${more ? `\nMore (this page is not all): ${more}\n` : ''}`);
}

// The command of the next page: this one's options (--db's password hidden) and the cursor.
function nextPageCommand(next: string, options: StoriesOptions): string {
  const given: [string, string | undefined][] = [
    ['--since', options.since],
    ['--outlet', options.outlet],
    ['--sort', options.sort],
    ['--limit', options.limit],
    ['--after', next],
  ];
  return [
    `parallax stories${dbOption(options.db)}`,
    ...given.flatMap(([flag, value]) => (value === undefined ? [] : [`${flag} ${shellWord(value)}`])),
  ].join(' ');
}
