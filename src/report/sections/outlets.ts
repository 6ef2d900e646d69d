import type { Article, Framing, Report, Story } from '../../model/index.ts';
import { publishedShown } from '../../text/dates/published.ts';
import { IN_PAGE_LINKS, type StoryPageLinks } from '../links.ts';
import { removedNote } from '../removed.ts';
import { articleIndex, articleLabel, escapeHtml, safeHref } from '../util.ts';
import { copyLabel } from './articles.ts';
import { storyArticles } from './coverage.ts';
import { differenceFacts, quoteFacts } from './outlet-card-facts.ts';

const WORDS_SHOWN = 3;
// Cards shown at a glance; a story told by more outlets keeps the rest behind an expander.
const CARDS_SHOWN = 12;
// Own-voice sentiment from the framing stage's lexicon, in words; the number is shown beside it.
const TONE_WORDS: readonly [number, string][] = [
  [-0.15, 'negative'],
  [0.15, 'neutral'],
  [Number.POSITIVE_INFINITY, 'positive'],
];

/**
 * When an article was published, as its outlet printed it: in its own zone, with the offset that
 * compares it with the others (`2025-03-05 17:45 UTC-05:00`), a date alone as given; or null.
 */
export function publishedLabel(article: Article): string | null {
  return publishedShown(article.publishedAt);
}

function tone(framing: Framing | null, id: string): string {
  const t = framing?.tone[id];
  if (!t) return '';
  // null with no word of the lexicon (a report stored before scores were null has 0 and the count 0):
  // the card says nothing of it, as of every line that would say nothing
  if (t.sentiment === null || t.toneWords === 0) return '';
  const word = TONE_WORDS.find(([below]) => (t.sentiment as number) < below)?.[1] ?? 'neutral';
  const signed = `${t.sentiment > 0 ? '+' : ''}${t.sentiment.toFixed(2)}`;
  return `<li><span class="px-k">Tone</span> ${word} <small>(${signed})</small></li>`;
}

function distinctive(framing: Framing | null, id: string): string {
  const terms = (framing?.terms ?? []).filter((t) => t.articleId === id).slice(0, WORDS_SHOWN);
  return terms.length
    ? `<li><span class="px-k">Words</span> ${terms.map((t) => `<span class="px-word">${escapeHtml(t.term)}</span>`).join(' ')}</li>`
    : '';
}

/**
 * The story's articles as cards side by side: outlet, time, the headline (a link to the article's text), the
 * link to the original (http(s) only), then what an editor compares: the outlet's own value of each of the
 * story's differences, the quoted speakers it words otherwise, whose copy it is, its tone and its most distinctive
 * words, each as the report gives them; a line that would say nothing is left out.
 */
export function outletCards(story: Story, report: Report, links: StoryPageLinks = IN_PAGE_LINKS): string {
  const index = articleIndex(report);
  const cards = storyArticles(story, report).map((a) => {
    const when = publishedLabel(a);
    const outlet = escapeHtml(articleLabel(a));
    const title = a.title
      ? `${escapeHtml(a.title)}${a.titleInferred ? ' <small>(title inferred from the text)</small>' : ''}`
      : '<em>(no title)</em>';
    const href = safeHref(a.url);
    // the original as a 44 px corner link; the headline itself opens the article (text and evidence)
    // a page removed since it was stored: the link says so, and the card the day it was first seen gone
    const removed = removedNote(report, a.id);
    const original = href
      ? `<a class="px-original" href="${escapeHtml(href)}" rel="noopener noreferrer nofollow" title="${removed ? 'Original (removed)' : 'Original'}"><span aria-hidden="true">↗</span><span class="px-sr">Original of ${outlet}${removed ? ' (removed)' : ''}</span></a>`
      : '';
    const gone = removed ? `<li><span class="px-k">Original</span> ${escapeHtml(removed)}</li>` : '';
    const copy = a.syndicatedFrom
      ? `<li><span class="px-k">${copyLabel(a, index.get(a.syndicatedFrom))}</span> ${escapeHtml(articleLabel(index.get(a.syndicatedFrom)))}</li>`
      : '';
    return `<li class="px-card"><p class="px-card-outlet">${outlet}${when ? ` <time datetime="${escapeHtml(a.publishedAt ?? '')}">${escapeHtml(when)}</time>` : ''}</p>${original}<p class="px-card-title"><a href="${escapeHtml(links.articleHref(a.id))}" title="${escapeHtml(a.title ?? '')}"><span class="px-sr">Article of ${outlet}: </span>${title}</a></p><ul class="px-card-facts">${gone}${differenceFacts(story, report, a.id)}${quoteFacts(story, report, a.id)}${copy}${tone(story.framing, a.id)}${distinctive(story.framing, a.id)}</ul></li>`;
  });
  const more = cards.slice(CARDS_SHOWN);
  const rest = more.length
    ? `<details class="px-more"><summary>${more.length} more outlets</summary><ul class="px-cards">${more.join('')}</ul></details>`
    : '';
  return `<ul class="px-cards">${cards.slice(0, CARDS_SHOWN).join('')}</ul>${rest}`;
}
