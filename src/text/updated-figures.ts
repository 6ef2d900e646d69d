// A live-updated article's figures that its "Update:" item changes: "UPDATED 18:40: Police now say
// three people have died …" above a body that still says "Two people died when the river burst its
// banks". The body's value was told when it was written and the update's replaces it: a change to
// show ("2 → 3"), never a contradiction, and the body's sentence no current value to summarise.
// One reading for every stage: compare lists the change with the article's notes, the summary leaves
// the body's sentence out.
import type { SegmentedArticle, Sentence, Span } from '../model/index.ts';
import { UPDATE_NEUTRAL_WORDS } from './data/editors-notes.ts';
import { MEASURE_WORDS } from './data/measure-words.ts';
import { noteSentences, updateItems } from './editors-notes.ts';
import { isContentWord, stem } from './normalise.ts';
import { NUMBER_RE } from './patterns.ts';
import { sentenceFigures } from './quantities.ts';
import { type ClaimFigure, sameCounted, sameUnit } from './quantities-agree.ts';

/** A value of an article's body that its own "Update:" item gives anew. */
export interface UpdatedFigure {
  /** The sentence index of the update item, and the value it gives now, as written ("three"). */
  readonly update: number;
  readonly now: string;
  readonly nowSpan: Span;
  /** The sentence index of the body's sentence that gives the earlier value, and that value as written ("Two"). */
  readonly sentence: number;
  readonly was: string;
  readonly wasSpan: Span;
  /** The earlier value read, and the stems of the update figure's clause it was matched by. */
  readonly wasFigure: ClaimFigure;
  readonly words: ReadonlySet<string>;
}

const NEUTRAL = new Set(UPDATE_NEUTRAL_WORDS.map(stem));
// a word of a measure stands for it too ("killed" and "died" both tell deaths)
const MEASURE_OF = new Map(
  Object.entries(MEASURE_WORDS).flatMap(([m, words]) => words.map((w) => [stem(w), `measure:${m}`] as const)),
);
const READ = new WeakMap<SegmentedArticle['sentences'], readonly UpdatedFigure[]>();

// The content stems of tokens [from, to) of a sentence, no number, verb of saying or counted noun,
// with the measure each tells.
const stemsOf = (s: Sentence, from: number, to: number, counted: string | null): Set<string> =>
  new Set(
    s.tokens
      .filter((t) => t.start >= from && t.start < to && isContentWord(t) && !NUMBER_RE.test(t.text))
      .map((t) => stem(t.text))
      .filter((w) => !NEUTRAL.has(w) && (counted === null || !sameCounted(w, counted)))
      .flatMap((w) => [w, ...(MEASURE_OF.has(w) ? [MEASURE_OF.get(w) as string] : [])]),
  );

// Whether `g` in sentence `s` counts the thing update figure `f` counts (unit, rate, counted noun),
// with one of `words`, the stems of f's clause.
function sameThing(f: ClaimFigure, g: ClaimFigure, words: ReadonlySet<string>, s: Sentence): boolean {
  return (
    f.counts !== null &&
    g.counts !== null &&
    sameCounted(g.counts, f.counts) &&
    sameUnit(g, f) &&
    g.rate === f.rate &&
    [...stemsOf(s, s.start, s.end, g.counts)].some((w) => words.has(w))
  );
}

/**
 * Whether a sentence of the story gives, as the value of a thing an article's update gives anew, the
 * value that update replaced ("Two people died …" of another outlet, beside the Post's "now say three
 * people have died"): the story's latest word on it is the update's, so the sentence tells no
 * current value.
 */
export function givesReplacedValue(articles: readonly SegmentedArticle[]): (sentence: Sentence) => boolean {
  const changes = articles.flatMap((doc) => updatedFigures(doc));
  if (!changes.length) return () => false;
  return (s) =>
    sentenceFigures(s).some((g) =>
      changes.some((c) => g.value === c.wasFigure.value && sameThing(c.wasFigure, g, c.words, s)),
    );
}

/**
 * The figures of `doc`'s body that its "Update:" items give anew: an update's figure that counts a
 * thing (its unit and rate the same), and the one other value the body gives for that thing in a
 * sentence with a word of the update figure's clause (its words up to the next figure: "people have
 * died" → died) besides the counted noun. Unsure (the body gives two values, or none with such a
 * word), nothing. Read once per article.
 * @example
 * updatedFigures(doc) // [{ update: 0, now: 'three', sentence: 1, was: 'Two', … }]
 */
export function updatedFigures(doc: SegmentedArticle): readonly UpdatedFigure[] {
  const known = READ.get(doc.sentences);
  if (known) return known;
  const items = updateItems(doc);
  const out: UpdatedFigure[] = [];
  if (items.length) {
    const skip = new Set([...items, ...noteSentences(doc)]);
    const body = doc.sentences.flatMap((s, i) =>
      skip.has(i) ? [] : sentenceFigures(s).map((f) => ({ s, i, f })),
    );
    const { text } = doc.article;
    for (const update of items) {
      const s = doc.sentences[update] as Sentence;
      const figures = sentenceFigures(s);
      figures.forEach((f, k) => {
        if (f.counts === null) return;
        const clauseEnd = figures[k + 1]?.span.start ?? s.end;
        const words = stemsOf(s, f.span.end, clauseEnd, f.counts);
        const earlier = body.filter(({ s: b, f: g }) => sameThing(f, g, words, b));
        const first = earlier[0];
        if (!first || earlier.some((e) => e.f.value !== first.f.value) || first.f.value === f.value) return;
        out.push({
          update,
          now: text.slice(f.span.start, f.span.end),
          nowSpan: f.span,
          sentence: first.i,
          was: text.slice(first.f.span.start, first.f.span.end),
          wasSpan: first.f.span,
          wasFigure: first.f,
          words,
        });
      });
    }
  }
  READ.set(doc.sentences, out);
  return out;
}
