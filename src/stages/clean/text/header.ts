import { parseByline } from './byline.ts';
import { SECTION_LABELS } from './data/lexicon.ts';
import { type Draft, decide } from './draft.ts';
import { headlineLike, type Line } from './lines.ts';
import { NAME_TOKEN, TUNING } from './patterns.ts';

/**
 * Decide the undecided lines above the first prose line: short labels above the headline are section
 * labels, the first headline-like line is the title, name lines under it are bylines; anything else
 * (a standfirst) stays in the body.
 */
export function decideHeader(lines: readonly Line[], drafts: Draft[], first: number): void {
  const open: number[] = [];
  for (let i = 0; i < first && i < lines.length; i++) if (drafts[i]?.kind === null) open.push(i);
  let title = -1;
  let byline = drafts.some((d) => d.kind === 'byline');
  open.forEach((i, k) => {
    const line = lines[i] as Line;
    const draft = drafts[i] as Draft;
    const lower = line.text.toLowerCase().replace(/[:|]$/, '');
    if (title < 0) {
      if (!titleLike(line)) return;
      const laterHeadline = open.slice(k + 1).some((j) => titleLike(lines[j] as Line));
      const sectionShaped = line.words <= TUNING.sectionMaxWords && line.words < 4;
      if (SECTION_LABELS.has(lower) || (sectionShaped && laterHeadline) || draft.hintRule?.kind === 'section')
        decide(draft, 'section', 'section-label', 'section label above the headline');
      else {
        decide(draft, 'title', 'title', 'first headline-like line');
        title = i;
      }
      return;
    }
    const name = byline ? null : (parseByline(line.text) ?? nameLine(line));
    if (name) {
      decide(draft, 'byline', 'byline-under-title', 'line naming the author under the headline');
      draft.name = name;
      byline = true;
    } else if (SECTION_LABELS.has(lower) || draft.hintRule?.kind === 'section') {
      decide(draft, 'section', 'section-label', 'section label near the headline');
    }
  });
}

/** A line that can be a headline: headline-shaped, or a single word that is not a known section. */
function titleLike(line: Line): boolean {
  return headlineLike(line) || (line.words === 1 && !line.terminal && line.startsUpper);
}

/** A bare name under the headline ("Jane Roe"): two to four capitalised name tokens. */
function nameLine(line: Line): string | null {
  const tokens = line.text.split(' ');
  if (tokens.length < 2 || tokens.length > 4 || line.terminal) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token) && !/^(?:and|&)$/i.test(token))) return null;
  return line.text;
}
