import type { Entity, Evidence, Fact, SegmentedArticle, Token } from '../../model/index.ts';
import { isPastWord } from '../../text/dates/coming.ts';
import { stem } from '../../text/normalise.ts';
import { tfidf } from '../../text/vectors.ts';
import type { Candidate } from './candidates.ts';
import { INFINITIVE_NOUNS } from './data/infinitive-nouns.ts';
import { OBJECT_INFINITIVE_VERBS } from './data/object-infinitive-verbs.ts';
import { loadedWords } from './loaded.ts';
import { tellingOf, uncitable } from './modality.ts';
import type { Near } from './near.ts';
import { ATTRIBUTION, MAX_CHECKED, MIN_WORDS } from './patterns.ts';
import { repairSentence } from './repair.ts';
import type { Scored } from './select.ts';
import { type ContestedMatcher, contentStems, wordCount } from './text.ts';

// Words opening a clause that tells why, when or against what background the main clause happened
// ("… traveled to Norhaven on Wednesday as crossings strained resources"): the main clause stands alone.
const CLAUSE_OPENERS = new Set(['as', 'while', 'because', 'although', 'though', 'whereas', 'amid']);
// Nouns an infinitive completes ("an attempt to …"): the "to" after them opens no purpose clause.
const COMPLETED_BY_TO = new Set(INFINITIVE_NOUNS.map(stem));
// Verbs whose object an infinitive completes ("expected 4,000 members to join"): no purpose clause.
const OBJECT_COMPLETED_BY_TO = new Set(OBJECT_INFINITIVE_VERBS.map(stem));
// Quotation marks of every kind: a clause is cut only where no quotation is told.
const QUOTE = /["“”‘’«»]/;

// Words after "as" that make it no clause opener ("as well as", "as part of", "as a result").
const NOT_AFTER_AS = new Set([
  'well',
  'much',
  'many',
  'far',
  'long',
  'soon',
  'part',
  'result',
  'if',
  'though',
]);
// Tags of a word before "as" that make it part of a phrase ("known as", "such as", "so as").
const NOT_BEFORE_AS = new Set(['VERB', 'AUX', 'ADJ', 'ADV']);

// Whether the word at `i` opens a clause: "amid" and "because" always (their phrase is background);
// the others when a verb follows within six words, and "as" only outside a phrase of its own.
function opensClause(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.norm === 'amid' || t.norm === 'because') return true;
  if (
    t.norm === 'as' &&
    (NOT_BEFORE_AS.has(tokens[i - 1]?.pos ?? '') || NOT_AFTER_AS.has(tokens[i + 1]?.norm ?? ''))
  )
    return false;
  return tokens.slice(i + 1, i + 7).some((k) => k.pos === 'VERB' || k.pos === 'AUX');
}

// Whether a verb among `tokens` (those between the first verb and a "to") takes an object an
// infinitive completes ("expected 4,000 members to join", "urged parents to keep …"; wink may tag
// its participle an adjective).
const completesObject = (tokens: readonly Token[]): boolean =>
  tokens.some((k) => (k.pos === 'VERB' || k.pos === 'ADJ') && OBJECT_COMPLETED_BY_TO.has(stem(k.norm)));

// Whether the "to" at `i` opens a perfect infinitive ("likely to have started in a kitchen", "believed
// the gang to have fled"): what is held to have happened, never a purpose; "to have the boat ready"
// (have + a noun phrase) may be one.
const perfectInfinitive = (tokens: readonly Token[], i: number): boolean =>
  tokens[i + 1]?.norm === 'have' && isPastWord(tokens[i + 2]?.norm ?? '');

/**
 * Where a sentence's main clause ends, as a token index (the clause is the tokens before it): at the
 * first background clause ("as …", "while …", "amid …"), purpose ("to put pressure on …", not the "to"
 * that completes a verb's object: "expected 4,000 members to join the strike") or
 * non-restrictive relative clause (", which …") after its first verb, when the part cut off names no
 * source ("said", "according to": cutting it would make the outlet's own voice of a report) and holds
 * no quotation. Null when there is no such cut or the main clause would be shorter than a sentence.
 * @example
 * mainClauseEnd(tokensOf('Kim flew to Oslo on Monday to sign the accord with Norway.')) // index of "to" before "sign"
 */
export function mainClauseEnd(tokens: readonly Token[], text: string): number | null {
  const verb = tokens.findIndex((t) => t.pos === 'VERB');
  if (verb < 0) return null;
  for (let i = verb + 2; i < tokens.length - 2; i++) {
    const [before, t, next] = [tokens[i - 1] as Token, tokens[i] as Token, tokens[i + 1] as Token];
    const opens =
      (CLAUSE_OPENERS.has(t.norm) && opensClause(tokens, i)) ||
      (t.norm === 'to' &&
        next.pos === 'VERB' &&
        before.pos !== 'VERB' &&
        before.pos !== 'AUX' &&
        !COMPLETED_BY_TO.has(stem(before.norm)) &&
        !completesObject(tokens.slice(verb, i)) &&
        !perfectInfinitive(tokens, i)) ||
      (t.text === ',' && (next.norm === 'which' || next.norm === 'while'));
    if (!opens) continue;
    const end = before.text === ',' ? i - 1 : i;
    const kept = tokens.slice(0, end);
    const cut = text.slice((tokens[end] as Token).start, (tokens[tokens.length - 1] as Token).end);
    const sentence = text.slice((tokens[0] as Token).start, (tokens[tokens.length - 1] as Token).end);
    if (ATTRIBUTION.test(cut) || QUOTE.test(sentence)) return null;
    return kept.filter((k) => /[\p{L}\p{N}]/u.test(k.text)).length >= MIN_WORDS ? end : null;
  }
  return null;
}

/** What building a main-clause candidate needs besides the candidate. */
export interface ClauseContext {
  readonly doc: SegmentedArticle;
  readonly entities: readonly Entity[];
  readonly findContested: ContestedMatcher;
}

/**
 * A well-formed candidate told by its main clause alone (see `mainClauseEnd`), as a candidate of its
 * own whose evidence is the clause; null when it has none, or when the clause does not stand alone,
 * tells less than half the sentence's words or holds a contested term in the outlet's own voice. Its index is -1: it is no sentence of the story.
 */
export function mainClause(candidate: Candidate, context: ClauseContext): Candidate | null {
  if (!candidate.fallback) return null;
  const { article } = context.doc;
  const end = mainClauseEnd(candidate.tokens, article.text);
  if (end === null) return null;
  const tokens = candidate.tokens.slice(0, end);
  const start = candidate.evidence.span.start;
  const stop = (tokens[tokens.length - 1] as Token).end;
  const text = `${article.text.slice(start, stop).replace(/\s+/g, ' ').trim()}.`;
  const standalone = repairSentence(text, context.doc, candidate.sentenceIndex, context.entities);
  // the clause must hold most of what the sentence tells ("introduced legislation on Monday" is not
  // the news of "… to raise the minimum age to buy tobacco from 18 to 21")
  if (!standalone || 2 * wordCount(standalone.text) < candidate.words) return null;
  const contested = [...context.findContested(text).map((m) => m.term), ...loadedWords(tokens)];
  if (contested.length) return null;
  return {
    ...candidate,
    index: -1,
    evidence: { articleId: article.id, span: { start, end: stop } },
    text,
    tokens,
    stems: contentStems(tokens),
    words: wordCount(standalone.text),
    quoteShare: 0,
    attributed: false,
    contested,
    hasFigure: tokens.some((t) => t.pos === 'NUM' && /\d/.test(t.text)),
    standalone,
    eligible: true,
    fallback: true,
  };
}

/** What weighing main clauses as twins needs to know about the story. */
export interface ClauseTwinContext {
  readonly articles: readonly SegmentedArticle[];
  readonly entities: readonly Entity[];
  readonly facts: readonly Fact[];
  readonly findContested: ContestedMatcher;
  readonly near: (index: number) => ReadonlyMap<string, readonly Near[]>;
  readonly idf: ReadonlyMap<string, number>;
  /** The independent source of each article. */
  readonly sourceOf: ReadonlyMap<string, string>;
  /** Whether the sentence at `evidence` states the claim at `claim` (the compare stage's judge). */
  readonly supports: (claim: Evidence, evidence: Evidence) => boolean;
  /** Whether the sentence at `evidence` reports someone's words (a clause in its own voice cites none). */
  readonly voiced?: (evidence: Evidence) => boolean;
}

/**
 * The main clauses that may tell a chosen sentence's event in fewer words more outlets state: its own
 * and those of the sentences of other articles alike to it (none already chosen), each with its own
 * support (of every other article, the first of its most alike sentences to the clause's sentence that
 * states the clause; never an article marked against the sentence's facts) and the chosen sentence's
 * relevance. The modality must be the chosen sentence's (`preferSupportedTwins` checks it).
 */
export function clauseTwins(cx: ClauseTwinContext): (s: Scored, chosen: ReadonlySet<number>) => Scored[] {
  const docs = new Map(cx.articles.map((d) => [d.article.id, d]));
  return (s, chosen) => {
    const parents = [s.candidate];
    for (const close of cx.near(s.candidate.index).values())
      for (const { candidate } of close.slice(0, MAX_CHECKED))
        if (!chosen.has(candidate.index)) parents.push(candidate);
    const out: Scored[] = [];
    for (const parent of parents) {
      // no more sources can state the clause than articles have sentences alike to its sentence
      if (
        !parent.fallback ||
        mainClauseEnd(parent.tokens, docs.get(parent.articleId)?.article.text ?? '') === null
      )
        continue;
      if (cx.near(parent.index).size + 1 <= s.support.sources.size) continue;
      const doc = docs.get(parent.articleId);
      const clause =
        doc && mainClause(parent, { doc, entities: cx.entities, findContested: cx.findContested });
      // another article's clause tells the chosen sentence's event only if the chosen sentence states it
      if (!clause || (parent !== s.candidate && !cx.supports(clause.evidence, s.candidate.evidence)))
        continue;
      const telling = tellingOf(clause.tokens, doc.article.publishedAt ?? null);
      const barred = uncitable(parent, cx.facts);
      const cited = new Map<string, Evidence>([[clause.articleId, clause.evidence]]);
      const voiced = cx.voiced ?? (() => false);
      const ownVoice = !voiced(clause.evidence);
      for (const [articleId, close] of cx.near(parent.index)) {
        if (cited.has(articleId) || barred.has(articleId)) continue;
        const best = close
          .slice(0, MAX_CHECKED)
          .find(
            (o) =>
              !(ownVoice && voiced(o.candidate.evidence)) &&
              cx.supports(clause.evidence, o.candidate.evidence),
          );
        if (best) cited.set(articleId, best.candidate.evidence);
      }
      const citations = [...cited.values()];
      out.push({
        candidate: clause,
        support: {
          citations,
          sources: new Set(citations.map((e) => cx.sourceOf.get(e.articleId) ?? e.articleId)),
          factIds: [],
          factWeight: 0,
          statuses: new Set(),
        },
        vector: tfidf(clause.stems, cx.idf),
        modality: telling.modality,
        plain: telling.plain,
        relevance: s.relevance,
      });
    }
    return out;
  };
}
