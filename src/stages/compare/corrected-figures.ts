// What a correction of a figure gives in place of the wrong one (newuser21 #7): "Correction: An
// earlier version of this page said 2,100 schools had closed. The Education Ministry's figure is
// 1,200 schools fully closed; the union says 1,850 were closed or partly closed." The report showed
// the first sentence alone, with no value given instead and no link to the rows of the story that give
// it; here the values given instead are read, in the note or in the sentences after it in its
// paragraph, each with the story's facts and figures that hold it in that article.
import type { CorrectedValue, Fact, Figure, SegmentedArticle, Sentence } from '../../model/index.ts';
import { NOT_BEFORE, WRONG_CLAUSE_END, WRONG_CUE } from '../../text/data/editors-notes.ts';
import type { EditorsNoteReading } from '../../text/editors-notes.ts';
import { isContentWord, stem } from '../../text/normalise.ts';
import { type ClaimFigure, sameCounted, sameUnit, sentenceFigures } from '../../text/quantities.ts';

// how many sentences after a note, in its paragraph, may give the value instead (as text/editors-notes.ts)
const AFTER_NOTE = 2;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * The value a correction calls wrong and the values of that measure its article gives instead, or
 * null: the wrong one is the note's figure in the clause after its cue ("said 2,100 schools had
 * closed") or after "not", one value only; the ones instead are the other values of one unit and
 * counted thing (where both say what they count) in the note or the sentences after it in its
 * paragraph. Each with the facts whose sentence in this article holds it, and the story's figures
 * found there.
 * @example
 * correctedFigures(doc, note, facts, figures)?.right.map((r) => r.value) // ['1,200 schools', '1,850']
 */
export function correctedFigures(
  doc: SegmentedArticle,
  note: EditorsNoteReading,
  facts: readonly Fact[],
  figures: readonly Figure[],
): CorrectedValue | null {
  if (note.kind !== 'correction') return null;
  const { article, sentences } = doc;
  const text = article.text;
  const cues = [...text.slice(note.start, note.end).matchAll(WRONG_CUE)].map(
    (m) => note.start + m.index + m[0].length,
  );
  const isWrong = (f: ClaimFigure): boolean =>
    (f.span.start >= note.start && NOT_BEFORE.test(text.slice(note.start, f.span.start))) ||
    cues.some((at) => at <= f.span.start && !WRONG_CLAUSE_END.test(text.slice(at, f.span.start)));
  const last = note.sentences[note.sentences.length - 1] ?? -1;
  const paragraph = sentences[last]?.paragraph;
  const after = [1, 2, 3]
    .slice(0, AFTER_NOTE)
    .map((k) => last + k)
    .filter((k) => sentences[k]?.paragraph === paragraph);
  const read = [...note.sentences, ...after].map((k) => sentences[k] as Sentence);
  const told = read.flatMap((s) => sentenceFigures(s, figures, article.id).map((f) => ({ f, s })));
  const wrong = told.filter(({ f }) => isWrong(f));
  const bad = wrong[0]?.f;
  if (!bad || new Set(wrong.map(({ f }) => f.value)).size !== 1) return null;
  const sameThing = (f: ClaimFigure): boolean =>
    sameUnit(f, bad) &&
    f.rate === bad.rate &&
    (f.counts === null || bad.counts === null || sameCounted(f.counts, bad.counts));
  const badWords = clauseWords(told.find((t) => t.f === bad)?.s, bad.span);
  const right = told.filter(
    ({ f, s }) =>
      !isWrong(f) && f.value !== bad.value && sameThing(f) && sameClaim(badWords, clauseWords(s, f.span)),
  );
  if (!right.length) return null;
  return {
    wrong: text.slice(bad.span.start, bad.span.end),
    right: right.map(({ f, s }) => ({
      value: text.slice(f.span.start, f.span.end),
      evidence: { articleId: article.id, span: { start: s.start, end: s.end } },
      ...linked(article.id, f, facts, figures),
    })),
  };
}

// Words of a note's frame, not of what its figure tells ("An earlier version of this page said …").
const FRAME = new Set(
  'say said says report reported state stated version earlier previous page article story correction give gave'
    .split(' ')
    .map(stem),
);
// Words that make a clause a plain statement of the value ("The ministry's figure is 1,200 schools …").
const VALUE_WORDS = new Set(['figure', 'number', 'total', 'count', 'tally', 'toll'].map(stem));
const CLAUSE_END = new Set([';', ',', ':', '—', 'but']);

// The content words' stems of the clause of a sentence that holds a span, numbers left out.
function clauseWords(s: Sentence | undefined, span: { start: number; end: number }): Set<string> {
  if (!s) return new Set();
  const toks = s.tokens;
  let at = toks.findIndex((t) => t.end > span.start);
  if (at < 0) at = toks.length - 1;
  let a = at;
  while (a > 0 && !CLAUSE_END.has((toks[a - 1] as Sentence['tokens'][number]).norm)) a--;
  let b = at;
  while (b < toks.length - 1 && !CLAUSE_END.has((toks[b + 1] as Sentence['tokens'][number]).norm)) b++;
  // the counted thing right after the value is left out ("1,200 state schools"): every value of it shares that
  let c = toks.findIndex((t) => t.start >= span.end);
  if (c < 0) c = toks.length;
  while (c <= b && (toks[c]?.pos === 'NOUN' || toks[c]?.pos === 'ADJ')) c++;
  const words = toks
    .slice(a, b + 1)
    .filter((t) => t.end <= span.start || t.start >= (toks[c - 1]?.end ?? span.end));
  return new Set(words.filter((t) => t.pos !== 'NUM' && isContentWord(t)).map((t) => stem(t.norm)));
}

/**
 * Whether a value's clause tells what the wrong value's clause told: a word of it beyond the note's frame
 * and its counted thing both share ("said the ferry carried 140 people" / "It carried 152 people"), or a
 * plain statement of the value ("The ministry's figure is 1,200"); not another count of those people in
 * the same paragraph ("and 30 people were taken to hospital", review43 of 915d61bc).
 */
function sameClaim(wrong: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  for (const w of right) if (VALUE_WORDS.has(w) || (!FRAME.has(w) && wrong.has(w))) return true;
  return false;
}

// The story's figures found at the value, and the facts this article states that hold it: by a
// sentence of theirs holding the value, or by one of those figures (the same figure told elsewhere in
// the article: "The ministry says 1,200 state schools are fully closed").
function linked(
  articleId: string,
  f: ClaimFigure,
  facts: readonly Fact[],
  figures: readonly Figure[],
): { factIds: string[]; figureIds: string[] } {
  const figureIds = figures
    .filter((g) => g.occurrences.some((o) => o.articleId === articleId && overlaps(o.span, f.span)))
    .map((g) => g.id);
  const factIds = facts
    .filter((x) => {
      const mark = x.coverage[articleId];
      const here = [...x.evidence, ...(mark?.mark === 'supports' && mark.evidence ? [mark.evidence] : [])];
      return (
        here.some((e) => e.articleId === articleId && overlaps(e.span, f.span)) ||
        (mark?.mark === 'supports' && x.figureIds.some((id) => figureIds.includes(id)))
      );
    })
    .map((x) => x.id);
  return { factIds, figureIds };
}
