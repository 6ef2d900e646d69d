// An article the support judge did not find stating a fact may still tell it: its count in other words
// ("Fifteen people were injured in total"), or another value of its figure. The omissions do not list it as
// leaving the fact out (omissions.ts); the coverage table must not say "does not state it" of it
// either, so its absent mark says how it tells the fact, with the sentence.
import type { Conflict, Evidence, Fact } from '../../model/index.ts';
import { talliesIn } from '../../text/tally.ts';
import type { Claim } from './claims.ts';
import { sideFirstTold } from './difference-times.ts';
import type { ToldOtherwise } from './omissions.ts';

/** What the omissions found an absent article telling of a fact instead, by fact id and article id. */
export type ToldInstead = Map<string, Map<string, { how: ToldOtherwise; claim: Claim }>>;

const REASONS: Readonly<Record<Exclude<ToldOtherwise, 'earlier-state'>, string>> = {
  'in-other-words': 'a sentence of it gives its count in other words (not checked as stating it)',
  'other-value': 'a sentence of it gives its figure another value (not checked as contradicting it)',
};
const LATER = 'a sentence of it gives a later value of its figure (an update, see Differences to check)';
const EARLIER =
  'a sentence of it gives an earlier value of its figure, told before the update (see Differences to check)';

// Whether two spans of one article overlap.
const overlaps = (a: Evidence, b: Evidence) =>
  a.articleId === b.articleId && a.span.start < b.span.end && b.span.start < a.span.end;

/**
 * Whether an article's sentence gives another value of an update (compare's `update` difference)
 * than a side the fact's own sentences give, told later (`later`) or earlier: the fact's figure as it
 * stood later, or as it stood before the update (markUpdate: every article of an older value was
 * published before every article of a newer one, so the sentence is out of date, not contradicting).
 */
function toldAt(fact: Fact, said: Evidence, differences: readonly Conflict[], later: boolean): boolean {
  return differences.some((d) => {
    if (!d.update) return false;
    const own = d.sides.filter((s) => s.evidence.some((e) => fact.evidence.some((f) => overlaps(e, f))));
    const its = d.sides.filter((s) => s.evidence.some((e) => overlaps(e, said)));
    return own.some((o) =>
      its.some(
        (s) =>
          s.value?.number !== o.value?.number &&
          (later ? sideFirstTold(s) > sideFirstTold(o) : sideFirstTold(s) < sideFirstTold(o)),
      ),
    );
  });
}

/** What listedAgainst reads of a story once, not once per fact and article: its claims by article, each claim's tallies, each article's own values. */
interface Listed {
  readonly differences: readonly Conflict[];
  readonly byArticle: ReadonlyMap<string, readonly Claim[]>;
  readonly tallies: (c: Claim) => readonly string[];
  readonly given: (articleId: string) => ReadonlySet<string>;
}

function listedOf(differences: readonly Conflict[], claims: readonly Claim[]): Listed {
  const byArticle = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byArticle.get(c.articleId);
    if (list) list.push(c);
    else byArticle.set(c.articleId, [c]);
  }
  const talliesOf = new Map<Claim, readonly string[]>();
  const tallies = (c: Claim) => {
    let t = talliesOf.get(c);
    if (!t) {
      t = talliesIn(c.tokens);
      talliesOf.set(c, t);
    }
    return t;
  };
  const givenOf = new Map<string, ReadonlySet<string>>();
  // (an article that gives the fact's own value anywhere, figure or tally, is never ≠ for it)
  const given = (articleId: string) => {
    let g = givenOf.get(articleId);
    if (!g) {
      const own = byArticle.get(articleId) ?? [];
      g = new Set(own.flatMap((c) => [...c.figures.map((f) => String(f.value)), ...tallies(c)]));
      givenOf.set(articleId, g);
    }
    return g;
  };
  return {
    differences: differences.filter((d) => !d.update && d.kind === 'figure'),
    byArticle,
    tallies,
    given,
  };
}

/**
 * A sentence of an article that a listed figure difference (not an update) sets against the fact's
 * own sentences: the article gives the fact's figure another value ("voted 5–4" against "voted 6–3"),
 * so the table must not say it has no sentence stating it while Differences to check shows one.
 */
function listedAgainst(fact: Fact, articleId: string, listed: Listed): Evidence | undefined {
  const talliesAt = (e: Evidence) =>
    (listed.byArticle.get(e.articleId) ?? [])
      .filter((c) => c.span.start < e.span.end && e.span.start < c.span.end)
      .flatMap(listed.tallies);
  for (const d of listed.differences) {
    const own = d.sides.filter((s) => s.evidence.some((e) => fact.evidence.some((f) => overlaps(e, f))));
    if (!own.length || own.some((s) => s.evidence.some((e) => e.articleId === articleId))) continue;
    const values = own.flatMap((s) => (s.value ? [String(s.value.number)] : s.evidence.flatMap(talliesAt)));
    if (!values.length) continue;
    const given = listed.given(articleId);
    if (values.some((v) => given.has(v))) continue;
    const said = d.sides
      .flatMap((s) => (own.includes(s) ? [] : s.evidence))
      .find((e) => e.articleId === articleId);
    if (said) return said;
  }
  return undefined;
}

/**
 * The facts with each absent mark the omissions found told otherwise given its sentence and how; a
 * sentence giving a later value of an update difference (`differences`) than the fact's is told so,
 * and one giving an earlier value, told before the update, too (out of date, not another account).
 */
export function markToldOtherwise(
  facts: readonly Fact[],
  instead: ToldInstead,
  differences: readonly Conflict[] = [],
  claims: readonly Claim[] = [],
): Fact[] {
  const listed = listedOf(differences, claims);
  return facts.map((fact) => {
    const coverage = { ...fact.coverage };
    for (const [articleId, { how, claim }] of instead.get(fact.id) ?? []) {
      const mark = coverage[articleId];
      if (mark?.mark !== 'absent') continue;
      const evidence = { articleId, span: { ...claim.span } };
      const another = how !== 'in-other-words';
      const later = another && toldAt(fact, evidence, differences, true);
      const earlier = another && !later && toldAt(fact, evidence, differences, false);
      // (a count's state before every source told where it stands since, no update listed: no mark)
      if (how === 'earlier-state' && !later && !earlier) continue;
      coverage[articleId] = {
        ...mark,
        evidence,
        reason: later ? LATER : earlier ? EARLIER : REASONS[how as keyof typeof REASONS],
        told: later ? 'later-value' : earlier ? 'earlier-value' : (how as keyof typeof REASONS),
      };
    }
    // (a sentence a listed difference sets against the fact's: another value, not "no sentence found")
    for (const [articleId, mark] of Object.entries(coverage)) {
      if (mark?.mark !== 'absent' || mark.told) continue;
      const said = listedAgainst(fact, articleId, listed);
      if (said)
        coverage[articleId] = {
          ...mark,
          evidence: said,
          reason: REASONS['other-value'],
          told: 'other-value',
        };
    }
    // (a fact an outlet gives another value of is no consensus: corroborated by its sources)
    const otherwise = Object.values(coverage).some((m) => m?.told === 'other-value');
    return {
      ...fact,
      coverage,
      status: otherwise && fact.status === 'consensus' ? 'corroborated' : fact.status,
    };
  });
}
