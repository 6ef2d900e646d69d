/**
 * Quote evaluation on PolNeAR (dev split): content overlap and speaker F1 against the gold attributions,
 * direct (content inside quote marks) and indirect apart, on the development half (the held-out half with
 * --held-out: it is scored once, at the end of a piece of work, and never tuned on).
 * Run: npm run eval:quotes [-- --held-out]   (PARALLAX_POLNEAR_TRAIN=<PolNeAR checkout>/data/train adds a train-split sample)
 */
import { createContext } from '../src/model/index.ts';
import { storyFromTexts } from '../src/stages/extract/from-text.ts';
import { extract } from '../src/stages/extract/index.ts';
import { loadPolnear, loadPolnearSample } from './lib/polnear.ts';
import { type Predicted, report, type Scores, scoreArticle, sumScores } from './lib/quote-score.ts';

export {
  type Gold,
  insideQuotes,
  loadPolnear,
  loadPolnearSample,
  parseBrat,
  type Span,
} from './lib/polnear.ts';
export {
  type Counts,
  metrics,
  type Predicted,
  report,
  type Scores,
  scoreArticle,
  sumScores,
} from './lib/quote-score.ts';

/** Run the extract stage on one article's raw text and list its quote occurrences with speaker spans. */
export function predict(text: string): { predicted: Predicted[]; ms: number; cpuMs: number } {
  const input = storyFromTexts([{ id: 'a1', text }]);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = extract({ mergeQuotes: false })(input, createContext());
  const ms = performance.now() - t0;
  const used = process.cpuUsage(c0);
  const cpuMs = (used.user + used.system) / 1000;
  const predicted: Predicted[] = [];
  for (const q of out.quotes) {
    for (const occ of q.occurrences) {
      const near = q.speakerEvidence.reduce<(typeof q.speakerEvidence)[number] | undefined>((best, e) => {
        const d = Math.abs(e.span.start - occ.span.start);
        return !best || d < Math.abs(best.span.start - occ.span.start) ? e : best;
      }, undefined);
      predicted.push({ span: occ.span, direct: q.kind !== 'indirect', speaker: near ? near.span : null });
    }
  }
  return { predicted, ms, cpuMs };
}

function rate(words: number, ms: number): string {
  return Math.round(words / (ms / 1000)).toLocaleString('en-US');
}

function main(): void {
  const docs = loadPolnear();
  const halves: Record<string, Scores[]> = { development: [], 'held-out': [] };
  let words = 0;
  let ms = 0;
  let cpuMs = 0;
  for (const d of docs) predict(d.text); // warm-up pass, so the speed below is the steady state
  docs.forEach((d, i) => {
    const p = predict(d.text);
    words += d.text.split(/\s+/).filter(Boolean).length;
    ms += p.ms;
    cpuMs += p.cpuMs;
    (i % 2 === 0 ? halves.development : halves['held-out'])?.push(scoreArticle(d.text, d.gold, p.predicted));
  });
  // the held-out half only when asked for: tuning reads the development half alone
  const shown = process.argv.includes('--held-out') ? Object.keys(halves) : ['development'];
  for (const [half, list] of Object.entries(halves)) {
    if (!shown.includes(half)) continue;
    console.log(`PolNeAR dev, ${half} half (${list.length} articles):`);
    for (const line of report(sumScores(list))) console.log(`  ${line}`);
  }
  // PARALLAX_POLNEAR_TRAIN=<PolNeAR checkout>/data/train also scores the listed train-split sample
  const train = process.env.PARALLAX_POLNEAR_TRAIN;
  if (train) {
    let sample: ReturnType<typeof loadPolnearSample>;
    try {
      sample = loadPolnearSample(train);
    } catch (err) {
      process.stderr.write(`PARALLAX_POLNEAR_TRAIN: ${(err as Error).message}\n`);
      process.exit(2);
    }
    console.log(`PolNeAR train sample (${sample.length} articles of bench/data/polnear-train-sample.txt):`);
    const scores = sample.map((d) => scoreArticle(d.text, d.gold, predict(d.text).predicted));
    for (const line of report(sumScores(scores))) console.log(`  ${line}`);
  }
  console.log(
    `extract stage speed: ${rate(words, cpuMs)} words per CPU second (${rate(words, ms)} words/s wall clock) over ${words} words`,
  );
}

if (import.meta.main) main();
