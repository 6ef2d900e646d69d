// `eval-cluster-folds --signature`: does an event signature (who did what, with what figures, read
// from the headline and first sentence) tell the grouping's errors apart? Over the pairs of articles
// of a development half (on ECB+ two of one gold topic; on NeuS two that share a name in their leads,
// the beat's look-alikes, or that the grouping put together), it counts, for each kind of pair (a
// split, a false join, a right join, two events rightly apart), how many share a name of their leads,
// a figure, or a role (a trigger word with the name next to it: `acquir>eyp`, `police<arrest`), and
// how many conflict (both leads name people or give figures and share none; the same trigger with
// another name on the same side, which the other lead does not name). A signal can rejoin the splits
// only where it fires on them more than on the false joins and on the events rightly apart.
import type { SegmentedArticle, Token } from '../../src/model/index.ts';
import { negatedTokens } from '../../src/stages/cluster/negated.ts';
import { TRIGGER_SKIP } from '../../src/stages/cluster/patterns.ts';
import { isCalendarWord } from '../../src/text/calendar.ts';
import { headlineTokens } from '../../src/text/headline.ts';
import { stem } from '../../src/text/normalise.ts';

/** What an article's headline and first sentence say of its event: names, figures and roles. */
export interface Signature {
  readonly names: ReadonlySet<string>;
  readonly figures: ReadonlySet<string>;
  /** A trigger word with the nearest name after it (`verb>name`) or before it (`name<verb`). */
  readonly roles: ReadonlySet<string>;
}

/** How many tokens from a trigger word a name may lie to be its participant. */
export const ROLE_SPAN = 4;

const SKIP = new Set(TRIGGER_SKIP.map(stem));
// (as the grouping reads names: a weekday or month is the event's time, no one in it)
const isName = (t: Token) =>
  t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && t.norm.length > 1 && !isCalendarWord(t.norm);
// (a year or a clock time is the event's time, not its figure)
const figureOf = (t: Token): string | null => {
  if (t.pos !== 'NUM' || !/\d/.test(t.norm) || t.norm.includes(':')) return null;
  const value = t.norm.replace(/,/g, '');
  return /^(1[89]|20)\d\d$/.test(value) ? null : value;
};

function read(tokens: readonly Token[], names: Set<string>, figures: Set<string>, roles: Set<string>) {
  const negated = negatedTokens(tokens);
  tokens.forEach((t, i) => {
    if (isName(t)) names.add(t.norm);
    const figure = figureOf(t);
    if (figure) figures.add(figure);
    if (t.pos !== 'VERB' || t.stop || !/^\p{L}+$/u.test(t.norm) || negated.has(i)) return;
    const verb = stem(t.norm);
    if (SKIP.has(verb)) return;
    const after = tokens.slice(i + 1, i + 1 + ROLE_SPAN).find(isName);
    const before = tokens
      .slice(Math.max(0, i - ROLE_SPAN), i)
      .reverse()
      .find(isName);
    if (after) roles.add(`${verb}>${after.norm}`);
    if (before) roles.add(`${before.norm}<${verb}`);
  });
}

/** The signature of an article's headline (its own, unless inferred) and first sentence. */
export function signatureOf(doc: SegmentedArticle): Signature {
  const names = new Set<string>();
  const figures = new Set<string>();
  const roles = new Set<string>();
  if (!doc.article.titleInferred) read(headlineTokens(doc) ?? [], names, figures, roles);
  read(doc.sentences[0]?.tokens ?? [], names, figures, roles);
  return { names, figures, roles };
}

/** What two signatures share and where they conflict. */
export const SIGNALS = [
  'sharedName',
  'noSharedName',
  'sharedFigure',
  'figureConflict',
  'sharedRole',
  'roleConflict',
] as const;
export type SignatureSignal = (typeof SIGNALS)[number];

const some = <T>(items: Iterable<T>, test: (item: T) => boolean) => {
  for (const item of items) if (test(item)) return true;
  return false;
};
const sideOf = (role: string) => (role.includes('>') ? role.split('>') : role.split('<').reverse());

// A role of `a` whose trigger `b` gives another name on the same side, a name `a`'s lead does not
// name, while `b`'s lead does not name `a`'s: the same act done to (or by) someone else.
function roleConflict(a: Signature, b: Signature): boolean {
  return some(a.roles, (role) => {
    if (b.roles.has(role)) return false;
    const [verb, name] = sideOf(role) as [string, string];
    const arrow = role.includes('>');
    return (
      !b.names.has(name) &&
      some(b.roles, (other) => {
        if (other.includes('>') !== arrow) return false;
        const [otherVerb, otherName] = sideOf(other) as [string, string];
        return otherVerb === verb && !a.names.has(otherName);
      })
    );
  });
}

/** Which signals fire for two signatures. */
export function compare(a: Signature, b: Signature): Set<SignatureSignal> {
  const fired = new Set<SignatureSignal>();
  const sharesName = some(a.names, (n) => b.names.has(n));
  if (sharesName) fired.add('sharedName');
  else if (a.names.size && b.names.size) fired.add('noSharedName');
  if (some(a.figures, (f) => b.figures.has(f))) fired.add('sharedFigure');
  else if (a.figures.size && b.figures.size) fired.add('figureConflict');
  if (some(a.roles, (r) => b.roles.has(r))) fired.add('sharedRole');
  if (roleConflict(a, b) || roleConflict(b, a)) fired.add('roleConflict');
  return fired;
}

/** The kinds of pair: pieces of one gold story apart or together, two gold stories together or apart. */
export const KINDS = ['split', 'falseJoin', 'rightJoin', 'rightApart'] as const;
export type PairKind = (typeof KINDS)[number];

/** Per kind of pair, how many pairs and how many of them each signal fires for. */
export type SignatureTally = Record<PairKind, { n: number } & Record<SignatureSignal, number>>;

/**
 * Tally the pairs of `docs` by kind (`predicted` and `gold`: article id → story) and signal. `together`
 * says which two articles to compare (on ECB+ two of one gold topic); on NeuS, two apart in both the
 * gold and the grouping are compared only when they share a name of their leads (the beat's look-alikes).
 */
export function tallySignatures(
  docs: readonly SegmentedArticle[],
  predicted: ReadonlyMap<string, string>,
  gold: ReadonlyMap<string, string>,
  together: (a: string, b: string) => boolean = () => true,
  apartNeedsName = false,
): SignatureTally {
  const tally = Object.fromEntries(
    KINDS.map((k) => [k, Object.fromEntries([['n', 0], ...SIGNALS.map((s) => [s, 0])])]),
  ) as SignatureTally;
  const read = docs.map((d) => ({ id: d.article.id, sig: signatureOf(d) }));
  for (const [i, a] of read.entries())
    for (const b of read.slice(i + 1)) {
      if (!together(a.id, b.id)) continue;
      const same = gold.get(a.id) === gold.get(b.id);
      const joined = predicted.get(a.id) === predicted.get(b.id);
      const fired = compare(a.sig, b.sig);
      if (apartNeedsName && !same && !joined && !fired.has('sharedName')) continue;
      const kind: PairKind = same ? (joined ? 'rightJoin' : 'split') : joined ? 'falseJoin' : 'rightApart';
      tally[kind].n++;
      for (const signal of fired) tally[kind][signal]++;
    }
  return tally;
}

/** The tally as a printout: a row per kind of pair, each signal's count and share of the kind's pairs. */
export function formatSignatures(tally: SignatureTally): string {
  const rows = KINDS.map((kind) => {
    const row = tally[kind];
    const cells = SIGNALS.map((s) => {
      const share = row.n ? Math.round((100 * row[s]) / row.n) : 0;
      return `${String(row[s]).padStart(5)} ${`${share}%`.padStart(4)}`;
    });
    return `    ${kind.padEnd(10)} ${String(row.n).padStart(6)}  ${cells.join('  ')}\n`;
  });
  const head = SIGNALS.map((s) => s.padStart(10)).join('  ');
  return `    pairs           n  ${head}\n${rows.join('')}`;
}
