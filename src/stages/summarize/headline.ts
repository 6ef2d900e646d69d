import type { Fact, SegmentedArticle } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import { stemsOfText, titleStems } from './candidates.ts';
import { OPINION_WORDS } from './data/opinion-words.ts';
import { HEADLINE_MAX_WORDS, HEADLINE_MIN_WORDS } from './patterns.ts';
import { wordCount } from './text.ts';

/** What a headline is chosen from: the articles' titles, the consensus facts, the summary's first sentence. */
export interface HeadlineSources {
  readonly articles: readonly SegmentedArticle[];
  readonly facts: readonly Fact[];
  /** The summary's sentences, best first (used when there are no facts, and as a last resort). */
  readonly summary: readonly string[];
  /** The content stems of the summary's sentences, as read with their articles (else read again). */
  readonly summaryStems?: readonly (readonly string[])[];
  readonly findContested: (text: string) => readonly unknown[];
}

// A headline must not take sides: no contested term, no quotation, no question, no opinion word.
function neutral(text: string, findContested: HeadlineSources['findContested']): boolean {
  const words = wordCount(text);
  return (
    words >= HEADLINE_MIN_WORDS &&
    words <= HEADLINE_MAX_WORDS &&
    !/[“”"‘’?!]|'\s|\s'|^'|'$/.test(text) &&
    findContested(text).length === 0 &&
    !text
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .some((w) => OPINION_WORDS.has(w))
  );
}

// A relative clause set off by commas, and the first word after its closing comma.
const ENCLOSED_RELATIVE = /,\s+(?:who|which)\b[^,;—]*,\s+(\S+)/;

// Whether the end of a sentence is an attribution ("officials said", "according to police"): a few
// words, one of them a reporting verb.
function attribution(rest: string): boolean {
  const words = rest.split(/\s+/).filter(Boolean);
  return words.length <= 6 && words.some((w) => REPORTING_STEMS.has(stem(w.replace(/\W+$/, ''))));
}

// The main clause of a sentence, as a headline: cut at the first subordinate clause, no final stop.
// A relative clause set off by commas inside the main clause ("said the man, who had lost his job,
// walked into the party") is left out, not cut at, which would leave the clause without its verb.
function clauseOf(sentence: string): string {
  const inside = ENCLOSED_RELATIVE.exec(sentence);
  if (inside?.[1] && /^\p{Ll}/u.test(inside[1])) {
    const rest = sentence.slice(inside.index + inside[0].length - inside[1].length);
    if (!attribution(rest)) return clauseOf(`${sentence.slice(0, inside.index)} ${rest}`);
  }
  const clause =
    sentence.split(/,\s+(?:as|while|after|amid|which|who|according|saying|but)\b|;|\s—\s/)[0] ?? sentence;
  return clause.replace(/[.\s]+$/, '');
}

/**
 * A neutral headline for the story: the article title that best covers the consensus facts (or the
 * summary, without facts) and passes the neutrality checks; else the main clause of the best-supported
 * consensus fact that happened, or of a summary sentence, or of a planned or possible consensus fact;
 * null when none is neutral.
 */
export function chooseHeadline(sources: HeadlineSources): string | null {
  const consensus = sources.facts.filter((f) => f.status === 'consensus' || f.status === 'corroborated');
  const titles = sources.articles
    .filter(({ article: a }) => a.title && !a.titleInferred)
    .map((doc) => ({ doc, text: (doc.article.title as string).trim() }))
    .filter((t) => neutral(t.text, sources.findContested));
  // what the titles are weighed against (read only when there is a title to weigh)
  const reference = new Set(
    !titles.length
      ? []
      : consensus.length
        ? consensus.flatMap((f) => stemsOfText(f.text))
        : sources.summary.slice(0, 2).flatMap((text, i) => sources.summaryStems?.[i] ?? stemsOfText(text)),
  );
  if (titles.length && reference.size) {
    // the title's stems from its one reading (the headline's tokens, as every stage reads them)
    const coverage = (doc: SegmentedArticle) => {
      const stems = new Set(titleStems(doc));
      let shared = 0;
      for (const s of stems) if (reference.has(s)) shared++;
      return stems.size ? shared / Math.sqrt(stems.size) : 0;
    };
    const scored = titles.map((t) => ({ ...t, coverage: coverage(t.doc) }));
    const best = scored.sort((a, b) => b.coverage - a.coverage)[0];
    if (best && best.coverage > 0) return best.text;
  }
  // what happened first: a plan or a possibility ("said he would vote against the plan") is the
  // headline of a story only when nothing that happened is told
  const happened = consensus.filter((f) => f.modality === 'happened');
  const other = consensus.filter((f) => f.modality !== 'happened');
  for (const text of [...happened.map((f) => f.text), ...sources.summary, ...other.map((f) => f.text)]) {
    const clause = clauseOf(text);
    if (neutral(clause, sources.findContested)) return clause;
  }
  // a title whose only fault is its length or a colon-led kicker ("Analysis: ...")
  for (const title of sources.articles.map(
    ({ article: a }) => a.title?.replace(/^[^:]{1,30}:\s+/, '') ?? '',
  )) {
    const clause = clauseOf(title);
    if (neutral(clause, sources.findContested)) return clause;
  }
  return null;
}
