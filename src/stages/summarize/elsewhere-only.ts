import type { Entity, Evidence, Fact, SegmentedArticle, Token } from '../../model/index.ts';
import { clockAt } from '../../text/clock.ts';
import { fold } from '../../text/normalise.ts';
import type { ClaimFigure } from '../../text/quantities.ts';
import { type Mention, mentionAt, mentionIndex } from '../compare/mentions.ts';
import type { ClaimDate } from '../compare/support/dates.ts';
import type { Reading } from '../compare/support/index.ts';
import { isDateWord } from '../compare/support/relations.ts';
import type { HeldElsewhere } from './elsewhere-details.ts';
import { type Detail, restShare, withoutDetails } from './elsewhere-rest.ts';
import { reportFrame } from './frame.ts';
import { ONLY_HERE_REST_MIN } from './patterns.ts';

/** What telling a fact's details apart needs: who holds what elsewhere, and the extract stage's names. */
export interface DetailContext {
  readonly held: HeldElsewhere;
  /** The extract stage's mentions of an article's entities, in text order. */
  readonly mentions: (articleId: string) => readonly Mention[];
  /** Whether a source not in `own` tells figure `f` (its value, or the same count). */
  readonly figureHeld: (f: ClaimFigure, own: ReadonlySet<string>) => boolean;
}

const isNameToken = (t: Token, a: Reading): boolean =>
  t.pos === 'PROPN' && /\p{L}{2}/u.test(t.text) && a.nameWords.has(fold(t.text));

// the runs of a reading's name tokens (a title cut short, a day or a month ends a run)
function nameRuns(a: Reading): number[][] {
  const runs: number[][] = [];
  let run: number[] = [];
  a.claim.tokens.forEach((t, k) => {
    const w = fold(t.text);
    if (isNameToken(t, a) && !isDateWord(w) && !w.endsWith('.')) run.push(k);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs;
}

// whether token k follows a number with no space between ("3.2MP")
const glued = (tokens: readonly Token[], k: number): boolean => {
  const before = tokens[k - 1];
  return before !== undefined && /\d$/.test(before.text) && before.end === (tokens[k] as Token).start;
};

// whether folded `words` are written at tokens k, k + 1, … (all within the tokens)
const writtenAt = (tokens: readonly Token[], k: number, words: readonly string[]): boolean =>
  k >= 0 &&
  k + words.length <= tokens.length &&
  words.every((w, j) => fold((tokens[k + j] as Token).text) === w);

// a figure's tokens with its qualifier's just before them ("less than" a week, "about" 400)
function withQualifier(a: Reading, f: ClaimFigure, at: number[]): number[] {
  const first = at[0];
  if (!f.qualifier || first === undefined) return at;
  const words = f.qualifier.split(/\s+/);
  const from = first - words.length;
  return writtenAt(a.claim.tokens, from, words) ? [...words.map((_, j) => from + j), ...at] : at;
}

// a figure's tokens with the noun it counts, one or two words after it ("four more boys", "26 miles")
function withCounted(a: Reading, f: ClaimFigure, at: number[]): number[] {
  const last = at[at.length - 1];
  if (last === undefined) return at;
  const { tokens, tokenStems } = a.claim;
  for (let k = last + 1; k <= last + 2 && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
    if (t.pos === 'NOUN' && (tokenStems[k] === f.counts || f.unit !== null))
      return [...at, ...Array.from({ length: k - last }, (_, j) => last + 1 + j)];
  }
  return at;
}

// the tokens of a date as its reading writes it ("dec. 26", "friday"), looked for word by word
function dateTokens(a: Reading, d: ClaimDate): number[] {
  const words = d.written.split(/\s+/);
  for (let k = 0; k + words.length <= a.claim.tokens.length; k++)
    if (writtenAt(a.claim.tokens, k, words)) return words.map((_, j) => k + j);
  return [];
}

/**
 * The details of single-source fact `a` that no other source of the story holds anywhere: a name
 * (every word of it, and its entity, told by no source outside `own`; who reports the fact aside),
 * a figure no other source gives (`figureHeld`), a date no other source states (one counted from the
 * day of writing, "this week", is no such detail: it dates every article alike). Each with the
 * tokens that tell it, so that the rest of the fact can be read without them (`withoutDetails`).
 */
export function detailsOnlyHere(a: Reading, own: ReadonlySet<string>, context: DetailContext): Detail[] {
  const { held, mentions, figureHeld } = context;
  const tokens = a.claim.tokens;
  const frame = reportFrame(a).names;
  const ofArticle = mentions(a.claim.articleId);
  const out: Detail[] = [];
  for (const run of nameRuns(a)) {
    const words = run.map((k) => fold((tokens[k] as Token).text));
    if (words.some((w) => frame.has(w))) continue;
    const ids = run.flatMap((k) => mentionAt(ofArticle, tokens[k] as Token)?.id ?? []);
    // a capital the sentence's first place gives, naming nothing the extract stage found ("Word has
    // it that …"), and a unit glued to its number ("3.2MP") are no names
    if ((run[0] === 0 && !ids.length) || glued(tokens, run[0] as number)) continue;
    const told = (w: string) => held.name(`n:${w}`, own) || held.name(`w:${w}`, own);
    if (words.some(told) || ids.some((id) => held.name(`e:${id}`, own))) continue;
    out.push({ kind: 'name', at: run });
  }
  for (const f of a.claim.figures) {
    const told = tokens.flatMap((t, k) => (t.start >= f.span.start && t.end <= f.span.end ? [k] : []));
    // a time of day is written in many ways ("1100 hrs IST" / "around 11 am (IST)"): no detail here
    if (figureHeld(f, own) || told.some((k) => clockAt(tokens, k))) continue;
    const at = withQualifier(a, f, told);
    if (at.length && !out.some((d) => d.at.some((k) => at.includes(k))))
      out.push({ kind: 'figure', at, shown: withCounted(a, f, at), figure: f });
  }
  for (const d of a.dates) {
    if (d.deictic || d.reported || held.date(d, own)) continue;
    const at = dateTokens(a, d);
    if (at.length && !out.some((x) => x.at.some((k) => at.includes(k))))
      out.push({ kind: 'date', at, date: d });
  }
  return out.sort((x, y) => (x.at[0] as number) - (y.at[0] as number));
}

/** The extract stage's mentions of each article's entities, indexed when first asked. */
export function lazyMentions(entities: readonly Entity[]): (articleId: string) => readonly Mention[] {
  let index: ReadonlyMap<string, readonly Mention[]> | undefined;
  return (articleId) => {
    index ??= mentionIndex(entities);
    return index.get(articleId) ?? [];
  };
}

/** A detail as its article writes it ("Varnland", "$4.2 million", "March 3"). */
export function detailText(a: Reading, d: Detail, articles: readonly SegmentedArticle[]): string {
  const at = d.shown ?? d.at;
  const first = a.claim.tokens[at[0] as number] as Token;
  const last = a.claim.tokens[at[at.length - 1] as number] as Token;
  const text = articles.find((x) => x.article.id === a.claim.articleId)?.article.text;
  return (text?.slice(first.start, last.end) ?? at.map((k) => (a.claim.tokens[k] as Token).text).join(' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The numbers a sentence writes in digits, read plainly, a thousands separator a scraper spaced
 * ("10, 000") or left out ("10000") read as one number: what tells that another source gives a
 * figure the shared reader reads otherwise (a figure held this way is no detail of one source).
 */
export function writtenNumbers(text: string): ReadonlySet<number> {
  const joined = text.replace(/(\d),\s?(?=\d{3}(?!\d))/g, '$1');
  return new Set([...joined.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
}

/** What `detailsTold` needs: the readings, the details' context, and whether the rest of a fact is told. */
export interface DetailsToldContext extends DetailContext {
  readonly read: (evidence: Evidence) => Reading | null;
  readonly idf: ReadonlyMap<string, number>;
  readonly articles: readonly SegmentedArticle[];
  /** Whether another source tells `rest`, the reading of the fact's sentence at `e` less some details. */
  readonly restTold: (e: Evidence, rest: Reading, own: ReadonlySet<string>) => boolean;
}

/**
 * The details of a single-source fact (as its sentence writes them) that keep it listed: details no
 * other source gives (`detailsOnlyHere`), without which the rest of the fact is told elsewhere
 * (`restTold`, of a rest that keeps ONLY_HERE_REST_MIN of its terms), each one needed (one the rest is
 * told with is no reason: "… less than a week after the Varnland engineer was put forward" / "…
 * her nomination … has been withdrawn": both, the day count and the place). [] when there are none.
 */
export function detailsTold(context: DetailsToldContext): (fact: Fact, own: ReadonlySet<string>) => string[] {
  const { read, idf, articles, mentions, restTold } = context;
  return (fact, own) => {
    for (const e of fact.evidence) {
      const a = read(e);
      let found = a ? detailsOnlyHere(a, own, context) : [];
      if (!a || !found.length) continue;
      const told = (without: readonly Detail[]): boolean => {
        const rest = withoutDetails(a, without, mentions(a.claim.articleId));
        return !!rest && restShare(a, rest, idf) >= ONLY_HERE_REST_MIN && restTold(e, rest, own);
      };
      if (!told(found)) continue;
      for (const d of [...found]) {
        const others = found.filter((x) => x !== d);
        if (others.length && told(others)) found = others;
      }
      return found.map((d) => detailText(a, d, articles));
    }
    return [];
  };
}
