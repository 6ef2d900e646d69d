import type { Article, Fact, FactMark, Report, Story } from '../../model/index.ts';
import { isOpinion } from '../../text/genre.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import {
  articleIndex,
  articleLabel,
  citeMarkdown,
  clippedHtml,
  escapeHtml,
  escapeMarkdown,
  labelKey,
  shorten,
} from '../util.ts';
import { correctedFrom } from './corrected-from.ts';
import {
  CLAIM_LEGEND,
  claimWords,
  disputeLinesHtml,
  disputeLinesMarkdown,
  statusLabel,
} from './fact-disputes.ts';
import { FACT_GIVER_LEGEND, factGivers } from './quote-others.ts';
import type { ReportSection } from './types.ts';

/**
 * How one article stands to one fact in the coverage matrix (the compare stage's checked mark):
 * `updated` for a ✓ on a value the article's own update has since given anew (told 'updated').
 */
export type Cell =
  | FactMark['mark']
  | 'updated'
  | 'in-other-words'
  | 'other-value'
  | 'later-value'
  | 'earlier-value';

const MAX_ROWS = 40;
/** Each cell's mark as the coverage table shows it. */
export const SYMBOL: Readonly<Record<Cell, string>> = {
  supports: '✓',
  contradicts: '✗',
  'published-before': '◷',
  absent: '—',
  updated: '↻',
  'in-other-words': '≈',
  'other-value': '≠',
  'later-value': '»',
  'earlier-value': '«',
};
const WORDS: Readonly<Record<Cell, string>> = {
  supports: 'states it',
  contradicts: 'contradicts it',
  'published-before': 'published before the event',
  absent: 'has no sentence found that states it',
  updated: 'states it, as an earlier value',
  'in-other-words': 'gives its count in other words, not checked',
  'other-value': 'gives its figure another value, not checked',
  'later-value': 'gives a later value of its figure (an update)',
  'earlier-value': 'gives an earlier value of its figure, told before the update',
};
// what the comparison found, not what the outlets wrote: a fact told in other words may not be matched
const NO_SHARED_FACT = 'No fact was matched in more than one source.';
const LEGEND =
  '✓ a sentence of it states the fact (checked) · ✗ contradicts it · ◷ published before the event, or tells it as still ahead · — no sentence found that states it (it may tell it in words not matched)';
// said only under a table with a ↻ cell
const UPDATED_LEGEND = "↻ states it, but the article's own update has since given another value";
// said only under a table with a ≈ or ≠ cell: an article the judge did not find stating the fact that
// tells it otherwise is neither ✓ nor "no sentence found" (the omissions do not list it either); one
// published before an update gives the fact's figure as it stood then, out of date, not contradicting it
type Otherwise = 'in-other-words' | 'other-value' | 'later-value' | 'earlier-value';
const OTHERWISE: readonly Otherwise[] = ['in-other-words', 'other-value', 'later-value', 'earlier-value'];
const OTHERWISE_LEGEND: Readonly<Record<Otherwise, string>> = {
  'in-other-words': '≈ a sentence of it gives its count in other words (not checked as ✓)',
  'other-value': '≠ a sentence of it gives its figure another value (not checked as ✗)',
  'later-value':
    '» a sentence of it gives a later value of its figure: an update, newest last in Differences to check',
  'earlier-value':
    '« a sentence of it gives an earlier value of its figure, told before the update (newest last in Differences to check)',
};
const cellOf = (m: FactMark | undefined): Cell =>
  m?.told === 'updated' || (m?.mark === 'absent' && OTHERWISE.some((t) => t === m.told))
    ? (m.told as Cell)
    : (m?.mark ?? 'absent');
// the legend explains the marks of the columns shown, so a page cut to fewer columns says what it shows
const has = (facts: readonly Fact[], shownIds: readonly string[], told: NonNullable<FactMark['told']>) =>
  facts.some((f) => shownIds.some((id) => f.coverage[id]?.told === told));
const legendOf = (
  facts: readonly Fact[],
  columns: readonly Article[],
  givers: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
): string => {
  const shownIds = columns.map((a) => a.id);
  return [
    LEGEND,
    ...(facts.some((f) => Object.keys(f.coverage).some((id) => claimWords(f, id))) ? [CLAIM_LEGEND] : []),
    ...(facts.some((f) => shownIds.some((id) => givers.get(f.id)?.has(id))) ? [FACT_GIVER_LEGEND] : []),
    ...(has(facts, shownIds, 'updated') ? [UPDATED_LEGEND] : []),
    ...OTHERWISE.filter((t) => has(facts, shownIds, t)).map((t) => OTHERWISE_LEGEND[t]),
  ].join(' · ');
};

/** The story's articles in story order. */
export function storyArticles(story: Story, report: Report): Article[] {
  const index = articleIndex(report);
  return story.articleIds.map((id) => index.get(id)).filter((a): a is Article => a !== undefined);
}

/**
 * The matrix's columns: the story's articles but its opinion pieces (text/genre.ts), which neither
 * state nor leave out a reported fact (the compare stage gives them no mark), and those left out.
 */
export function factColumns(story: Story, report: Report): { columns: Article[]; opinion: Article[] } {
  const all = storyArticles(story, report);
  return { columns: all.filter((a) => !isOpinion(a)), opinion: all.filter(isOpinion) };
}

// What the matrix says of the opinion pieces it leaves out.
const opinionNote = (opinion: readonly Article[], cite: (a: Article) => string): string =>
  opinion.length
    ? `Not a column here, as ${opinion.length === 1 ? 'an opinion piece' : 'opinion pieces'} (a writer's view, neither stating nor leaving out a reported fact): ${opinion.map(cite).join(', ')}.`
    : '';

/** Each article's cell for a fact: the mark the compare stage gave it after checking its sentences. */
export function coverageCells(fact: Fact, articles: readonly Article[]): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  for (const a of articles) cells[a.id] = cellOf(fact.coverage[a.id]);
  return cells;
}

/**
 * Facts worth a row of the coverage matrix: stated by two or more sources, disputed, or one that an
 * article published before it could not have told (its ◷ is what the matrix shows of that article;
 * left out, the reader would not learn that it is "published before", not silent), or one whose
 * value an article told and has since updated (↻).
 */
export const worthRow = (f: Fact): boolean =>
  f.sources.length >= 2 ||
  f.status === 'conflicting' ||
  Object.values(f.coverage).some((m) => m.mark === 'published-before' || m.told === 'updated');
const shown = (story: Story) => story.facts.filter(worthRow).slice(0, MAX_ROWS);

function singles(story: Story): string {
  const n = story.facts.filter((f) => f.status === 'single-source' && !worthRow(f)).length;
  // shared or disputed facts past the table's rows are said too, never dropped without a word
  const cut = story.facts.filter(worthRow).length - MAX_ROWS;
  const more =
    cut > 0
      ? `${cut} more shared or disputed ${cut === 1 ? 'fact is' : 'facts are'} in the JSON report. `
      : '';
  return `${more}${n ? `${n} more ${n === 1 ? 'fact is' : 'facts are'} matched in a single source only.` : ''}`;
}

/** The facts × outlets matrix: which article states each shared or disputed fact, misses it, or contradicts it. */
export const coverageSection: ReportSection = {
  id: 'coverage',
  title: 'Coverage: facts × outlets',
  markdown: (story, report) => {
    const facts = shown(story);
    if (!story.facts.length) return '';
    const { columns: articles, opinion } = factColumns(story, report);
    const head = `| Fact | Status | ${articles.map((a) => escapeMarkdown(articleLabel(a))).join(' | ')} |`;
    const rule = `|---|---|${articles.map(() => ':-:').join('|')}|`;
    const givers = factGivers(story);
    // (an article whose correction gives the fact's value in place of a wrong one says so)
    const corrected = correctedFrom(story);
    const rows = facts.map((f) => {
      const cells = coverageCells(f, articles);
      const cell = (a: Article) =>
        `${SYMBOL[cells[a.id] ?? 'absent']}${escapeMarkdown(claimWords(f, a.id) + corrected(f.id, a.id) + givenTo(givers, f, a))}`;
      return `| ${escapeMarkdown(shorten(f.text))} ${citeMarkdown(f.evidence)} | ${statusLabel(f)} | ${articles.map(cell).join(' | ')} |`;
    });
    const legend = escapeMarkdown(labelKey(articles));
    const disputes = disputeLinesMarkdown(report, facts);
    return [
      facts.length ? [head, rule, ...rows].join('\n') : NO_SHARED_FACT,
      '',
      `${legendOf(facts, articles, givers)}. ${legend}.`,
      ...(disputes.length ? ['', ...disputes] : []),
      '',
      singles(story),
      ...(opinion.length
        ? ['', opinionNote(opinion, (a) => `${escapeMarkdown(articleLabel(a))} [${a.id}]`)]
        : []),
    ].join('\n');
  },
  html: (story, report, links = IN_PAGE_LINKS) => {
    const facts = shown(story);
    if (!story.facts.length) return '';
    const { columns: articles, opinion } = factColumns(story, report);
    const head = `<thead><tr><th scope="col" class="px-fact">Fact</th>${articles.map((a) => `<th scope="col" title="${escapeHtml(articleLabel(a))}">${clippedHtml(articleLabel(a))}</th>`).join('')}</tr></thead>`;
    const givers = factGivers(story);
    const corrected = correctedFrom(story);
    const rows = facts
      .map((f) => {
        const tds = articles
          .map((a) =>
            markCell(
              f.coverage[a.id],
              a,
              links,
              claimWords(f, a.id) + corrected(f.id, a.id),
              givenTo(givers, f, a),
            ),
          )
          .join('');
        return `<tr><th scope="row" class="px-fact">${escapeHtml(shorten(f.text))} <span class="px-status px-${escapeHtml(f.status)}">${escapeHtml(statusLabel(f))}</span></th>${tds}</tr>`;
      })
      .join('');
    const table = facts.length
      ? `<div class="px-scroll" tabindex="0" role="region" aria-label="Facts by outlet"><table class="px-matrix">${head}<tbody>${rows}</tbody></table></div>`
      : `<p>${NO_SHARED_FACT}</p>`;
    const left = singles(story);
    const aside = opinionNote(opinion, (a) => `${articleLabel(a)} [${a.id}]`);
    return `${table}<p class="meta">${escapeHtml(legendOf(facts, articles, givers))}.</p>${disputeLinesHtml(report, facts, links)}${left ? `<p class="meta">${escapeHtml(left)}</p>` : ''}${aside ? `<p class="meta">${escapeHtml(aside)}</p>` : ''}`;
  },
};

// One ✓/✗/◷/— cell: a link to the sentence that supports or contradicts the fact when the compare
// stage recorded one, else a plain mark; the outlet's name rides along for the phone's card layout.
function markCell(
  fact: FactMark | undefined,
  article: Article,
  links: StoryPageLinks,
  claim = '',
  given = '',
): string {
  const cell = cellOf(fact);
  const label = articleLabel(article);
  // a reason that opens with the mark's own words ('published before the event: …') is said alone, and
  // so is that of a fact told as still planned ('tells it as planned': it may be dated after the event)
  // or as an earlier value ('gives an earlier value: its own update since gives three')
  const words = WORDS[cell];
  const reason = fact?.reason;
  const alone = reason && (reason.startsWith(words) || fact?.told !== undefined);
  const says = ` ${reason ? (alone ? reason : `${words} (${reason})`) : words}${claim}${given ? `; it gives the quoted words${given}` : ''}`;
  const inner = `<span aria-hidden="true">${SYMBOL[cell]}${claim + given ? `<small class="px-claim-of">${escapeHtml(claim + given)}</small>` : ''}</span><span class="px-cell-outlet">${clippedHtml(label)}</span><span class="px-sr">${escapeHtml(says)}</span>`;
  const mark = fact?.evidence
    ? `<a class="px-mark px-${cell}" href="${escapeHtml(links.citationHref(fact.evidence.articleId, fact.evidence.span))}" title="${escapeHtml(label + says)}">${inner}</a>`
    : `<span class="px-mark px-${cell}" title="${escapeHtml(label + says)}">${inner}</span>`;
  return `<td class="px-cell">${mark}</td>`;
}

// " to X" where the article gives the fact's quoted words to another speaker, X (quote-others.ts)
function givenTo(givers: ReadonlyMap<string, ReadonlyMap<string, string>>, f: Fact, a: Article): string {
  const name = givers.get(f.id)?.get(a.id);
  return name ? ` to ${name}` : '';
}
