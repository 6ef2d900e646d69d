import type { Fact, Report } from '../../model/index.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import {
  articleIndex,
  articleLabel,
  citeHtml,
  escapeHtml,
  escapeMarkdown,
  evidenceText,
  quoted,
  shorten,
} from '../util.ts';

/** A fact's status as the coverage table says it: 'disputed' where an article tells it disputed. */
export const statusLabel = (f: Fact): string => (f.disputes?.length ? 'disputed' : f.status);

/**
 * Whose claim an article's ✓ reports, when its sentence gives the claim as someone's other than the
 * row's own speaker ("✓ as Petra Holm's claim" on a row told in an outlet's own voice), or null.
 */
export function claimOf(f: Fact, articleId: string): string | null {
  const m = f.coverage[articleId];
  if (m?.mark !== 'supports' || !m.attributedTo || m.attributedTo === f.attribution) return null;
  return m.attributedTo;
}

/**
 * The words after a ✓ that say whose claim the article reports (empty when it states it itself): a
 * speaker named by a common noun takes "the" ("as the fire service's claim"), and one in -s the
 * apostrophe alone ("as the officials' claim", "as Eastbank Ferries' claim", never "Ferries's").
 */
export const claimWords = (f: Fact, articleId: string): string => {
  const who = claimOf(f, articleId);
  if (!who) return '';
  const common = /^\p{Ll}/u.test(who);
  return ` as ${common ? `the ${who}` : who}${who.endsWith('s') ? "'" : "'s"} claim`;
};

/** The legend's words for "✓ as X's claim", said only under a table with such a cell. */
export const CLAIM_LEGEND = "✓ as X's claim: the article tells it as X's, not in its own voice";

// One article's telling of the dispute: its outlet, who disputes, and the sentence that tells it.
function tellings(
  f: Fact,
  report: Report,
): { label: string; by: string | null; sentence: string; d: NonNullable<Fact['disputes']>[number] }[] {
  const articles = articleIndex(report);
  return (f.disputes ?? []).map((d) => ({
    label: articleLabel(articles.get(d.articleId)),
    by: d.by,
    sentence: evidenceText(report, d.evidence),
    d,
  }));
}

/**
 * The lines under the coverage table for its disputed rows: which outlet reports each claim disputed,
 * by whom, with the sentence that tells it.
 * @example
 * disputeLinesMarkdown(report, facts)
 * // ['- Disputed: “The mill passed …” — The Ostby Courier [a2] tells it disputed (by the union): “But …”']
 */
export function disputeLinesMarkdown(report: Report, facts: readonly Fact[]): string[] {
  return facts
    .filter((f) => f.disputes?.length)
    .map((f) => {
      const told = tellings(f, report).map(
        (t) =>
          `${escapeMarkdown(t.label)} [${t.d.articleId}] tells it disputed${t.by ? ` by ${escapeMarkdown(t.by)}` : ''}: ${escapeMarkdown(quoted(shorten(t.sentence, 200)))}`,
      );
      return `- Disputed: ${escapeMarkdown(quoted(shorten(f.text, 120)))} — ${told.join('; ')}`;
    });
}

/** The same lines as HTML, each dispute's sentence cited. */
export function disputeLinesHtml(
  report: Report,
  facts: readonly Fact[],
  links: StoryPageLinks = IN_PAGE_LINKS,
): string {
  const items = facts
    .filter((f) => f.disputes?.length)
    .map((f) => {
      const told = tellings(f, report).map(
        (t) =>
          `${escapeHtml(t.label)} tells it disputed${t.by ? ` by ${escapeHtml(t.by)}` : ''}: ${escapeHtml(quoted(shorten(t.sentence, 200)))}${citeHtml(report, [t.d.evidence], links)}`,
      );
      return `<li>Disputed: ${escapeHtml(quoted(shorten(f.text, 120)))} — ${told.join('; ')}</li>`;
    });
  return items.length ? `<ul class="px-disputes">${items.join('')}</ul>` : '';
}
