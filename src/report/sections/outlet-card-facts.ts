// What an outlet's card says of the story's differences and quotes: the outlet's own value of each
// difference ("vote count 8–3", "injured 2 (earlier figure)"), and the quoted speakers whose words it
// gives otherwise than the outlets that quote them (paraphrased, or in words that say something else). Read from the report as it is; nothing new found.
import type { Conflict, Report, Story } from '../../model/index.ts';
import { escapeHtml } from '../util.ts';
import { sideOutlets } from './conflicts.ts';
import { toldValues } from './difference-values.ts';
import { differencesOf } from './differences.ts';
import { quotedParts } from './quote-parts.ts';

const outlets = (n: number) => `${n} ${n === 1 ? 'outlet' : 'outlets'}`;

// One difference as the card of `id` tells it, or null when the article is on none of its sides.
function differenceLine(d: Conflict, id: string, report: Report): string | null {
  const at = d.sides.findIndex(
    (s) => s.evidence.some((e) => e.articleId === id) || (s.told ?? []).some((t) => t.articleId === id),
  );
  if (at < 0) return null;
  const rows = toldValues(d, report);
  const row = rows.find((r) => r.articleId === id);
  if (row) {
    const updated = rows.some((r) => r.updates.some((u) => u.articleId === id));
    const older = d.update && rows.at(-1)?.value !== row.value;
    return `${row.value}${updated || older ? ' <small>(earlier figure)</small>' : ''}`;
  }
  // no value read: which side, and how many outlets stand on it
  const n = sideOutlets(d.sides[at] as Conflict['sides'][number], report);
  return `side ${at + 1} of ${d.sides.length} <small>(${outlets(n)})</small>`;
}

/** The card's lines for the differences the article stands on a side of, one per difference. */
export function differenceFacts(story: Story, report: Report, id: string): string {
  return differencesOf(story)
    .map((d) => {
      const line = differenceLine(d, id, report);
      return line ? `<li><span class="px-k">${escapeHtml(d.about)}</span> ${line}</li>` : '';
    })
    .join('');
}

/**
 * The quoted speakers whose words the article gives otherwise than the others: paraphrased (≈) where
 * another outlet quotes them, quoted in words that say something else (the quote matrix's "other
 * wording", a difference to check: "endangers for shields"), or only a part of the words in quotation
 * marks.
 */
export function quoteFacts(story: Story, report: Report, id: string): string {
  const byId = new Map(story.quotes.map((q) => [q.id, q]));
  const paraphrased: string[] = [];
  const other: string[] = [];
  const part: string[] = [];
  for (const row of story.quoteMatrix) {
    const q = byId.get(row.quoteId);
    const name = q?.speaker && !q.speaker.unresolved ? q.speaker.name : null;
    if (!q || !name) continue;
    const how = row.byArticle[id];
    const quotedElsewhere = Object.entries(row.byArticle).some(([a, h]) => a !== id && h === 'quoted');
    const differ = how === 'absent' ? row.otherWordings?.[id]?.words : undefined;
    if (how === 'paraphrased' && quotedElsewhere) paraphrased.push(escapeHtml(name));
    else if (differ)
      other.push(
        `${escapeHtml(name)} <small>(${escapeHtml(differ[1] || '—')} for ${escapeHtml(differ[0] || '—')})</small>`,
      );
    else if (how === 'quoted' && quotedParts(q, report).has(id)) part.push(escapeHtml(name));
  }
  const line = (key: string, items: string[]) =>
    items.length ? `<li><span class="px-k">${key}</span> ${[...new Set(items)].join(', ')}</li>` : '';
  return [line('Paraphrased', paraphrased), line('Other wording', other), line('Part quoted', part)].join('');
}
