// For the summarize tests: invented articles made one story, extracted, compared and summarized.
import assert from 'node:assert/strict';
import { createContext } from '../../model/index.ts';
import { readArticles } from '../../pipeline.ts';
import { readSentences } from '../compare/support/index.ts';
import { comparedStory, segmented } from '../compared-story.ts';
import { segment } from '../segment/index.ts';
import { buildCandidates, type Candidate } from './candidates.ts';
import { summarize } from './index.ts';
import { judgedOnce } from './judged.ts';
import { DEFAULT_CONTESTED_TERMS } from './lexicon.ts';
import { senseCheck } from './senses.ts';
import { contestedMatcher } from './text.ts';

/** The candidate made of an invented article's last sentence (earlier sentences give it context). */
export function lastCandidate(title: string, text: string): Candidate | undefined {
  const ctx = createContext();
  const bytes = new TextEncoder().encode(JSON.stringify({ title, text }));
  const [doc] = readArticles([{ path: 'one.json', bytes }], {}, ctx).map((a) => segment()(a, ctx));
  assert.ok(doc);
  const candidates = buildCandidates([doc], {
    entities: [],
    findContested: contestedMatcher(DEFAULT_CONTESTED_TERMS),
    inSense: senseCheck(DEFAULT_CONTESTED_TERMS),
  });
  return candidates[candidates.length - 1];
}

/**
 * Invented articles segmented, made one story, extracted, compared and summarized in `words` words:
 * the articles, the summarize input and comparison, and the summary.
 */
export function summarized(docs: readonly object[], words: number) {
  const ctx = createContext();
  const articles = segmented(docs, ctx);
  const { input, comparison } = comparedStory(articles, ctx);
  return { articles, input, comparison, out: summarize({ words })({ ...input, ...comparison }, ctx) };
}

/**
 * Asserts that invented articles made one story list no single-source point matching `told` (another
 * outlet tells it) and one matching each of `own` (what one outlet alone tells stays listed).
 */
export function assertToldElsewhere(docs: readonly object[], told: RegExp, own: readonly RegExp[]): void {
  const points = summarized(docs, 60)
    .out.points.filter((p) => p.kind === 'single-source')
    .map((p) => p.text);
  const all = points.join(' | ');
  assert.deepEqual(
    points.filter((t) => told.test(t)),
    [],
    all,
  );
  for (const re of own)
    assert.ok(
      points.some((t) => re.test(t)),
      `${re} not listed: ${all}`,
    );
}

/**
 * Invented articles made one story, a reader of its sentences as the support judge reads them (the
 * sentence holding `part`; it fails when none holds it or it reads as no claim), and the story's IDF.
 */
export function sentenceReader(docs: readonly object[]) {
  const { articles, input, comparison } = summarized(docs, 60);
  const full = { ...input, ...comparison };
  const judged = judgedOnce(full);
  const read = (part: string) => {
    for (const a of articles)
      for (const s of a.sentences) {
        if (!a.article.text.slice(s.start, s.end).includes(part)) continue;
        const r = judged.read({ articleId: a.article.id, span: { start: s.start, end: s.end } });
        assert.ok(r, part);
        return r;
      }
    throw new Error(`no sentence holds ${part}`);
  };
  return { read, idf: readSentences(full).idf };
}

/**
 * Asserts that every summary sentence giving a value `values` matches is told as its outlets' with the
 * other values beside it: "According to …, …" right before "Reports differ: … (see Differences to
 * check)." or, where most outlets give its value, "One outlet, …, gives … (see Differences to check)."
 * (or before "… also give(s) <its value>." and the note), the note citing other articles than the
 * sentence; and that some is.
 */
export function assertToldBeside(
  summary: readonly {
    readonly text: string;
    readonly citations: readonly { readonly articleId: string }[];
  }[],
  values: RegExp,
): void {
  const all = summary.map((s) => s.text).join(' | ');
  let told = 0;
  const alsoGiven = /^[^,]+ also gives? [^,]+\.$/;
  const noted =
    /^(Reports differ: .+|(One outlet, .+, g|Another report g)ives .+) \(see Differences to check\)\.$/;
  summary.forEach((s, i) => {
    if (!values.test(s.text) || noted.test(s.text) || alsoGiven.test(s.text)) return;
    // (where more reports give its value, a sentence naming them may come between)
    const note = alsoGiven.test(summary[i + 1]?.text ?? '') ? summary[i + 2] : summary[i + 1];
    assert.match(s.text, /^According to /, all);
    assert.match(note?.text ?? '', noted, all);
    assert.match(note?.text ?? '', values, all);
    const own = new Set(s.citations.map((c) => c.articleId));
    assert.ok(note?.citations.length && note.citations.every((c) => !own.has(c.articleId)), all);
    told++;
  });
  assert.ok(told > 0, `no sentence gives ${values}: ${all}`);
}
