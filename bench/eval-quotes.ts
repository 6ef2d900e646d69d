/**
 * Quote evaluation on PolNeAR (dev split): content overlap and speaker F1 against the gold attributions,
 * direct (content inside quote marks) and indirect apart, on a development half and a held-out half.
 * Run: npm run eval:quotes
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../test/shared.ts';
import { extract } from '../src/stages/extract/index.ts';
import { storyFromTexts } from '../src/stages/extract/from-text.ts';
import { createContext } from '../src/model/index.ts';
import { type Scores, scoreArticle, sumScores, type Gold, type Predicted, parseBrat, report } from './quote-scoring.ts';

const root = sharedPath('datasets', 'polnear', 'dev');

/** The dev articles in name order, each with its first annotator's attributions. */
export function loadPolnear(dir = root): { name: string; text: string; gold: Gold[] }[] {
  const anns = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${name}_`)) as string;
      const text = readFileSync(join(dir, 'text', f), 'utf8');
      return { name, text, gold: parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), text) };
    });
}

/** Run the extract stage on one article's raw text and list its quote occurrences with speaker spans. */
export function predict(text: string): { predicted: Predicted[]; ms: number } {
  const input = storyFromTexts([{ id: 'a1', text }]);
  const t0 = performance.now();
  const out = extract({ mergeQuotes: false })(input, createContext());
  const ms = performance.now() - t0;
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
  return { predicted, ms };
}

function main(): void {
  const docs = loadPolnear();
  const halves: Record<string, Scores[]> = { development: [], 'held-out': [] };
  let words = 0;
  let ms = 0;
  for (const d of docs) predict(d.text); // warm-up pass, so the speed below is the steady state
  docs.forEach((d, i) => {
    const p = predict(d.text);
    words += d.text.split(/\s+/).filter(Boolean).length;
    ms += p.ms;
    (i % 2 === 0 ? halves.development : halves['held-out'])?.push(scoreArticle(d.text, d.gold, p.predicted));
  });
  for (const [half, list] of Object.entries(halves)) {
    console.log(`PolNeAR dev, ${half} half (${list.length} articles):`);
    for (const line of report(sumScores(list))) console.log(`  ${line}`);
  }
  console.log(`extract stage speed: ${Math.round(words / (ms / 1000)).toLocaleString('en-US')} words/s over ${words} words`);
}

if (import.meta.main) main();
