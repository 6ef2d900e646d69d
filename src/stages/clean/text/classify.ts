import { DATELINE_LINES, mastheadAbove, mastheadName, theName, wireOwnName } from '../outlet.ts';
import { parseByline } from './byline.ts';
import { SECTION_LABELS } from './data/lexicon.ts';
import { LINE_RULES, type LineKind, type LineRule } from './data/rules.ts';
import { isDateline } from './dates.ts';
import { type Draft, decide } from './draft.ts';
import { decideHeader } from './header.ts';
import { imprintOf } from './imprint.ts';
import { describeLine, headlineLike, type Line, proseScore, splitLines } from './lines.ts';
import { markCaptionsAboveCredits, markFollowers, markRepeats } from './neighbours.ts';
import { BY_PREFIX, TUNING } from './patterns.ts';
import { findMainRun } from './zones.ts';

/** The classifier's decision for one line: its kind, the rule or feature that decided it, and why. */
export interface Verdict {
  readonly line: Line;
  readonly kind: LineKind;
  readonly rule: string;
  readonly reason: string;
  /** The author's name, for byline lines. */
  readonly name?: string;
  /** The outlet's name, for an imprint line that gives it. */
  readonly outlet?: string;
}

/**
 * Classify every line of scraped text: certain rules first, then zones (header before the first prose
 * line, body, footer after the last one), then a feature score for the lines still undecided. A headline
 * the input gives apart (`givenTitle`, a JSON field) tells the text's only line is not the headline.
 */
export function classifyLines(
  content: string,
  rules: readonly LineRule[] = LINE_RULES,
  givenTitle?: string,
): Verdict[] {
  const lines = splitLines(content);
  const drafts = lines.map((line) => applyRules(line, rules));
  // the outlet's masthead as the first line is neither the headline nor a section (the outlet is read from it)
  // (or, ending in no news word, naming the wire whose dateline opens the text: "Kestrel Press")
  const below = lines.slice(1, DATELINE_LINES).map((l) => l.text);
  if (
    lines[0] &&
    drafts[0]?.kind === null &&
    (mastheadAbove(lines[0].text, lines[1]?.text) || wireOwnName(lines[0].text, below))
  )
    decide(drafts[0], 'section', 'masthead', 'the outlet’s masthead above the article');
  demoteTopLines(lines, drafts);
  // Zones: the body is the article's main run of prose; prose outside it is other content.
  const { first, last, skipped } = findMainRun(lines, drafts);
  const aside = new Uint8Array(lines.length);
  for (const run of skipped) aside.fill(1, run.start, run.end + 1);
  const inSkipped = (i: number) => aside[i] === 1;
  drafts.forEach((draft, i) => {
    if (draft.prose && (i < first || i > last || inSkipped(i)))
      decide(
        draft,
        'aside',
        'outside-main-text',
        'prose outside the main run of text (comments, teasers, site blurbs)',
      );
  });
  // A masthead under the headline of a short header ("Headline" / "The Norhaven Courier" / "Jane Roe" /
  // date) names the outlet too; in a page's long header (menus, teasers) such a line is a menu item.
  const shortHeader = first <= TUNING.mastheadHeaderLines;
  // "The Lantern" over the dateline is one too, though it ends in no news word
  for (let i = 1; shortHeader && i < Math.min(first, 3); i++) {
    const text = (lines[i] as Line).text;
    const overDate = theName(text) !== null && isDateline(lines[i + 1]?.text ?? '');
    if (drafts[i]?.kind === null && (mastheadName(text) || overDate))
      decide(drafts[i] as Draft, 'section', 'masthead', 'the outlet’s masthead in the header');
  }
  const vocabulary = countVocabulary(lines, drafts);
  decideHeader(lines, drafts, first, givenTitle);
  markCaptionsAboveCredits(lines, drafts);
  markRepeats(lines, drafts);
  markFollowers(lines, drafts);
  scoreUndecided(lines, drafts, vocabulary, first, last);
  return lines.map((line, i) => {
    const d = drafts[i] as Draft;
    const kind = d.kind ?? 'body';
    return {
      line,
      kind,
      rule: d.kind ? d.rule : 'body',
      reason: d.reason,
      ...(d.name ? { name: d.name } : {}),
      ...(d.outlet ? { outlet: d.outlet } : {}),
    };
  });
}

/**
 * What one line is by itself when a certain rule, a "By" byline or a dateline decides it ("Updated:
 * November 11, 2011 20: 09 IST" is a dateline, "By Jane Roe" a byline); null when only its place among
 * other lines could tell. A title given apart from the text is read this way before it is trusted.
 */
export function certainKind(text: string, rules: readonly LineRule[] = LINE_RULES): LineKind | null {
  return applyRules(describeLine(text), rules).kind;
}

/** Pass 1: certain rules decide, hints add to the score; "By" bylines and datelines are recognised. */
function applyRules(line: Line, rules: readonly LineRule[]): Draft {
  const draft: Draft = { kind: null, rule: '', reason: '', hint: 0, hintRule: null, prose: false };
  // Rules see a very long line's opening and end: boilerplate is short, and patterns stay cheap.
  const half = TUNING.longLineChars / 2;
  const view =
    line.text.length > TUNING.longLineChars
      ? `${line.text.slice(0, half)} ${line.text.slice(-half)}`
      : line.text;
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    if (!rule.pattern.test(view)) continue;
    if (rule.strength === 'certain') {
      decide(draft, rule.kind, rule.id, rule.reason);
      return draft;
    }
    draft.hint += rule.weight ?? 1;
    if (!draft.hintRule || (rule.weight ?? 1) > (draft.hintRule.weight ?? 1)) draft.hintRule = rule;
  }
  const name = BY_PREFIX.test(line.text) ? parseByline(line.text) : null;
  if (name) {
    decide(draft, 'byline', 'byline-by', 'line naming the author');
    draft.name = name;
    return draft;
  }
  const imprint = imprintOf(line.text);
  if (imprint) {
    decide(
      draft,
      imprint.byline ? 'byline' : 'dateline',
      'imprint',
      'the outlet, date and author side by side',
    );
    if (imprint.byline) draft.name = imprint.byline;
    if (imprint.outlet) draft.outlet = imprint.outlet;
    return draft;
  }
  if (line.words <= 14 && isDateline(line.text)) {
    decide(draft, 'dateline', 'dateline', 'publication date line');
    return draft;
  }
  draft.prose = proseScore(line) - draft.hint >= TUNING.proseMin;
  return draft;
}

/**
 * A long line without a final stop above the first sentence of the text is a headline, not prose. The
 * last undecided line has no text under it to head: it stays prose when it reads as prose (a one-line
 * excerpt cut off mid-sentence is the text, not a headline above it).
 */
function demoteTopLines(lines: readonly Line[], drafts: Draft[]): void {
  const lastOpen = drafts.findLastIndex((draft) => draft.kind === null);
  for (let i = 0; i < lastOpen; i++) {
    const line = lines[i] as Line;
    const draft = drafts[i] as Draft;
    if (draft.kind !== null) continue;
    if (line.terminal || line.quoted || line.words > TUNING.titleMaxWords) return;
    draft.prose = false;
  }
}

/** Content word -> number of prose lines that use it. */
function countVocabulary(lines: readonly Line[], drafts: readonly Draft[]): Map<string, number> {
  const counts = new Map<string, number>();
  lines.forEach((line, i) => {
    if (!drafts[i]?.prose) return;
    for (const word of new Set(line.content)) counts.set(word, (counts.get(word) ?? 0) + 1);
  });
  return counts;
}

/** Share of a line's content words that other prose lines also use (1 when it has too few to tell). */
function overlap(line: Line, draft: Draft, vocabulary: Map<string, number>): number {
  const words = new Set(line.content);
  if (words.size < 2) return 1;
  let shared = 0;
  for (const word of words) if ((vocabulary.get(word) ?? 0) - (draft.prose ? 1 : 0) > 0) shared++;
  return shared / words.size;
}

/** Pass 5: score the undecided non-prose lines from their features and position. */
function scoreUndecided(
  lines: readonly Line[],
  drafts: Draft[],
  vocabulary: Map<string, number>,
  first: number,
  last: number,
): void {
  const w = TUNING.weights;
  const runs = runsOf(lines, drafts, headlineLike);
  const menus = runsOf(lines, drafts, menuItemLike);
  lines.forEach((line, i) => {
    const draft = drafts[i] as Draft;
    if (draft.kind !== null || draft.prose || i < first) return;
    const footer = i > last;
    const next = drafts[i + 1];
    const run = runs[i] ?? 0;
    const menu = (menus[i] ?? 0) >= TUNING.menuRunMin;
    let score = draft.hint;
    if (footer) score += w.footer;
    if (footer && line.words <= 2) score += w.headerOrFooterShort;
    if (overlap(line, draft, vocabulary) < TUNING.lowOverlap) score += w.lowOverlap;
    if (run >= (footer ? 2 : TUNING.headlineRunMin)) score += w.inHeadlineRun;
    if (menu) score += w.inMenuRun;
    if (line.quoted && line.words >= 4) score += w.quotedSentence;
    // A short line that ends with a full stop is a sentence, however short ("Good luck, Tara.").
    if (/[.!?][”"’')]{0,2}$/u.test(line.text) && line.words >= 2 && line.startsUpper) score += w.sentenceEnd;
    const headline = headlineLike(line);
    // A heading announces the prose under it; a one-word line does not.
    if (next?.prose && !footer && headline) score += w.nextIsProse;
    if (score >= TUNING.removeAt) {
      if (menu) decide(draft, 'widget', 'menu-run', 'run of short link-like lines (site menu or tag list)');
      else if (headline && (footer || run > 1))
        decide(
          draft,
          'headline',
          'headline-other-story',
          'headline of another story (short, no sentence end, not about this one)',
        );
      else if (draft.hintRule) decide(draft, draft.hintRule.kind, draft.hintRule.id, draft.hintRule.reason);
      else if (footer && SECTION_LABELS.has(line.text.toLowerCase()))
        decide(draft, 'section', 'section-after-article', 'section link after the article');
      else decide(draft, footer ? 'trailer' : 'widget', 'stray-line', 'short line unlike the article text');
    } else if (headline && !footer && line.words <= TUNING.headlineMaxWords) {
      decide(draft, 'heading', 'heading', 'sub-heading inside the article');
    }
  });
}

/** A menu item: a few words, no sentence end, not a list bullet. */
function menuItemLike(line: Line): boolean {
  return !line.terminal && !line.bullet && line.words <= TUNING.menuItemMaxWords && /\p{L}/u.test(line.text);
}

/** For each line, the length of the run of consecutive undecided non-prose lines of one shape it belongs to. */
function runsOf(lines: readonly Line[], drafts: readonly Draft[], shape: (line: Line) => boolean): number[] {
  const runs = new Array<number>(lines.length).fill(0);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const draft = drafts[i];
    const inRun = line && draft && draft.kind === null && !draft.prose && shape(line);
    if (inRun) continue;
    for (let j = start; j < i; j++) runs[j] = i - start;
    start = i + 1;
  }
  return runs;
}
