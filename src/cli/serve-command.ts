// `parallax serve`: the web app over a store. Loaded by index.ts only when it runs.
import { parseArgs } from 'node:util';
import { readUserFile, UsageError } from '../io/files.ts';
import { HELP } from './help.ts';
import { openExisting } from './open-store.ts';
import { whenOrphaned } from './stop-signals.ts';
import { shownLocation } from './store-output.ts';

/** The streams `serve` talks to, and how it learns to stop (the process's signals by default). */
export interface ServeIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Resolves when the server should stop (SIGINT or SIGTERM for the real process). */
  readonly stopped?: Promise<unknown>;
}

/** Run `parallax serve` until stopped; returns the exit status (bad input is thrown as UsageError). */
export async function runServe(args: readonly string[], io: ServeIo): Promise<number> {
  // the process that started serve, before the store's opening takes its seconds
  const parent = process.ppid;
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      db: { type: 'string' },
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      outlets: { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
    },
  });
  if (values.help) {
    io.stdout(HELP.serve);
    return 0;
  }
  if (positionals.length)
    throw new UsageError(`serve takes no arguments, got "${positionals[0]}" (see parallax serve --help)`);
  const port = values.port === undefined ? 8080 : Number(values.port);
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535))
    throw new UsageError('--port takes a port number from 0 to 65535');
  const host = values.host ?? '127.0.0.1';
  if (!/^[\w.:-]+$/.test(host))
    throw new UsageError(`--host takes an address such as 127.0.0.1, not "${host}"`);
  if (values.db !== undefined && !values.db.trim())
    throw new UsageError('--db takes a file path or a postgres:// URL');
  const [{ defaultStoreLocation }, { parseOutletTable }, { startServer, WARMED_STORIES }] = await Promise.all(
    [import('../store/index.ts'), import('../stages/compare/user-files.ts'), import('../server/index.ts')],
  );
  const outlets = values.outlets ? await readUserFile(values.outlets, parseOutletTable) : undefined;
  const location = values.db ?? defaultStoreLocation();
  // kept story pages are written when it may, else the store is read as it is
  const store = await openExisting(location, true);
  try {
    const server = await startServer(
      {
        store,
        ...(outlets ? { outlets, analyze: { compare: { outlets } } } : {}),
        log: (line) => io.stderr(`parallax: ${line}\n`),
        // the first page's stale reports are computed before a reader asks, in a thread of their own
        warmReports: WARMED_STORIES,
      },
      { port, host },
    ).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use on ${host} (try --port)`);
      if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        throw new UsageError(`cannot listen on ${host}: no such address here`);
      throw error;
    });
    if (!values.quiet) {
      io.stderr(`parallax: serving ${shownLocation(location)} at ${server.url}/ (Ctrl-C stops)\n`);
      if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1')
        io.stderr(`parallax: listening on ${host}: anyone who can reach it can read and add articles\n`);
    }
    await (io.stopped ?? stopSignal(io, parent));
    await server.close();
    return 0;
  } finally {
    await store.close();
  }
}

// SIGINT or SIGTERM, whichever comes first; when started by npm (npx), also the end of npm's own
// process: killing npx ends the shell it ran us in without passing the signal on, and the server
// was left running, orphaned (newuser18 #13). Only under npm: `nohup parallax serve &` outlives
// its shell on purpose.
function stopSignal(io: ServeIo, parent: number): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    if (process.env.npm_command === undefined) return;
    whenOrphaned(parent, () => {
      io.stderr('parallax: the npm (npx) process that started serve ended: stopping\n');
      resolve();
    });
  });
}
