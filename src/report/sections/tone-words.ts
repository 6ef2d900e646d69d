// The words behind an outlet's own-voice tone score, read from its articles' tone evidence, so that a
// reader can audit the score without a script.
import type { Framing, Report } from '../../model/index.ts';
import { escapeHtml, evidenceText } from '../util.ts';
import { columnHeading, type FramingColumn } from './framing-columns.ts';

// How a word counted: + positive, − negative, "subjective" for a subjective word of no sentiment.
const MARK = { positive: '+', negative: '−' } as const;

/**
 * The own-voice words an outlet's tone is read from, as its articles' evidence gives them, each with
 * how it counted and how often, most counted first: "illegal −×2, praised +, clearly (subjective)".
 * '' where no article of the outlet has evidence (none found, or a report stored before it was kept).
 * @example
 * toneWordsText(report, story.framing, ['a1', 'a3']) // 'failed −×2, welcomed +'
 */
export function toneWordsText(report: Report, framing: Framing, articleIds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const id of articleIds)
    for (const hit of framing.tone[id]?.evidence ?? []) {
      const word = evidenceText(report, hit).toLowerCase();
      if (!word) continue;
      const key = `${word} ${hit.sentiment ? MARK[hit.sentiment] : '(subjective)'}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => (n > 1 ? `${key}×${n}` : key))
    .join(', ');
}

/** The words each outlet's own-voice tone is read from, in HTML: a list under the tone chart; '' with none. */
export function toneWordsHtml(report: Report, framing: Framing, columns: readonly FramingColumn[]): string {
  const rows = columns
    .map((c) => ({ heading: columnHeading(c), words: toneWordsText(report, framing, c.articleIds) }))
    .filter((r) => r.words);
  if (!rows.length) return '';
  const items = rows.map((r) => `<li><strong>${escapeHtml(r.heading)}</strong>: ${escapeHtml(r.words)}</li>`);
  return `<p class="meta">${escapeHtml(TONE_WORDS_NOTE)}</p><ul class="px-tone-words">${items.join('')}</ul>`;
}

/** Said before the words behind the tone scores. */
export const TONE_WORDS_NOTE =
  'Words counted in each outlet’s own-voice tone (+ positive, − negative, ×N how often; a word just after “not” counts for the other side):';
