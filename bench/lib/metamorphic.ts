/**
 * The metamorphic audit of the support judge (bench/support-metamorphic.ts): the dev pairs the
 * judge calls supports, each evidence sentence edited in its own document by every kind of edit,
 * the story read again by the pipeline, and the pair judged again. Dev pairs only: a held-out pair
 * or story is refused. The bundled example is left out (its articles are read from their files).
 */
import { createContext, type Evidence, type SegmentedArticle } from '../../src/model/index.ts';
import { judgeEvidence, type Reading, readSentences } from '../../src/stages/compare/support/index.ts';
import { extract } from '../../src/stages/extract/index.ts';
import type { Named, PartTarget } from './perturb-parts.ts';
import type { Tok } from './perturb-verbs.ts';
import { halfOf, type SupportDoc, type SupportGroup, segmentGroup } from './support-data.ts';
import { storyOfPairs } from './support-judge.ts';
import { evidenceOf, type SupportPair, textOf } from './support-pairs.ts';

/** One dev pair the judge calls supports, ready to edit. */
export interface Case {
  readonly pair: SupportPair;
  readonly claim: Reading;
  readonly target: PartTarget;
  /** Where the evidence and claim sentences stand in their documents' raw text. */
  readonly evidenceRaw: { readonly doc: string; readonly start: number; readonly end: number };
  readonly claimRaw: { readonly doc: string; readonly start: number; readonly end: number };
  readonly claimText: string;
}

/** A story's dev pairs, its documents and the cases of it. */
export interface StoryCases {
  readonly group: SupportGroup;
  readonly docs: readonly SupportDoc[];
  readonly cases: readonly Case[];
  /** The story's named entities by kind, names with mention counts (for another participant). */
  readonly names: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

type Pool = (kind: string, not: readonly string[], story: string) => string | null;

const rawAt = (doc: SupportDoc, pointer: SupportPair['claim'], text: string) => {
  const start = doc.raw.slice(pointer.start, pointer.end) === text ? pointer.start : doc.raw.indexOf(text);
  return { doc: doc.docId, start, end: start + text.length };
};

/** Every dev pair of one story the judge calls supports, as a case to edit. */
export function casesOf(group: SupportGroup, pairs: readonly SupportPair[], pool: Pool): StoryCases {
  if (halfOf(group.story) !== 'dev' || pairs.some((p) => p.half !== 'dev'))
    throw new Error(`${group.story}: the metamorphic audit reads dev pairs only`);
  const { docs, articleOf, input } = storyOfPairs(group, pairs);
  const full = { ...input, ...extract()(input, createContext()) };
  const { find } = readSentences(full);
  const names = new Map<string, Map<string, number>>();
  for (const e of full.entities) {
    const byKind = names.get(e.kind) ?? new Map<string, number>();
    byKind.set(e.name, (byKind.get(e.name) ?? 0) + e.mentions.length);
    names.set(e.kind, byKind);
  }
  const cases: Case[] = [];
  for (const pair of pairs) {
    const cDoc = docs.find((d) => d.docId === pair.claim.doc);
    const eDoc = docs.find((d) => d.docId === pair.evidence.doc);
    const cText = cDoc ? textOf(pair.claim, cDoc.raw) : null;
    const eText = eDoc ? textOf(pair.evidence, eDoc.raw) : null;
    const cArt = articleOf.get(pair.claim.doc);
    const eArt = articleOf.get(pair.evidence.doc);
    if (!cDoc || !eDoc || cText === null || eText === null || !cArt || !eArt) continue;
    const c = evidenceOf(cText, cArt).evidence;
    const e = evidenceOf(eText, eArt).evidence;
    if (!c || !e || judgeEvidence(full, c, e).verdict !== 'supports') continue;
    const a = find(c);
    const b = find(e);
    if (!a || !b) continue;
    cases.push({
      pair,
      claim: a,
      target: targetOf(a, b, e, eArt, full.entities, (kind, not) =>
        pool(kind, [...not, ...a.nameWords, ...b.nameWords], group.story),
      ),
      evidenceRaw: rawAt(eDoc, pair.evidence, eText),
      claimRaw: rawAt(cDoc, pair.claim, cText),
      claimText: cText,
    });
  }
  return { group, docs, cases, names };
}

// The evidence sentence as the edits read it: its text, tokens and names local to it, its main verb.
function targetOf(
  a: Reading,
  b: Reading,
  e: Evidence,
  article: SegmentedArticle,
  entities: ReturnType<ReturnType<typeof extract>>['entities'],
  stranger: PartTarget['stranger'],
): PartTarget {
  const at = e.span.start;
  const text = article.article.text.slice(at, e.span.end);
  const tokens: Tok[] = b.claim.tokens
    .filter((t) => t.start >= at && t.end <= e.span.end)
    .map((t) => ({
      start: t.start - at,
      end: t.end - at,
      text: t.text,
      norm: t.norm,
      pos: t.pos,
      entity: t.entity,
    }));
  const offset = b.claim.tokens.findIndex((t) => t.start >= at);
  // the main verb: the first verb of the evidence that tells one of the claim's predicates
  const told = [...b.moods].filter(([stem]) => a.predicates.includes(stem)).map(([, m]) => m.at - offset);
  const verbs = told.filter((i) => tokens[i]?.pos === 'VERB').sort((x, y) => x - y);
  const inClaim = new Set(a.names.filter((n) => n.startsWith('e:')).map((n) => n.slice(2)));
  const named: Named[] = entities.flatMap((en) =>
    en.mentions
      .filter((m) => m.articleId === e.articleId && m.span.start >= at && m.span.end <= e.span.end)
      .map((m) => ({
        start: m.span.start - at,
        end: m.span.end - at,
        kind: en.kind,
        name: en.name,
        inClaim: inClaim.has(en.id),
      })),
  );
  named.sort((x, y) => x.start - y.start);
  return {
    text,
    tokens,
    verb: verbs[0] ?? null,
    claimNorms: new Set(a.claim.tokens.map((t) => t.norm)),
    claimExact: a.claim.figures.filter((f) => f.qualifier === null).map((f) => f.value),
    named,
    stranger,
  };
}

/** One edit of one case's evidence sentence. */
export interface Edit {
  readonly c: Case;
  readonly text: string;
}

// Group edits so each story reading holds several: no edited sentence is a claim of its group, and
// one sentence is edited once.
function rounds(edits: readonly Edit[]): Edit[][] {
  type Round = { edits: Edit[]; claims: Case['claimRaw'][]; done: Map<string, string> };
  const out: Round[] = [];
  const overlaps = (x: Case['claimRaw'], y: Case['claimRaw']) =>
    x.doc === y.doc && x.start < y.end && y.start < x.end;
  for (const edit of edits) {
    const key = `${edit.c.evidenceRaw.doc}:${edit.c.evidenceRaw.start}`;
    const fit = out.find(
      (r) =>
        !r.claims.some((c) => overlaps(c, edit.c.evidenceRaw)) &&
        !r.edits.some((x) => overlaps(x.c.evidenceRaw, edit.c.claimRaw)) &&
        (r.done.get(key) ?? edit.text) === edit.text &&
        !r.edits.some(
          (x) =>
            x.c.evidenceRaw.doc === edit.c.evidenceRaw.doc &&
            x.c.evidenceRaw.start !== edit.c.evidenceRaw.start &&
            overlaps(x.c.evidenceRaw, edit.c.evidenceRaw),
        ),
    );
    const round: Round = fit ?? { edits: [], claims: [], done: new Map() };
    if (!fit) out.push(round);
    round.edits.push(edit);
    round.claims.push(edit.c.claimRaw);
    round.done.set(key, edit.text);
  }
  return out.map((r) => r.edits);
}

/** The verdict of each edit: the story read again with the edited sentences in their documents. */
export function judgeEdits(story: StoryCases, edits: readonly Edit[]): Map<Edit, string> {
  const verdicts = new Map<Edit, string>();
  const runExtract = extract();
  for (const round of rounds(edits)) {
    const byDoc = Map.groupBy(
      new Map(round.map((e) => [`${e.c.evidenceRaw.doc}:${e.c.evidenceRaw.start}`, e])).values(),
      (e) => e.c.evidenceRaw.doc,
    );
    const docs = story.docs.map((d) => {
      const mine = [...(byDoc.get(d.docId) ?? [])].sort(
        (x, y) => y.c.evidenceRaw.start - x.c.evidenceRaw.start,
      );
      let raw = d.raw;
      for (const e of mine)
        raw = raw.slice(0, e.c.evidenceRaw.start) + e.text + raw.slice(e.c.evidenceRaw.end);
      return { ...d, raw };
    });
    const articles = segmentGroup(story.group, docs);
    const articleOf = new Map(docs.map((d, i) => [d.docId, articles[i] as SegmentedArticle]));
    const storyRow = {
      id: story.group.story,
      title: '',
      articleIds: articles.map((a) => a.article.id),
      keywords: [],
      topicId: story.group.story,
    };
    const input = { story: storyRow, articles };
    const full = { ...input, ...runExtract(input, createContext()) };
    for (const edit of round) {
      const cArt = articleOf.get(edit.c.pair.claim.doc);
      const eArt = articleOf.get(edit.c.pair.evidence.doc);
      const c = cArt ? evidenceOf(edit.c.claimText, cArt).evidence : null;
      const e = eArt ? evidenceOf(edit.text, eArt).evidence : null;
      verdicts.set(edit, c && e ? judgeEvidence(full, c, e).verdict : 'unresolved');
    }
  }
  return verdicts;
}
