import type { Fact, FactMark, SegmentedArticle, Sentence, Token } from '../../model/index.ts';
import type { Claim } from './claims.ts';
import { ACCUSATION_VERBS, OPENERS } from './data/dispute-cues.ts';
import { deniedNoun, disputeVerb, verdict } from './dispute-sentences.ts';
import type { CheckedFact } from './support/facts.ts';

const OPENING = new Set(OPENERS);
const MAX_SUBJECT = 8;
const ACCUSING = new Set(ACCUSATION_VERBS);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'this', 'that']);

/** One telling of a dispute: the sentence that tells it, and whom it names as disputing. */
export interface Dispute {
  readonly sentence: Sentence;
  readonly by: string | null;
}

/** What the reader needs of a story: each article's sentences and who speaks in a span. */
export interface DisputeContext {
  readonly articles: readonly SegmentedArticle[];
  /** Who a claim's words belong to (the speaker of a quote or reported speech in it), or null. */
  readonly attributionOf: (c: Claim) => string | null;
  /** The speaker of a quote or reported speech told in [start, end) of an article, or null. */
  readonly speakerAt: (articleId: string, start: number, end: number) => string | null;
}

const wordsOf = (name: string | null): string[] =>
  name
    ? name
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((w) => w.length > 2)
    : [];

// Whom the words before the verb name as disputing ("But the union disputed that" → "the union"), when
// they are a short subject of their own (no pronoun, no clause of their own).
function subjectOf(text: string, tokens: readonly Token[], verb: number): string | null {
  let from = 0;
  while (from < verb && OPENING.has((tokens[from] as Token).norm)) from++;
  // up to a preposition or an adverb of time ("a workers' union on Tuesday disputed that")
  let to = from;
  while (to < verb && (tokens[to] as Token).pos !== 'ADP' && (tokens[to] as Token).pos !== 'ADV') to++;
  const words = tokens.slice(from, to);
  if (!words.length || words.length > MAX_SUBJECT) return null;
  if (words.some((t) => t.pos === 'VERB' || (t.pos === 'PUNCT' && t.norm !== "'" && t.norm !== '’')))
    return null;
  if (words.length === 1 && PRONOUNS.has((words[0] as Token).norm)) return null;
  if (!words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return null;
  const said = text.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
  // an article opening the sentence is no part of the name ("The union" → "the union")
  return /^(The|A|An) /.test(said) ? said[0]?.toLowerCase() + said.slice(1) : said;
}

// A speaker's name with the article the sentence gives it ("The Ovra Dockers Union says …" → "the Ovra
// Dockers Union"), so that who disputes is worded alike whether read as a subject or as a speaker.
function namedAsTold(text: string, sentence: Sentence, name: string | null): string | null {
  if (name === null || /^the\s/i.test(name)) return name;
  const said = text.slice(sentence.start, sentence.end);
  for (let at = said.indexOf(name); at >= 0; at = said.indexOf(name, at + 1))
    if (/(?:^|[^\p{L}])the\s+$/iu.test(said.slice(Math.max(0, at - 8), at))) return `the ${name}`;
  return name;
}

/**
 * Whose words a claim tells: the speaker of a quote or reported speech in it (`attributionOf`), unless
 * the claim tells a clause of its own before that speech, joined by ", and", ", but" or ";" ("Six
 * dockers were injured when fire swept the pier, and the mayor said she was shocked" tells the injuries
 * in the outlet's own voice).
 */
function voiceOf(claim: Claim, cx: DisputeContext): string | null {
  const who = cx.attributionOf(claim);
  if (who === null) return null;
  const tokens = claim.tokens;
  const at = tokens.findIndex((t) => cx.speakerAt(claim.articleId, t.start, t.end) === who);
  for (let k = 1; k < at; k++) {
    const t = tokens[k] as Token;
    // (", but that …" goes on with what the speaker said)
    const joined = t.pos === 'CCONJ' && tokens[k - 1]?.norm === ',' && tokens[k + 1]?.norm !== 'that';
    if (t.norm === ';' || joined) return null;
  }
  return who;
}

/**
 * Whether the article that tells `claim` tells it disputed by another party, in the claim's sentence
 * or the next: a verb of dispute whose object is the claim ("But the union disputed that.", "rejected
 * the minister's statement."), a verdict on it ("That is not true."), or another speaker's "no" to
 * what it tells ("The union says no inspection has taken place since 2024."). Strict by design:
 * "denied that the cuts were linked to …" or "disputed the statement that …" name what they dispute,
 * which may be another claim, and are no dispute of this one; nor is "He denied the allegations" one
 * of "Police charged him with arson" (it denies the arson, not the charge: ACCUSATION_VERBS).
 */
export function disputeOf(claim: Claim, cx: DisputeContext): Dispute | null {
  // a claim that tells an accusation ("Police charged Lunn with arson") is not what its denial disputes
  if (claim.tokens.some((t) => t.pos === 'VERB' && ACCUSING.has(t.norm))) return null;
  const article = cx.articles.find((a) => a.article.id === claim.articleId);
  if (!article) return null;
  const at = article.sentences.findIndex((s) => s.start <= claim.span.start && claim.span.start < s.end);
  if (at < 0) return null;
  const who = voiceOf(claim, cx);
  const owner = wordsOf(who);
  const text = article.article.text;
  // the speaker of a sentence named as the sentence names them: "the Ovra Dockers Union" when it
  // says "The Ovra Dockers Union says …", as a subject before a dispute verb is named (`subjectOf`)
  const speaker = (s: Sentence) => namedAsTold(text, s, cx.speakerAt(claim.articleId, s.start, s.end));
  // another party: none of the claim's speaker's names in whom the sentence names
  const other = (by: string | null) => !by || !wordsOf(by).some((w) => owner.includes(w));
  for (const [n, same] of [
    [at, true],
    [at + 1, false],
  ] as const) {
    const sentence = article.sentences[n];
    if (!sentence) continue;
    const tokens = sentence.tokens;
    const v = disputeVerb(tokens, claim, same, who !== null);
    if (v >= 0) {
      const by = subjectOf(text, tokens, v) ?? (same ? null : speaker(sentence));
      if (other(by)) return { sentence, by };
      continue;
    }
    if (same) continue;
    const by = speaker(sentence);
    // a verdict on "that" or a "no" answers a statement: a claim told as someone's words (`who`)
    const answered =
      verdict(tokens, who !== null) || (who !== null && by !== null && deniedNoun(tokens, claim));
    if (answered && other(by) && by !== who) return { sentence, by };
  }
  return null;
}

/**
 * The facts with what the articles tell of who says so and who disputes it: an article's ✓ given by a
 * sentence that tells the claim as someone's says so (`attributedTo`) where the fact is told in the
 * outlet's own voice, and a fact some article tells
 * disputed (disputeOf) lists those articles (`disputes`) and is 'conflicting', never a consensus.
 * `facts[n]` is `checked[n]` finished.
 */
export function markDisputes(
  facts: readonly Fact[],
  checked: readonly CheckedFact[],
  cx: DisputeContext,
): Fact[] {
  return facts.map((fact, n) => {
    const supporters = checked[n]?.supporters ?? [];
    // only a row told in the outlet's own voice has supporters that tell it as someone's: a row that
    // is itself someone's words ("…, police said") is that for every article
    const ownVoice = checked[n] ? voiceOf(checked[n].claim, cx) === null : false;
    const coverage: Record<string, FactMark> = { ...fact.coverage };
    const disputes: NonNullable<Fact['disputes']> = [];
    for (const c of supporters) {
      const mark = coverage[c.articleId];
      if (mark?.mark !== 'supports') continue;
      const who = voiceOf(c, cx);
      if (who && ownVoice && !mark.attributedTo) coverage[c.articleId] = { ...mark, attributedTo: who };
      if (disputes.some((d) => d.articleId === c.articleId)) continue;
      const dispute = disputeOf(c, cx);
      if (dispute)
        disputes.push({
          articleId: c.articleId,
          evidence: {
            articleId: c.articleId,
            span: { start: dispute.sentence.start, end: dispute.sentence.end },
          },
          by: dispute.by,
        });
    }
    const attributed = supporters.some((c) => coverage[c.articleId]?.attributedTo);
    if (!disputes.length && !attributed) return fact;
    return disputes.length ? { ...fact, coverage, status: 'conflicting', disputes } : { ...fact, coverage };
  });
}
