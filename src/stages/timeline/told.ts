import type { Fact, Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import { type Modality, modalityOf, moodBefore } from '../compare/support/modality.ts';

/**
 * A lookup of the compare stage's facts at a place of an article: the indices (in the story's fact
 * list) of the facts whose evidence (a claim, or a supporter's) holds offset `at`, or null where no
 * fact's evidence lies. So the timeline tells as one event what the coverage table tells as one fact.
 */
export function factsAt(
  facts: readonly Fact[],
): (articleId: string, at: number) => ReadonlySet<number> | null {
  const spans = new Map<string, { start: number; end: number; fact: number }[]>();
  facts.forEach((fact, n) => {
    for (const e of fact.evidence) {
      const list = spans.get(e.articleId) ?? [];
      list.push({ start: e.span.start, end: e.span.end, fact: n });
      spans.set(e.articleId, list);
    }
  });
  return (articleId, at) => {
    let found: Set<number> | null = null;
    for (const s of spans.get(articleId) ?? []) {
      if (at < s.start || at >= s.end) continue;
      found ??= new Set();
      found.add(s.fact);
    }
    return found;
  };
}

const PAST_COPULA: ReadonlySet<string> = new Set(['was', 'were']);

/**
 * The modality of what a sentence dates at offset `at`, read by the compare stage's modality rules:
 * the mood of the verb nearest before the date ("would meet … on Tuesday" planned, "said on
 * Wednesday that …" happened: the saying is what is dated), else of the first verb after it ("On
 * Tuesday the council will vote"), else the sentence's.
 */
export function moodAt(tokens: readonly Token[], at: number): Modality {
  let verb = -1;
  let copula = -1;
  for (let i = 0; i < tokens.length && (tokens[i] as Token).end <= at; i++) {
    const t = tokens[i] as Token;
    if (t.pos === 'VERB') verb = i;
    else if (PAST_COPULA.has(t.norm)) copula = i;
  }
  // a past "was"/"were" nearer the date than any verb is what the date belongs to ("a host who would
  // draw viewers: whether it was the pairing of two actors in 2011"; "fans were outspoken last week")
  if (copula > verb) return 'happened';
  // none before it ("On Wednesday she said …"): the first one after it
  if (verb < 0) verb = tokens.findIndex((t) => t.start >= at && t.pos === 'VERB');
  if (verb < 0) return modalityOf(tokens).modality;
  if (REPORTING_STEMS.has(stem((tokens[verb] as Token).text))) return 'happened';
  return moodBefore(tokens, verb).modality;
}
