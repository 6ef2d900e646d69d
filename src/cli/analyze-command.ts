// `parallax analyze`: read the files, analyze them, write the report in the format asked.
import { parseArgs } from 'node:util';
import { collectInputs, UsageError } from '../io/files.ts';
import { noArticlesIn } from '../io/no-articles.ts';
import { sayRepeated } from '../io/repeated.ts';
import { checkWritable, writeFileAtomic, writeFileAtomicFrom } from '../io/write-file.ts';
import type { Report } from '../model/index.ts';
import type { AnalyzeOptions } from '../pipeline.ts';
import { plural } from '../report/util.ts';
import { articleTimeoutOption } from './budget.ts';
import { type CliIo, EXIT, loadEngine, reportSkipped, skipped } from './cli-io.ts';
import { HELP } from './help.ts';
import { reportNotWrittenLine } from './interrupted.ts';
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
import { REPORT_OPTIONS, reportOptionsOf } from './report-options.ts';

/** Run `parallax analyze` on its arguments and return the exit status. */
export async function runAnalyze(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      format: { type: 'string', short: 'f' },
      output: { type: 'string', short: 'o' },
      table: { type: 'string' },
      ...REPORT_OPTIONS,
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
  // (the terms and outlet files are read now: a bad one is told before the analysis)
  const reportOptions = await reportOptionsOf(values);
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
    const options: AnalyzeOptions = {
      ...timeout,
      ...reportOptions,
      cluster: { ...(values['explain-grouping'] ? { explain: true } : {}), ...(runs ? { runs } : {}) },
    };
    const log = io.progress && !values.quiet ? (m: string) => io.stderr(`parallax: ${m}\n`) : () => {};
    const inputs = await collectInputs(positionals, io.readStdin, {
      ...(output ? { output } : {}),
      ...(values.manifest ? { manifest: values.manifest } : {}),
    });
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
