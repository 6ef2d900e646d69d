// A figure told otherwise across outlets is an update, not a disagreement, when the values are
// ordered in time: every article giving an older value was published before every article giving a
// newer one, and some article of a newer value tells it as a change ("has risen to four", "revised to
// 310", "now") or as where it stands since ("about 300 remain out of their homes"), or gives the
// older value as the count it replaced ("The coast guard's earlier count was 140"). A reader then
// sees "Updated: 2 → 4", not outlets differing.
import type { Conflict, SegmentedArticle, Sentence, Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { numberAt } from '../../text/number-at.ts';
import { sentenceFigures } from '../../text/quantities.ts';
import { EARLIER_VALUE_CUES, STILL_CUES, UPDATE_CUES } from './data/update-cues.ts';
import { before, firstPublished } from './difference-times.ts';
import { sameFamily } from './support/measures.ts';

type Difference = Omit<Conflict, 'id'>;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z]+/g) ?? [];

/** Whether a sentence tells its value as a change of an earlier one (a cue of data/update-cues.ts). */
export function toldAsChange(text: string, cues = UPDATE_CUES): boolean {
  const words = wordsOf(text);
  return words.some((_, i) => cues.some((cue) => cue.every((w, k) => words[i + k] === w)));
}

// The numbers a sentence gives: its figures, and a bare number the figures leave out because it
// counts no noun of its own ("has risen to four,"), each read once from its first word ("twenty-four"
// is 24, not 24 and 4).
function valuesIn(sentence: Sentence): number[] {
  const out = sentenceFigures(sentence).map((f) => f.value);
  for (let i = 0; i < sentence.tokens.length; i++) {
    const bare = numberAt(sentence.tokens, i, { bare: true });
    if (!bare) continue;
    out.push(bare.value);
    i = Math.max(i, bare.end - 1);
  }
  return out;
}

/**
 * Whether one of `values` in a sentence's (or clause's) tokens is told as where it stands since in
 * its own clause (a STILL cue between the commas, semicolons, 'and' or 'but' around it: "About 300
 * residents remain out of their homes"), not in another one ("About 250 residents were evacuated,
 * and the road is still closed", "…, whose causes remain unclear": the count is no state since). Read
 * by the differences' update marks and by the omissions' earlier state (omissions.ts), alike.
 */
export function stillOfValue(tokens: readonly Token[], values: ReadonlySet<number>): boolean {
  const bound = (i: number) =>
    /^[,;]$/.test(tokens[i]?.text ?? '') || /^(and|but)$/.test(tokens[i]?.norm ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const read = numberAt(tokens, i, { bare: true });
    if (!read) continue;
    if (values.has(read.value)) {
      let from = i;
      while (from > 0 && !bound(from - 1)) from--;
      let to = read.end;
      while (to < tokens.length && !bound(to)) to++;
      const clause = tokens
        .slice(from, to)
        .map((t) => t.text)
        .join(' ');
      if (toldAsChange(clause, STILL_CUES)) return true;
    }
    i = Math.max(i, read.end - 1);
  }
  return false;
}

// Whether a sentence is of the difference's measure: it lies in a side's cited sentence, or holds a
// word of what the difference is about ("killed" in "The number of people killed … has risen to
// four") or of that word's family of one measure (text/data/measure-words.ts: "The death toll has
// risen to four" where the sides say "killed"), so that "Ferries now run four times a day" is no
// update of a toll of four, nor "the number injured has risen to four" of a toll of the dead.
function ofMeasure(d: Difference, articleId: string, sentence: Sentence, text: string): boolean {
  const cited = d.sides.some((s) =>
    s.evidence.some(
      (e) => e.articleId === articleId && e.span.start < sentence.end && e.span.end > sentence.start,
    ),
  );
  if (cited) return true;
  return sameFamily(wordsOf(text), new Set(wordsOf(d.about.replace(/\([^)]*\)/g, '')).map(stem)));
}

// A side's value as a key: two sides of one value are one step of the history.
const valueKey = (s: Difference['sides'][number]) => `${s.value?.number} ${s.value?.unit ?? ''}`;

/**
 * The difference marked `update` where its values follow each other in time (every article of a
 * value before every article of the next; every article timed) and a sentence published after the
 * first value's articles tells a newer value as a change (or, with `still`, as where it stands since:
 * STILL_CUES; not for the counts paired by no judge, whose sides may count two things: "employs
 * about 180 people" / "about 300 people remain out of their homes"); other differences as they are.
 */
export function markUpdate(d: Difference, articles: readonly SegmentedArticle[], still = true): Difference {
  if (d.kind !== 'figure' || d.sides.length < 2 || !d.sides.every((s) => s.value && s.told?.length)) return d;
  // each value with the times of its articles, in the order of its first article
  const byValue = new Map<string, { number: number; times: (string | null)[] }>();
  for (const s of d.sides) {
    const step = byValue.get(valueKey(s)) ?? { number: s.value?.number ?? Number.NaN, times: [] };
    step.times.push(...(s.told ?? []).map((t) => t.publishedAt));
    byValue.set(valueKey(s), step);
  }
  const steps = [...byValue.values()].sort((x, y) => firstPublished(x.times) - firstPublished(y.times));
  if (steps.length < 2 || steps.some((st) => Number.isNaN(firstPublished(st.times)))) return d;
  const ordered = steps.every(
    (st, k) => k === 0 || (steps[k - 1]?.times ?? []).every((b) => st.times.every((a) => before(b, a))),
  );
  if (!ordered) return d;
  // a sentence of the measure, after the first value's articles, telling a newer value as a change
  const oldest = steps[0]?.times ?? [];
  const newer = new Set(steps.slice(1).map((st) => st.number));
  // (an article a newer side cites, that gives the oldest value as the count it replaced: "The coast
  // guard's earlier count was 140" beside its 152)
  const first = steps[0]?.number;
  const newerSide = (articleId: string) =>
    d.sides.some(
      (s) => newer.has(s.value?.number ?? Number.NaN) && s.evidence.some((e) => e.articleId === articleId),
    );
  const change = articles.some(
    (a) =>
      oldest.every((b) => before(b, a.article.publishedAt ?? null)) &&
      a.sentences.some((sentence) => {
        const text = a.article.text.slice(sentence.start, sentence.end);
        if (
          newerSide(a.article.id) &&
          toldAsChange(text, EARLIER_VALUE_CUES) &&
          valuesIn(sentence).some((v) => v === first)
        )
          return true;
        return (
          (toldAsChange(text) || (still && stillOfValue(sentence.tokens, newer))) &&
          valuesIn(sentence).some((v) => newer.has(v)) &&
          ofMeasure(d, a.article.id, sentence, text)
        );
      }),
  );
  return change ? { ...d, update: true } : d;
}
