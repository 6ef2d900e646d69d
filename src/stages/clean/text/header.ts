import { parseByline } from './byline.ts';
import { SECTION_LABELS } from './data/lexicon.ts';
import { type Draft, decide } from './draft.ts';
import { describeLine, headlineLike, type Line, titleCasedStop } from './lines.ts';
import { NAME_TOKEN, TUNING } from './patterns.ts';

/**
 * Decide the undecided lines above the first prose line. The title is the headline-like line nearest
 * above the body (bylines, dates, captions and widgets may come between); lines above it are section
 * labels or site navigation; lines between it and the body are bylines, or a standfirst kept as body.
 */
export function decideHeader(
  lines: readonly Line[],
  drafts: Draft[],
  first: number,
  givenTitle?: string,
): void {
  const open: number[] = [];
  for (let i = 0; i < first && i < lines.length; i++) if (drafts[i]?.kind === null) open.push(i);
  if (first >= lines.length) {
    // No prose at all: nothing to anchor zones on; the first headline-like line is the title, unless it
    // is the text's only line and the input gives another headline apart: then it is the text itself.
    const top = open.find((i) => titleLike(lines[i] as Line, false));
    const onlyLine = top !== undefined && open.length === 1;
    if (onlyLine && givenTitle && !sameHeadline(lines[top] as Line, givenTitle)) return;
    if (top !== undefined) decide(drafts[top] as Draft, 'title', 'title', 'first headline-like line');
    return;
  }
  const window = open.slice(-TUNING.titleWindow);
  // Bylines with a job title ("Jane Roe Senior Reporter") are read before the title is chosen.
  let byline = drafts.some((d) => d.kind === 'byline');
  for (const i of window.slice(1)) {
    const name = byline ? null : parseByline((lines[i] as Line).text);
    if (!name) continue;
    decide(drafts[i] as Draft, 'byline', 'byline-role', 'line naming the author and their job or date');
    (drafts[i] as Draft).name = name;
    byline = true;
  }
  const title = chooseTitle(lines, drafts, window);
  const openAbove = open.filter((i) => i < title && drafts[i]?.kind === null);
  const nearest = openAbove[openAbove.length - 1];
  // Under a long menu only a known section name is trusted as the label.
  const known = nearest !== undefined && SECTION_LABELS.has((lines[nearest] as Line).text.toLowerCase());
  const shortLine = nearest !== undefined && (lines[nearest] as Line).words <= TUNING.sectionMaxWords;
  const labelAt = nearest !== undefined && (known || (shortLine && openAbove.length <= 2)) ? nearest : -1;
  for (const i of open) {
    const line = lines[i] as Line;
    const draft = drafts[i] as Draft;
    if (draft.kind !== null) continue;
    const lower = line.text.toLowerCase().replace(/[:|]$/, '');
    const section = SECTION_LABELS.has(lower) || draft.hintRule?.kind === 'section';
    if (title < 0) {
      if (section) decide(draft, 'section', 'section-label', 'section label above the article');
    } else if (i < title) {
      // The short line right above the headline is its section; the ones further up are the site menu.
      if (i === labelAt) decide(draft, 'section', 'section-label', 'section label above the headline');
      else if (line.words <= TUNING.sectionMaxWords)
        decide(draft, 'widget', 'menu-above-title', 'site menu item above the headline');
      else decide(draft, 'aside', 'above-title', 'text above the headline (site navigation or teasers)');
    } else {
      const name = byline ? null : nameLine(line);
      if (name) {
        decide(draft, 'byline', 'byline-under-title', 'line naming the author under the headline');
        draft.name = name;
        byline = true;
      } else if (section) decide(draft, 'section', 'section-label', 'section label near the headline');
      else if (line.words < TUNING.standfirstMinWords && !line.terminal && !line.bullet)
        decide(draft, 'widget', 'short-under-title', 'short label between the headline and the body');
    }
  }
}

/**
 * The headline-like line nearest above the body. Two headline-like lines in a row are a headline and
 * its subtitle (the upper one is the title); three or more are a list of other stories above it.
 */
function chooseTitle(lines: readonly Line[], drafts: Draft[], all: readonly number[]): number {
  const window = all.filter((i) => drafts[i]?.kind === null);
  const strict = window.map((i) => titleLike(lines[i] as Line, true));
  let at = strict.lastIndexOf(true);
  if (at < 0) at = window.findIndex((i) => titleLike(lines[i] as Line, false));
  if (at < 0) return -1;
  let run = 1;
  while (at - run >= 0 && strict[at - run]) run++;
  const upper = lines[window[at - 1] ?? -1];
  const lower = lines[window[at] ?? -1] as Line;
  if (run === 2 && upper && (upper.words >= 4 || lower.words > upper.words)) at--;
  const title = window[at] as number;
  decide(drafts[title] as Draft, 'title', 'title', 'headline-like line above the body');
  return title;
}

/** A line that can be a headline: headline-shaped (long headlines too), or a short capitalised line. */
function titleLike(line: Line, strict: boolean): boolean {
  if (SECTION_LABELS.has(line.text.toLowerCase())) return false;
  const long =
    (!line.terminal || titleCasedStop(line)) &&
    !line.quoted &&
    !line.bullet &&
    line.startsUpper &&
    line.words <= TUNING.titleMaxWords;
  if (strict) return (headlineLike(line) || long) && line.words >= 3;
  return headlineLike(line) || long || (line.words === 1 && !line.terminal && line.startsUpper);
}

/** A line that tells the given headline: the same letters and digits, one holding the other. */
function sameHeadline(line: Line, givenTitle: string): boolean {
  const given = describeLine(givenTitle).norm;
  return given.length > 0 && (given.includes(line.norm) || line.norm.includes(given));
}

/** A bare name under the headline ("Jane Roe"): two to four capitalised name tokens. */
function nameLine(line: Line): string | null {
  const tokens = line.text.split(' ');
  // no person's name opens with "The" ("The Lantern" is a paper's)
  if (tokens.length < 2 || tokens.length > 4 || line.terminal || /^the$/i.test(tokens[0] ?? '')) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token) && !/^(?:and|&)$/i.test(token))) return null;
  return line.text;
}
