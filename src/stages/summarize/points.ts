import type { Conflict, Evidence, Fact, Point } from '../../model/index.ts';
import type { Candidate } from './candidates.ts';
import { COPY_MIN_SHARED_WORDS } from './patterns.ts';
import { standaloneText } from './repair.ts';
import { overlaps } from './spans.ts';
import type { Support } from './support.ts';

const articlesOf = (evidence: readonly Evidence[]): string[] => [
  ...new Set(evidence.map((e) => e.articleId)),
];

// A sentence's words, case and punctuation aside.
const wordsOf = (text: string): Set<string> => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu));

// Whether two sentences are one as copies carry it: most of their words shared (an edited day aside)
// and every number ("at about 9:30 a.m." and "at about 7:30 a.m." are two).
function copied(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  let shared = 0;
  for (const w of a)
    if (b.has(w)) shared++;
    else if (/\d/.test(w)) return false;
  for (const w of b) if (/\d/.test(w) && !a.has(w)) return false;
  return shared >= COPY_MIN_SHARED_WORDS * (a.size + b.size - shared);
}

/**
 * The single-source facts that stand alone, a sentence that copies of one source repeat (syndicated,
 * each article its own fact, as the support check states no time told from an unknown day of
 * writing: "this morning") made one: the first with the evidence of all, and all its facts.
 */
function copiesJoined(facts: readonly Fact[]): { f: Fact; i: number; all: Fact[] }[] {
  type Entry = { f: Fact; i: number; all: Fact[]; words: Set<string> };
  const out: Entry[] = [];
  // the entries by source, then by their first article, in the order made: a copy is looked for among
  // its own source's only, and not among those of an article it is in (two sentences of one article
  // are never copies of each other), so one long article's sentences are not each compared with all
  // the others before them
  const bySource = new Map<string, Map<string, Entry[]>>();
  facts.forEach((f, i) => {
    const text = f.status === 'single-source' ? standaloneText(f.text) : null;
    if (!text) return;
    const source = f.sources[0] ?? f.evidence[0]?.articleId ?? '';
    const words = wordsOf(text);
    let ofSource = bySource.get(source);
    if (!ofSource) {
      ofSource = new Map();
      bySource.set(source, ofSource);
    }
    const articles = new Set(f.evidence.map((e) => e.articleId));
    // the first made of another article's
    let same: Entry | undefined;
    for (const [first, entries] of ofSource) {
      if (articles.has(first)) continue;
      const found = entries.find(
        (o) => !o.f.evidence.some((e) => articles.has(e.articleId)) && copied(o.words, words),
      );
      if (found && (same === undefined || found.i < same.i)) same = found;
    }
    if (!same) {
      const entry = { f: { ...f, text }, i, all: [f], words };
      out.push(entry);
      const first = f.evidence[0]?.articleId ?? '';
      const ofFirst = ofSource.get(first);
      if (ofFirst) ofFirst.push(entry);
      else ofSource.set(first, [entry]);
      return;
    }
    const cited = new Set(same.f.evidence.map((e) => e.articleId));
    same.f = {
      ...same.f,
      evidence: [...same.f.evidence, ...f.evidence.filter((e) => !cited.has(e.articleId))],
    };
    same.all.push(f);
  });
  return out;
}

/**
 * Points from the compare stage: its conflicts as disputed points, then up to `max` single-source facts
 * that stand alone and that no other source tells in part (`toldElsewhere`, asked only of the facts
 * about to be taken), outlets taking turns (each outlet's figures first, then facts naming entities).
 * A side of a difference to check is no such fact: another source gives another figure, day or account
 * of it ("Differences to check" shows both), so it is not told as one source's uncontested point.
 * A sentence copies of one source repeat is one point citing every copy. A point another source
 * tells but for a name, figure or date only its source gives names those details (`onlyHere`).
 */
export function pointsFromComparison(
  facts: readonly Fact[],
  conflicts: readonly Conflict[],
  max: number,
  toldElsewhere: ((fact: Fact) => boolean) & { onlyHere?: (fact: Fact) => readonly string[] } = () => false,
  differences: readonly Conflict[] = [],
): Point[] {
  const rank = (f: Fact): number => (f.figureIds.length ? 0 : f.entityIds.length ? 1 : 2);
  // (and a sentence telling a claim disputed: the disputed point cites it, with the claim)
  const sides = [
    ...differences.flatMap((d) => d.sides.flatMap((s) => s.evidence)),
    ...facts.flatMap((f) => (f.disputes ?? []).map((d) => d.evidence)),
  ];
  type Entry = { f: Fact; i: number; all: Fact[] };
  const byOutlet = new Map<string, Entry[]>();
  for (const entry of copiesJoined(facts)) {
    if (entry.f.evidence.some((e) => sides.some((s) => overlaps(e, s)))) continue;
    const outlet = entry.f.evidence[0]?.articleId ?? '';
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), entry]);
  }
  // take turns between outlets, so every outlet's own points are seen
  const queues = [...byOutlet.values()].map((q) => q.sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i));
  const taken: Entry[] = [];
  const left = queues.map((q) => q.values());
  while (taken.length < max && left.length) {
    for (let q = 0; q < left.length && taken.length < max; q++) {
      let next = (left[q] as Iterator<Entry>).next();
      // each outlet's next fact that no other source tells (in none of its copies)
      while (!next.done && next.value.all.some(toldElsewhere)) next = (left[q] as Iterator<Entry>).next();
      if (next.done) left.splice(q--, 1);
      else taken.push(next.value);
    }
  }
  const single: Point[] = taken
    .sort((a, b) => a.i - b.i)
    .map(({ f }) => {
      const onlyHere = toldElsewhere.onlyHere?.(f) ?? [];
      return {
        text: f.text,
        kind: 'single-source' as const,
        articleIds: articlesOf(f.evidence),
        citations: [...f.evidence],
        ...(onlyHere.length ? { onlyHere: [...onlyHere] } : {}),
      };
    });
  const disputed: Point[] = conflicts.map((c) => {
    const evidence = c.sides.flatMap((s) => s.evidence);
    return {
      text: `${c.about}: ${c.sides.map((s) => s.claim).join(' vs. ')}`,
      kind: 'disputed',
      articleIds: articlesOf(evidence),
      citations: evidence,
    };
  });
  // a conflicting fact not already shown as a conflict
  const shown = new Set(disputed.flatMap((p) => p.citations.map((e) => `${e.articleId}:${e.span.start}`)));
  const conflicting: Point[] = facts
    .filter(
      (f) =>
        f.status === 'conflicting' && !f.evidence.some((e) => shown.has(`${e.articleId}:${e.span.start}`)),
    )
    .map((f) => {
      // a claim an article tells disputed says by whom, and cites the sentences that tell the dispute
      const told = [...f.evidence, ...(f.disputes ?? []).map((d) => d.evidence)];
      return { text: disputedText(f), kind: 'disputed', articleIds: articlesOf(told), citations: told };
    });
  return [...disputed, ...conflicting, ...single];
}

// "The mill passed its inspection: disputed by the union" (who disputes, once each, as first named).
function disputedText(f: Fact): string {
  const by = new Map<string, string>();
  for (const d of f.disputes ?? []) {
    const key = d.by?.replace(/^the\s+/i, '').toLowerCase();
    if (d.by && key && !by.has(key)) by.set(key, d.by);
  }
  if (!f.disputes?.length) return f.text;
  return `${f.text.replace(/[.\s]+$/, '')}: disputed${by.size ? ` by ${[...by.values()].join(', ')}` : ''}`;
}

/**
 * Single-source points found without the compare stage: sentences with a figure that no other
 * independent source supports, earliest first within each article, at most `max`.
 */
export function pointsFromSupport(
  candidates: readonly Candidate[],
  supportOf: (c: Candidate) => Support,
  max: number,
): Point[] {
  return candidates
    .filter((c) => c.hasFigure && c.standalone && c.words >= 6 && supportOf(c).sources.size === 1)
    .sort((a, b) => a.position - b.position || a.order - b.order)
    .slice(0, max)
    .sort((a, b) => a.order - b.order || a.sentenceIndex - b.sentenceIndex)
    .map((c) => {
      const citations = [...supportOf(c).citations];
      return {
        text: c.standalone?.text ?? c.text,
        kind: 'single-source',
        articleIds: articlesOf(citations),
        citations,
      };
    });
}
