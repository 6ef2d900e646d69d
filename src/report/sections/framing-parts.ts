import type { Framing } from '../../model/index.ts';
import { escapeHtml } from '../util.ts';
import { type ColumnUses, columnHeading, type FramingColumn } from './framing-columns.ts';

type Tone = NonNullable<FramingColumn['tone']>;
const signed = (x: number) => `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(2)}`;

/** What the reports say, beside "—", of an outlet whose own voice holds no word of the tone lexicon. */
export const NO_TONE_WORD = 'no word of the tone list';

// the counts, not only a null score, say "no word": a report stored before scores were null has 0
const noTone = (t: Tone) => t.toneWords === 0 || t.sentiment === null;

// A text cut into lines of at most `max` characters at spaces (a word longer than a line is its own line).
function wrapped(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ').filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// An SVG text of several lines, one tspan a line, `step` px apart.
const lines = (texts: readonly string[], x: number, step: number): string =>
  texts.map((t, k) => `<tspan x="${x}" dy="${k ? step : 0}">${escapeHtml(t)}</tspan>`).join('');

// the chart's layout, px: the names' right edge, the axis, the bar's half width; a name's and a note's line
const [LABEL, MID, HALF] = [118, 190, 70];
const [NAME_LINE, NOTE_LINE] = [14, 12];
// characters a line holds: a name at 12 px in the label column, a note at 10 px from it to the chart's edge
const [NAME_CHARS, NOTE_CHARS] = [16, 32];

/**
 * Each outlet's own-voice sentiment as a diverging bar from −1 to +1 (inline SVG sized for a phone),
 * with its subjectivity and its headline's sentiment written beside it; '' when no outlet has a tone.
 * An outlet whose own voice has no word of the lexicon gets no bar: "—" and `NO_TONE_WORD`. Names and
 * notes are wrapped onto more lines, never cut (newuser22 #15: "The Patriot Dai…" at 1280 px).
 */
export function toneChart(columns: readonly FramingColumn[]): string {
  const rows = columns.filter((c) => c.tone);
  if (!rows.length) return '';
  let y = 4;
  const bars = rows
    .map((c) => {
      const t = c.tone as Tone;
      const name = columnHeading(c);
      const none = noTone(t);
      const s = none ? 0 : (t.sentiment as number);
      const w = Math.max(1.5, Math.abs(s) * HALF);
      const x = s < 0 ? MID - w : MID;
      const side = s < 0 ? 'px-neg' : 'px-pos';
      const subjectivity = none
        ? NO_TONE_WORD
        : t.subjectivity === null
          ? ''
          : `subjectivity ${t.subjectivity.toFixed(2)}`;
      const headline =
        t.headlineToneWords === 0
          ? `headline — (${NO_TONE_WORD})`
          : t.headlineSentiment === null
            ? ''
            : `headline ${signed(t.headlineSentiment)}`;
      const bar = none
        ? ''
        : `<rect x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="13" class="${side}"/>`;
      const nameLines = wrapped(name, NAME_CHARS);
      const notes = [subjectivity, headline].filter(Boolean).flatMap((n) => wrapped(n, NOTE_CHARS));
      // the notes start under the bar, or under the name where it takes more lines
      const noteY = y + 12 + Math.max(15, (nameLines.length - 1) * NAME_LINE + 15);
      const row = `<text x="${LABEL - 6}" y="${y + 12}" font-size="12" text-anchor="end" fill="currentColor">${lines(nameLines, LABEL - 6, NAME_LINE)}</text>${bar}<text x="${MID + HALF + 6}" y="${y + 12}" font-size="11" fill="currentColor">${none ? '—' : signed(s)}</text>${notes.length ? `<text x="${LABEL}" y="${noteY}" font-size="10" fill="currentColor" opacity=".75">${lines(notes, LABEL, NOTE_LINE)}</text>` : ''}`;
      y = noteY + Math.max(0, notes.length - 1) * NOTE_LINE + 7;
      return row;
    })
    .join('');
  const height = y + 14;
  const axis = `<line x1="${MID}" y1="0" x2="${MID}" y2="${height - 16}" stroke="currentColor" opacity=".5"/><text x="${MID - HALF}" y="${height - 4}" font-size="10" fill="currentColor">−1 negative</text><text x="${MID + HALF}" y="${height - 4}" font-size="10" text-anchor="end" fill="currentColor">positive +1</text>`;
  // an image's inner text is not read: its label names each outlet whole, with its score
  const spoken = rows
    .map((c) => {
      const t = c.tone as Tone;
      return `${columnHeading(c)} ${noTone(t) ? `— (${NO_TONE_WORD})` : signed(t.sentiment as number)}`;
    })
    .join('; ');
  return `<svg class="px-tone" role="img" aria-label="${escapeHtml(`Own-voice sentiment of each outlet, from −1 to +1: ${spoken}`)}" viewBox="0 0 ${MID + HALF + 40} ${height}" width="${MID + HALF + 40}" height="${height}">${axis}${bars}</svg>`;
}

/**
 * A term's neutral alternative as shown: a lexicon entry of "(neutral)" is a term style guides accept,
 * listed beside the contested ones for comparison ("unauthorized"), not a contested term.
 */
export function neutralLabel(neutral: string): string {
  return neutral === '(neutral)'
    ? 'none needed (accepted term)'
    : neutral.replace(/^\(neutral\)/, 'none needed');
}

/** Said under every list of terms: how uses are counted, and what "none needed" means. */
export const TERMS_LEGEND =
  'Uses in the headline, in the outlet’s own voice, and inside quotation marks (“quoted”), counted apart; a headline’s uses inside its own quotation marks are marked “(quoted)”: words it quotes, not its own; own voice includes its paraphrase of what others said (“X said that …”), whose words it chose, and its own scare quotes (so-called “crisis”). A term whose alternative is “none needed” is one style guides accept, listed to compare with the contested ones.';

/**
 * Said under every tone table and chart: how the scores are made, that their "own voice" leaves out
 * reported speech, which the contested terms' own voice counts (the two legends sit one above the
 * other), and that the tone and the contested terms may count the same word.
 */
export const TONE_LEGEND =
  'Sentiment = (positive − negative words) / (positive + negative + 2); subjectivity = share of subjective words; from a small listed lexicon, quotes and reported speech excluded: the tone’s “own voice” leaves out the paraphrase of what others said (“X said that …”) that the contested terms count. A word of the lexicon that most of the story’s outlets use is its subject, not tone, and is not counted (“closed” where a closure is the story). The tone and the contested terms’ table may count the same word (“reckless”, “crisis”): a judgement word is both. A label that table counts by its use (“illegal”) is not tone, nor is a party named (“the opposition Harbour Party”) or a status before the people it names (“refused applicants”).';

/**
 * Said under the distinctive words: what they are measured against, and what the measure cannot see
 * (a word only one outlet uses, in a small story), with where to look instead.
 */
export const DISTINCTIVE_NOTE =
  'Measured within this story only, against its other outlets (z ≥ 1.28, used twice at least). A word only one outlet uses rarely reaches that bar in a story of a few articles, so an outlet’s own loaded words may not show here: list them in a --terms file to have them counted in every outlet’s headline, own voice and quotes.';

/** The contested terms as a list: the neutral alternative, then only the outlets that used the term, and how. */
export function contestedList(
  framing: Framing,
  columns: readonly FramingColumn[],
  termLabel: (c: Framing['contested'][number]) => string,
  uses: (u: ColumnUses | undefined) => string,
): string {
  if (!framing.contested.length) return '';
  const items = framing.contested.map((c) => {
    const by = columns
      .filter((col) => uses(col.uses(c)) !== '—')
      .map((col) => `<strong>${escapeHtml(columnHeading(col))}</strong> ${escapeHtml(uses(col.uses(c)))}`);
    return `<li><strong>${escapeHtml(termLabel(c))}</strong> <small>neutral: ${escapeHtml(neutralLabel(c.neutral))}</small><br>${by.length ? by.join(' · ') : 'no outlet'}${c.note ? ` <small>— ${escapeHtml(c.note)}</small>` : ''}</li>`;
  });
  return `<h4>Contested terms</h4><ul class="px-contested">${items.join('')}</ul><p class="meta">${escapeHtml(TERMS_LEGEND)}</p>`;
}

type OutletRow = Framing['outlets'][number];
const SOURCE_WORDS = { manifest: 'manifest', table: 'outlet table' } as const;

/**
 * Where the leanings shown came from, said as the rows' heading ("manifest", "outlet table", "manifest
 * and outlet table"), and when the rows came from both a note on each row saying which.
 */
export function outletSources(rows: readonly OutletRow[]): {
  heading: string;
  rowNote: (row: OutletRow) => string;
} {
  const from = new Set(
    rows.flatMap((r) => (r.from === 'both' ? ['manifest', 'table'] : [r.from ?? 'table'])),
  );
  const heading = (['manifest', 'table'] as const)
    .filter((s) => from.has(s))
    .map((s) => SOURCE_WORDS[s])
    .join(' and ');
  const mixed = from.size > 1;
  const rowNote = (row: OutletRow) =>
    !mixed
      ? ''
      : row.from === 'both'
        ? ' (leaning from the manifest, owner from the outlet table)'
        : ` (${SOURCE_WORDS[row.from ?? 'table']})`;
  return { heading, rowNote };
}
