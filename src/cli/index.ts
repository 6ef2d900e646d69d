import { parseArgs } from 'node:util';
import { collectInputs, UsageError } from '../io/files.ts';
import { noArticlesIn } from '../io/no-articles.ts';
import { sayRepeated } from '../io/repeated.ts';
import { VERSION } from '../version.ts';
import { runAnalyze } from './analyze-command.ts';
import { argumentErrorLine } from './arg-errors.ts';
import { articleTimeoutOption } from './budget.ts';
import { type CliIo, EXIT, loadEngine, reportSkipped, skipped } from './cli-io.ts';
import { HELP } from './help.ts';
import { loadManifest, withManifest } from './manifest.ts';
import { unknownCommandLine } from './unknown-command.ts';

export { type CliIo, EXIT } from './cli-io.ts';

const STORE_COMMANDS = [
  'ingest',
  'stories',
  'story',
  'search',
  'articles',
  'article',
  'changes',
  'stats',
  'export',
];
const FETCH_COMMANDS = ['fetch', 'watch', 'sources', 'reextract'];
const COMMANDS = ['analyze', 'extract', 'serve', 'help', ...STORE_COMMANDS, ...FETCH_COMMANDS];

/**
 * Run the CLI on its arguments and return the exit status; every error becomes one line on stderr.
 * @example
 * const status = await runCli(['analyze', 'examples/harbor-bridge', '--format', 'json'], io);
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    // `parallax help analyze` is `parallax analyze --help`
    if (command === 'help' && rest[0] !== undefined) return await runCli([rest[0], '--help'], io);
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout(HELP.main);
      return command === undefined ? EXIT.usage : EXIT.ok;
    }
    if (command === 'analyze') return await runAnalyze(rest, io);
    if (command === 'extract') return await runExtract(rest, io);
    // the store's commands load only when one of them runs
    if (STORE_COMMANDS.includes(command))
      return await (await import('./store-commands.ts')).runStoreCommand(command, rest, io);
    if (command === 'serve') return await (await import('./serve-command.ts')).runServe(rest, io);
    if (FETCH_COMMANDS.includes(command))
      return await (await import('./fetch-commands.ts')).runFetchCommand(command, rest, io);
    throw new UsageError(unknownCommandLine(command, COMMANDS));
  } catch (error) {
    // a store the user pointed at that is no store (its module loads only with a store command)
    if (error instanceof UsageError || (error instanceof Error && error.name === 'StoreRefusedError')) {
      io.stderr(`parallax: ${error.message}\n`);
      return EXIT.usage;
    }
    const badArgument = argumentErrorLine(error, argv[0] ?? '');
    if (badArgument) {
      io.stderr(`parallax: ${badArgument}\n`);
      return EXIT.usage;
    }
    io.stderr(`parallax: failed: ${(error as Error).message}\n`);
    return EXIT.failed;
  }
}

async function runExtract(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      manifest: { type: 'string' },
      'article-timeout': { type: 'string' },
    },
  });
  if (values.help) {
    io.stdout(HELP.extract);
    return EXIT.ok;
  }
  const format = (values.format ?? 'text').toLowerCase();
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`unknown format "${format}" for extract (text or json)`);
  if (!positionals.length)
    throw new UsageError('extract needs at least one file (see parallax extract --help)');
  const timeout = articleTimeoutOption(values['article-timeout']);
  const inputs = await collectInputs(positionals, io.readStdin);
  sayRepeated(inputs.repeated, io.stderr);
  const { files, issues } = inputs;
  const options = withManifest(timeout, await loadManifest(values.manifest, inputs, io.stderr));
  const { createContext, readArticles } = await loadEngine();
  const ctx = createContext({ now: new Date(), issues });
  const articles = readArticles(files, options, ctx).filter((article) => article.wordCount > 0);
  reportSkipped(ctx.issues, io);
  if (!articles.length) throw noArticlesIn(positionals, ctx.issues);
  io.stdout(
    format === 'json'
      ? articles.map((a) => `${JSON.stringify(a)}\n`).join('')
      : articles.map((a) => `${a.title ? `${a.title}\n\n` : ''}${a.text}\n`).join('\n-----\n\n'),
  );
  return skipped(ctx.issues) ? EXIT.partial : EXIT.ok;
}
