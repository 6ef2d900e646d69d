// The commands over the fetch state a store keeps: sources (health per source) and reextract (the
// kept raw pages read again). Loaded with fetch-commands.ts.
import { parseArgs } from 'node:util';
import { UsageError } from '../io/files.ts';
import { FETCH_HELP } from './fetch-help.ts';
import { formatOf, jobsOf, locationOf, mustExist, withStore } from './fetch-options.ts';
import { FETCH_EXIT as EXIT, type FetchIo, givenUpText, healthTable, leftOutText } from './fetch-output.ts';
import { startProgress } from './progress.ts';
import { plural, shownLocation } from './store-output.ts';

/** `parallax sources`: each followed source's health, as a table or JSON. */
export async function runSources(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      format: { type: 'string', short: 'f' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.sources);
    return EXIT.ok;
  }
  // "sources add …": the store keeps the sources a file names, so the file is where one is added
  if (positionals.length)
    throw new UsageError(
      `sources takes no arguments, got "${positionals[0]}": sources are the rows of a CSV or JSON file ` +
        '(name, urls, leaning, owner, every) given to parallax watch --sources FILE or parallax fetch ' +
        '--sources FILE, which keep them in the store; add a row there (see parallax sources --help)',
    );
  const format = formatOf(values.format);
  const location = await locationOf(values.db);
  mustExist(location);
  const { storeHealth } = await import('../fetch/health.ts');
  const rows = await withStore(location, (store) => storeHealth(store, new Date()));
  io.stdout(
    format === 'json'
      ? `${JSON.stringify(rows, null, 2)}\n`
      : healthTable(rows) + givenUpText(rows, values.db) + leftOutText(rows, values.db),
  );
  return EXIT.ok;
}

/** `parallax reextract`: read the kept raw pages again into the same store or another. */
export async function runReextract(args: readonly string[], io: FetchIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      into: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      format: { type: 'string', short: 'f' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(FETCH_HELP.reextract);
    return EXIT.ok;
  }
  if (positionals.length) throw new UsageError(`reextract takes no arguments, got "${positionals[0]}"`);
  const format = formatOf(values.format);
  const jobs = jobsOf(values.jobs);
  const location = await locationOf(values.db);
  mustExist(location);
  const into = values.into === undefined ? location : await locationOf(values.into);
  const [{ reextract }, { createContext }, { openStore }] = await Promise.all([
    import('../fetch/reextract.ts'),
    import('../model/index.ts'),
    import('../store/index.ts'),
  ]);
  const summary = await withStore(location, async (from) => {
    const target = into === location ? from : await openStore(into);
    const bar = values.quiet ? null : startProgress(io, 0, 'pages');
    try {
      return await reextract(
        from,
        target,
        { jobs, onProgress: (n) => bar?.update(n, 're-reading', n) },
        createContext({ now: new Date() }),
      );
    } finally {
      bar?.stop();
      if (target !== from) await target.close();
    }
  });
  if (!values.quiet)
    io.stderr(
      `parallax: re-read ${plural(summary.pages, 'kept page')} into ${shownLocation(into)}: ` +
        `${plural(summary.updated, 'article')} changed (replaced), ${summary.unchanged} unchanged, ` +
        `${summary.stored} new, ${summary.duplicates} already stored, ${summary.noArticle} without article text` +
        `${summary.notArticle ? `, ${plural(summary.notArticle, 'page')} left out: not an article` : ''}\n`,
    );
  // said even under -q: a script must not take a store half re-read for a whole one
  if (summary.withoutPage > 0 || (!summary.pages && !values.quiet))
    io.stderr(
      (summary.withoutPage > 0
        ? `parallax: ${plural(summary.withoutPage, 'stored article')} kept no page and ${summary.withoutPage === 1 ? 'was' : 'were'} not re-read; `
        : 'parallax: ') +
        'only pages fetched from the web (fetch, watch, URLs added in serve) are kept; ' +
        'articles ingested from files keep none: ingest the files again into a new store to read ' +
        'them with this version\n',
    );
  if (format === 'json') io.stdout(`${JSON.stringify(summary, null, 2)}\n`);
  return EXIT.ok;
}
