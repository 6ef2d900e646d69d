import { parseArgs } from 'node:util';
import { collectInputs, readUserFile, UsageError } from '../io/files.ts';
import { noArticlesIn } from '../io/no-articles.ts';
import { sayRepeated } from '../io/repeated.ts';
import { checkWritable, writeFileAtomic, writeFileAtomicFrom } from '../io/write-file.ts';
import type { Issue, Report } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { plural } from '../report/util.ts';
import { VERSION } from '../version.ts';
import { argumentErrorLine } from './arg-errors.ts';
import { articleTimeoutOption } from './budget.ts';
import { HELP } from './help.ts';
import { type InterruptLine, reportNotWrittenLine } from './interrupted.ts';
import { loadManifest, withManifest } from './manifest.ts';
import { alikeOutletLines } from './outlet-names.ts';
import {
  earlierVersionLines,
  finalLine,
  outputChoice,
  renderOutput,
  rewriteWarning,
  selfCheckLines,
} from './output.ts';

// The pipeline, zod and wink-nlp load only for a command that does real work (see engine.ts).
const loadEngine = () => import('./engine.ts');

/** The streams and environment a CLI run talks to; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  /** Whether progress lines should be shown (a terminal on stderr). */
  readonly progress: boolean;
  /** The terminal a progress bar is drawn on (stderr), when `progress`. */
  readonly progressStream?: import('node:stream').Writable;
  /** Until its `done`, Ctrl-C says the line, or the last given to its `say` (`sayOnInterrupt`). */
  readonly sayIfInterrupted?: (line: string, belowBar?: boolean) => InterruptLine;
}

const STORE_COMMANDS = ['ingest', 'stories', 'story', 'search', 'articles', 'article', 'changes', 'stats'];
const FETCH_COMMANDS = ['fetch', 'watch', 'sources', 'reextract'];

/** Exit statuses of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2, partial: 3 } as const;

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
    throw new UsageError(`unknown command "${command}" (see parallax --help)`);
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

async function runAnalyze(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      table: { type: 'string' },
      'summary-words': { type: 'string' },
      terms: { type: 'string' },
      outlets: { type: 'string' },
      manifest: { type: 'string' },
      'llm-endpoint': { type: 'string' },
      'llm-model': { type: 'string' },
      'llm-budget': { type: 'string' },
      'article-timeout': { type: 'string' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      'explain-grouping': { type: 'boolean' },
      'grouping-runs': { type: 'string' },
      jobs: { type: 'string', short: 'j' },
    },
  });
  if (values.help) {
    io.stdout(HELP.analyze);
    return EXIT.ok;
  }
  if (!positionals.length)
    throw new UsageError('analyze needs at least one file or folder (see parallax analyze --help)');
  // `-o -` is standard output, as for other tools
  const output = values.output === '-' ? undefined : values.output;
  const choice = outputChoice(values.format, output, values.table);
  const { format } = choice;
  const summaryWords = values['summary-words'] === undefined ? undefined : Number(values['summary-words']);
  if (summaryWords !== undefined && !(Number.isInteger(summaryWords) && summaryWords > 0))
    throw new UsageError('--summary-words takes a whole number above 0');
  const endpoint = values['llm-endpoint'];
  if (endpoint !== undefined && !/^https?:\/\/\S+$/.test(endpoint))
    throw new UsageError(`--llm-endpoint takes an http(s) URL, not "${endpoint}"`);
  if (values['llm-model'] !== undefined && endpoint === undefined)
    throw new UsageError('--llm-model needs --llm-endpoint');
  const budget = values['llm-budget'] === undefined ? 120 : Number(values['llm-budget']);
  if (!(Number.isFinite(budget) && budget > 0))
    throw new UsageError('--llm-budget takes a number of seconds above 0');
  if (values['llm-budget'] !== undefined && endpoint === undefined)
    throw new UsageError('--llm-budget needs --llm-endpoint');
  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs > 0))
    throw new UsageError('--jobs takes a whole number above 0');
  const runs = values['grouping-runs'] === undefined ? undefined : Number(values['grouping-runs']);
  if (runs !== undefined && !(Number.isInteger(runs) && runs > 0 && runs <= 9))
    throw new UsageError('--grouping-runs takes a whole number from 1 to 9');
  const timeout = articleTimeoutOption(values['article-timeout']);
  // a report that cannot be written is told now, not after the analysis
  if (output) await checkWritable(output);
  // Ctrl-C from here until the write (engine's load, analysis, rendering) says that nothing was written
  const note = io.sayIfInterrupted?.(reportNotWrittenLine(output));
  const { analyzeParallel, createContext, writeJson } = await loadEngine().catch((error: unknown) => {
    note?.done(); // an engine that fails to load is its own error, not an interrupted run
    throw error;
  });
  let report: Report;
  let text: string | undefined;
  try {
    // the user files' parsers (and zod, which they validate with) load only when a file is given
    const userFiles = () => import('../stages/compare/user-files.ts');
    const options: AnalyzeOptions = {
      ...timeout,
      summarize: summaryWords ? { words: summaryWords } : {},
      cluster: { ...(values['explain-grouping'] ? { explain: true } : {}), ...(runs ? { runs } : {}) },
      compare: {
        ...(values.terms
          ? { terms: await readUserFile(values.terms, (await userFiles()).parseTermsFile) }
          : {}),
        ...(values.outlets
          ? { outlets: await readUserFile(values.outlets, (await userFiles()).parseOutletTable) }
          : {}),
      },
    };
    const log = io.progress && !values.quiet ? (m: string) => io.stderr(`parallax: ${m}\n`) : () => {};
    const inputs = await collectInputs(positionals, io.readStdin, output ? { output } : {});
    sayRepeated(inputs.repeated, io.stderr, values.quiet);
    const { files, issues } = inputs;
    const manifest = await loadManifest(values.manifest, inputs, io.stderr, values.quiet);
    log(`read ${files.length} ${files.length === 1 ? 'file' : 'files'}`);
    const ctx = createContext({ now: new Date(), log, issues });
    report = await analyzeParallel(files, withManifest(options, manifest), ctx, jobs ? { jobs } : {});
    reportSkipped(report.issues, io);
    if (!report.articles.length) throw noArticlesIn(positionals, report.issues);
    if (endpoint) {
      log(`rewriting summaries through ${endpoint}`);
      // the rewriter loads only for a run that asks for it
      const llm = await import('../llm/index.ts');
      const rewriter = llm.openAiRewriter({
        endpoint,
        model: values['llm-model'] ?? 'default',
        ...(process.env.PARALLAX_LLM_KEY ? { apiKey: process.env.PARALLAX_LLM_KEY } : {}),
      });
      const rewrite = await llm.rewriteReportSummaries(report, rewriter, { budgetMs: budget * 1000 });
      report = rewrite.report;
      const warning = rewriteWarning(rewrite.stats.failedStories, report.issues);
      if (warning) io.stderr(`parallax: ${warning}\n`);
      log(
        `rewrote ${plural(rewrite.stats.rewritten, 'sentence')}, kept ${rewrite.stats.rejected} extractive ${rewrite.stats.rejected === 1 ? 'one' : 'ones'} that failed the check`,
      );
    }
    // a JSON file is written from writeJson's bytes as they come, not through a string of twice the size
    if (!(output && format === 'json')) text = await renderOutput(report, choice);
  } finally {
    note?.done();
  }
  if (text === undefined) await writeFileAtomicFrom(output as string, (write) => writeJson(report, write));
  else if (output) await writeFileAtomic(output, text);
  else io.stdout(text);
  if (values.verbose) for (const line of selfCheckLines(report)) io.stderr(`parallax: ${line}\n`);
  // (loaded only when asked: it reads the grouping's bars from the cluster stage, which no store command loads)
  if (values['explain-grouping'])
    for (const line of (await import('./grouping.ts')).groupingLines(report))
      io.stderr(`parallax: ${line}\n`);
  if (!values.quiet)
    for (const line of [...earlierVersionLines(report.issues), ...alikeOutletLines(report.articles)])
      io.stderr(`parallax: warning: ${line}\n`);
  if (!values.quiet) io.stderr(`parallax: ${finalLine(report, format, output, choice.table)}\n`);
  return skipped(report.issues) ? EXIT.partial : EXIT.ok;
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

const skipped = (issues: readonly Issue[]) => issues.some((i) => i.severity === 'error');

function reportSkipped(issues: readonly Issue[], io: CliIo): void {
  for (const issue of issues)
    if (issue.severity === 'error') io.stderr(`parallax: skipped ${issue.message}\n`);
}
