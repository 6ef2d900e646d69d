// The store's commands: stories, story, search, articles, stats (ingest: ingest-command.ts; changes and
// article: changes-command.ts; export: export-command.ts). Loaded by index.ts only when one of them runs; the pipeline and the database driver load only when the command needs them.
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { isoOrNull } from '../store/dates.ts';
import type { ListFilter } from '../store/types.ts';
import { HELP } from './help.ts';
import { openExisting } from './open-store.ts';
import { resolveOutlet } from './outlet-name.ts';
import { REPORT_OPTIONS } from './report-options.ts';
import { DB, EXIT, FILTERS, FORMAT, HELP_OPTION, listFormat, type StoreIo } from './store-options.ts';
import { searchLines, shownStats, statsLines } from './store-output.ts';
import { listStories, storiesCursor } from './stories-command.ts';
import { runStory } from './story-command.ts';

export type { StoreIo };

/** Run one store command on its arguments; returns the exit status (errors are thrown, as UsageError for bad input). */
export async function runStoreCommand(
  command: string,
  args: readonly string[],
  io: StoreIo,
): Promise<number> {
  if (command === 'ingest') return (await import('./ingest-command.ts')).runIngest(args, io);
  if (command === 'changes' || command === 'article')
    return (await import('./changes-command.ts')).runChangesCommand(command, args, io);
  if (command === 'export') return (await import('./export-command.ts')).runExport(args, io);
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      ...HELP_OPTION,
      ...DB,
      ...FILTERS,
      ...FORMAT,
      output: { type: 'string', short: 'o' },
      table: { type: 'string' },
      ...REPORT_OPTIONS,
      versions: { type: 'boolean' },
      verbose: { type: 'boolean', short: 'v' },
      // (every command takes -q as analyze, ingest and serve do: story leaves out its final line)
      quiet: { type: 'boolean', short: 'q' },
      sort: { type: 'string' },
      after: { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(HELP[command as keyof typeof HELP]);
    return EXIT.ok;
  }
  const wantsPositional = command === 'story' || command === 'search';
  // one argument given, but blank: it was quoted, so "quote it" would not help
  if (wantsPositional && positionals.length === 1 && !positionals[0]?.trim())
    throw new UsageError(
      `${command} takes a ${command === 'story' ? 'story id' : 'query'}, not an empty one (see parallax ${command} --help)`,
    );
  if (wantsPositional && positionals.length !== 1)
    throw new UsageError(
      `${command} takes one ${command === 'story' ? 'story id' : 'query (quote it)'} (see parallax ${command} --help)`,
    );
  if (!wantsPositional && positionals.length)
    throw new UsageError(
      `${command} takes no arguments, got "${positionals[0]}" (see parallax ${command} --help)`,
    );
  for (const option of ['output', 'table', 'summary-words', 'terms', 'outlets'] as const)
    if (values[option] !== undefined && command !== 'story')
      throw new UsageError(`${command} has no --${option} option`);
  if (values.versions && command !== 'articles') throw new UsageError(`${command} has no --versions option`);
  if (values.verbose && command !== 'story') throw new UsageError(`${command} has no --verbose option`);
  for (const option of ['sort', 'after'] as const)
    if (values[option] !== undefined && command !== 'stories')
      throw new UsageError(`${command} has no --${option} option`);
  if (values.sort !== undefined && values.sort !== 'newest' && values.sort !== 'outlets')
    throw new UsageError(`--sort takes newest or outlets, not "${values.sort}"`);
  const given = filterOf(values);
  if (command === 'stories') storiesCursor(values);
  const store = await openExisting(values.db, command === 'story');
  try {
    const target = positionals[0] as string;
    // --outlet "patriot daily" for "The Patriot Daily", or the known names where it matches none
    const { filter, line, names } =
      given.outlet === undefined ? { filter: given } : await resolveOutlet(store, given);
    // articles says the names in its own line of no match
    if (line && !values.quiet && !(names && command === 'articles')) io.stderr(`parallax: ${line}\n`);
    if (command === 'stories') {
      const format = listFormat(values.format, ['md', 'json']);
      await listStories(store, filter, values, format, io);
    } else if (command === 'story') return await runStory(store, target, values, io);
    else if (command === 'search') {
      const format = listFormat(values.format, ['text', 'json']);
      const hits = await store.search(target, filter);
      io.stdout(format === 'json' ? `${JSON.stringify(hits, null, 2)}\n` : searchLines(target, hits));
    } else if (command === 'articles') {
      // json, as every other read command takes it: one array, an article a line, written as read
      const format = listFormat(values.format, ['text', 'jsonl', 'json']);
      const { listArticles, noArticlesLine } = await import('./articles-command.ts');
      if (!(await listArticles(store, filter, format, values.versions === true, io.stdout)))
        io.stderr(`parallax: ${noArticlesLine(filter)}${names ? `; ${names}` : ''}\n`);
    } else {
      const format = listFormat(values.format, ['text', 'json']);
      const [stats, [latest]] = await Promise.all([store.stats(), store.stories({ limit: 1 })]);
      const shown = shownStats(stats, latest);
      io.stdout(format === 'json' ? `${JSON.stringify(shown, null, 2)}\n` : statsLines(shown));
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

// --since, --outlet and --limit as a store filter; a bad value is a usage error.
function filterOf(values: { since?: string; outlet?: string; limit?: string }): ListFilter {
  const since = values.since === undefined ? undefined : isoOrNull(values.since);
  if (since === null) throw new UsageError(`--since takes a date such as 2025-03-01, not "${values.since}"`);
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0))
    throw new UsageError('--limit takes a whole number above 0');
  return {
    ...(since ? { since } : {}),
    ...(values.outlet ? { outlet: values.outlet } : {}),
    ...(limit ? { limit } : {}),
  };
}
