/**
 * `npm run eval:extract`: checks the scorer port on trafilatura's published output, then scores
 * Parallax's HTML extraction (the clean stage) and plain Readability+linkedom on the 181 pages of
 * the article-extraction benchmark in the same run, with pages per CPU-second, on a development half (ids sorted,
 * even positions), a held-out half (odd positions) and the whole set.
 * Flags: `--worst N` lists the N worst development pages of Parallax; `--dump DIR` writes predictions.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Article, createContext } from '../src/model/index.ts';
import { clean } from '../src/stages/clean/index.ts';
import { sharedPath } from '../test/shared.ts';
import { type ExtractionScore, scoreExtraction } from './lib/extraction-score.ts';

const BENCH = sharedPath('datasets', 'article-extraction-benchmark');

/** One benchmark page: its id, raw HTML, gold text and URL. */
export interface BenchmarkPage {
  readonly id: string;
  readonly html: string;
  readonly gold: string;
  readonly url: string;
}

/** Read the 181 benchmark pages, sorted by id. */
export function loadBenchmark(): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(BENCH, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody?: string; url?: string }
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      id,
      html: readFileSync(join(BENCH, 'html', `${id}.html`), 'utf8'),
      gold: truth[id]?.articleBody ?? '',
      url: truth[id]?.url ?? '',
    }));
}

/** Parallax's reading of a page: the clean stage's article for an HTML input. */
export function parallaxArticle(page: BenchmarkPage): Article {
  const ctx = createContext();
  return clean()(
    { id: page.id, source: `${page.id}.html`, format: 'html', content: page.html, given: {} },
    ctx,
  );
}

/** Parallax's main text of a page: the clean stage's `text` for an HTML input. */
export function parallaxText(page: BenchmarkPage): string {
  return parallaxArticle(page).text;
}

const bareUrl = (url: string): string =>
  url
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/[?#].*$/, '')
    .replace(/\/$/, '');

/** How often each metadata field was found, and how often the found URL is the page's own. */
export function metadataLine(
  pages: readonly BenchmarkPage[],
  articles: ReadonlyMap<string, Article>,
): string {
  const share = (test: (a: Article, p: BenchmarkPage) => boolean): string => {
    const hits = pages.filter((p) => {
      const article = articles.get(p.id);
      return article !== undefined && test(article, p);
    }).length;
    return `${Math.round((100 * hits) / pages.length)}%`;
  };
  return [
    `title ${share((a) => !!a.title)}`,
    `byline ${share((a) => !!a.byline)}`,
    `outlet ${share((a) => !!a.outlet)}`,
    `publishedAt ${share((a) => !!a.publishedAt)}`,
    `modifiedAt ${share((a) => !!a.modifiedAt)}`,
    `language ${share((a) => !!a.language)}`,
    `url ${share((a) => !!a.url)} (the benchmark's own URL: ${share((a, p) => !!a.url && bareUrl(a.url) === bareUrl(p.url))})`,
  ].join(', ');
}

/** Plain Readability over linkedom: the `textContent` of its parse. */
export function readabilityText(page: BenchmarkPage): string {
  const { document } = parseHTML(page.html);
  return new Readability(document as never).parse()?.textContent ?? '';
}

/**
 * Run extractors over pages, each over the whole set in turn (so that each pays for its own garbage
 * collection), returning each one's outputs and pages per second of CPU time (wall time on a
 * shared machine mostly measures the other processes). `reverse` runs them in the opposite order.
 */
export function runExtractors(
  pages: readonly BenchmarkPage[],
  extractors: readonly ((page: BenchmarkPage) => string)[],
  reverse = false,
): { outputs: Record<string, string>; pagesPerSecond: number }[] {
  const runs = extractors.map(() => ({ outputs: {} as Record<string, string>, pagesPerSecond: 0 }));
  const order = extractors.map((_, k) => k);
  for (const k of reverse ? order.reverse() : order) {
    const extract = extractors[k] as (page: BenchmarkPage) => string;
    const run = runs[k] as { outputs: Record<string, string>; pagesPerSecond: number };
    const start = process.cpuUsage();
    for (const page of pages) run.outputs[page.id] = extract(page);
    const used = process.cpuUsage(start);
    run.pagesPerSecond = pages.length / ((used.user + used.system) / 1e6);
  }
  return runs;
}

/** Score outputs on a subset of pages. */
export function scoreOn(outputs: Record<string, string>, pages: readonly BenchmarkPage[]): ExtractionScore {
  return scoreExtraction(outputs, Object.fromEntries(pages.map((p) => [p.id, p.gold])));
}

const fmt = (s: ExtractionScore): string =>
  `F1 ${s.f1.toFixed(3)}  P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  acc ${s.accuracy.toFixed(3)}`;

function main(): void {
  const { values } = parseArgs({
    options: { worst: { type: 'string' }, dump: { type: 'string' }, rounds: { type: 'string' } },
  });
  const rounds = Math.max(1, Number(values.rounds ?? 4));
  const pages = loadBenchmark();
  const dev = pages.filter((_, i) => i % 2 === 0);
  const held = pages.filter((_, i) => i % 2 === 1);

  const baseline = (
    JSON.parse(readFileSync(join(BENCH, 'baseline_outputs', 'trafilatura.json'), 'utf8')) as {
      output: Record<string, { articleBody?: string }>;
    }
  ).output;
  const traf = scoreOn(
    Object.fromEntries(Object.entries(baseline).map(([id, v]) => [id, v.articleBody ?? ''])),
    pages,
  );
  console.log(`scorer check: trafilatura.json ${fmt(traf)} (upstream: F1 0.958 P 0.938 R 0.978)`);

  const articles = new Map<string, Article>();
  const parallaxRecording = (page: BenchmarkPage): string => {
    const article = parallaxArticle(page);
    articles.set(page.id, article);
    return article.text;
  };
  // Timing rounds (the machine is shared): outputs from the first round, speeds over all rounds.
  const runs = Array.from({ length: rounds }, (_, round) =>
    runExtractors(pages, [readabilityText, parallaxRecording], round % 2 === 1),
  );
  const speed = (k: number): number =>
    (rounds * pages.length) /
    runs.reduce(
      (seconds, r) => seconds + pages.length / (r[k]?.pagesPerSecond ?? Number.POSITIVE_INFINITY),
      0,
    );
  const [readability, parallax] = [
    { outputs: runs[0]?.[0]?.outputs ?? {}, pagesPerSecond: speed(0) },
    { outputs: runs[0]?.[1]?.outputs ?? {}, pagesPerSecond: speed(1) },
  ];
  const ratio = parallax.pagesPerSecond / readability.pagesPerSecond;
  for (const [name, run] of [
    ['readability+linkedom', readability],
    ['parallax', parallax],
  ] as const) {
    console.log(
      `${name.padEnd(21)} all ${fmt(scoreOn(run.outputs, pages))}  ${run.pagesPerSecond.toFixed(1)} pages/s (CPU)`,
    );
    console.log(`${''.padEnd(21)} dev ${fmt(scoreOn(run.outputs, dev))}`);
    console.log(`${''.padEnd(21)} held-out ${fmt(scoreOn(run.outputs, held))}`);
  }
  console.log(
    `speed ratio parallax/readability: ${ratio.toFixed(2)} (CPU time over ${rounds} rounds, alternating which runs first)`,
  );

  console.log(`parallax metadata found: ${metadataLine(pages, articles)}`);

  if (values.worst) {
    const score = scoreOn(parallax.outputs, dev);
    const rows = Object.entries(score.perPage)
      .map(([id, c]) => ({ id, p: c.tp / (c.tp + c.fp || 1), r: c.tp / (c.tp + c.fn || 1) }))
      .sort((a, b) => Math.min(a.p, a.r) - Math.min(b.p, b.r))
      .slice(0, Number(values.worst));
    for (const row of rows)
      console.log(`  ${row.id.slice(0, 12)}  P ${row.p.toFixed(3)}  R ${row.r.toFixed(3)}`);
  }
  if (values.dump) {
    mkdirSync(values.dump, { recursive: true });
    for (const page of dev) {
      writeFileSync(
        join(values.dump, `${page.id.slice(0, 12)}.parallax.txt`),
        parallax.outputs[page.id] ?? '',
      );
      writeFileSync(join(values.dump, `${page.id.slice(0, 12)}.gold.txt`), page.gold);
    }
  }
}

if (import.meta.main) main();
