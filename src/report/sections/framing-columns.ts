import type { Article, Framing } from '../../model/index.ts';
import { articleLabel } from '../util.ts';

type Contested = Framing['contested'][number];
type Tone = Omit<Framing['tone'][string], 'evidence'>;
/** How a column uses a contested term: an article's uses, or an outlet's summed over its articles. */
export type ColumnUses = Pick<
  Contested['byArticle'][string],
  'headline' | 'headlineQuoted' | 'ownVoice' | 'inQuotes'
>;

/** One column of the framing's tables: an outlet and its articles (an article, in a report stored before). */
export interface FramingColumn {
  /** The outlet's name, or the article's label where it names no outlet. */
  readonly label: string;
  /** The outlet's articles (all of them, also those a page does not show). */
  readonly articleIds: readonly string[];
  readonly tone: Tone | undefined;
  readonly uses: (c: Contested) => ColumnUses | undefined;
  /** Whom the outlet quotes; undefined in a report stored before. */
  readonly speakers?: NonNullable<Framing['byOutlet']>[string]['speakers'];
}

/**
 * The columns of the contested terms' and the tone's tables: one per outlet of the story (`byOutlet`)
 * that has one of `articles`, in the story's order, with its uses and tone summed over all its
 * articles; in a report stored before outlets were summed, one per article, as it was shown then.
 */
export function framingColumns(framing: Framing, articles: readonly Article[]): FramingColumn[] {
  const outlets = framing.byOutlet;
  if (!outlets)
    return articles.map((a) => ({
      label: articleLabel(a),
      articleIds: [a.id],
      tone: framing.tone[a.id],
      uses: (c) => c.byArticle[a.id],
    }));
  const byId = new Map(articles.map((a) => [a.id, a]));
  return Object.entries(outlets)
    .filter(([, o]) => o.articleIds.some((id) => byId.has(id)))
    .map(([key, o]) => {
      const first = byId.get(o.articleIds.find((id) => byId.has(id)) as string) as Article;
      return {
        // an article that names no outlet is keyed by its id: it is shown by its label
        label: first.outlet?.trim() ? key : articleLabel(first),
        articleIds: o.articleIds,
        tone: o.tone,
        uses: (c) => c.byOutlet?.[key],
        speakers: o.speakers,
      };
    });
}

/** A column's heading: the outlet, with its number of articles where it has more than one. */
export const columnHeading = (c: FramingColumn): string =>
  c.articleIds.length > 1 ? `${c.label}, ${c.articleIds.length} articles` : c.label;

/**
 * Which articles each outlet of several sums ("The Gullport Herald = a1, a2"), said under the tables so
 * that each article stays reachable; '' when every column is one article.
 */
export function columnsKey(columns: readonly FramingColumn[]): string {
  const many = columns.filter((c) => c.articleIds.length > 1);
  if (!many.length) return '';
  return `Each column is an outlet, its articles summed: ${many.map((c) => `${c.label} = ${c.articleIds.join(', ')}`).join('; ')}. An outlet’s tone reads its articles as one text: their words counted together, not a mean of their scores.`;
}

/** Said before the list of whom each outlet quotes. */
export const SPEAKERS_LEGEND =
  'Whom each outlet quotes: the quotes its articles carry, with the speaker each article gives, counted once per article; “quoted” in quotation marks, “reported” told in the outlet’s words (“X said that …”).';

/** One outlet's speakers in words: "Ilse Varga (quoted 1, reported 2), an unnamed source (reported 1)"; '' with none. */
export function speakersText(speakers: NonNullable<FramingColumn['speakers']>): string {
  return speakers
    .map((s) => {
      const counts = [s.quoted ? `quoted ${s.quoted}` : '', s.reported ? `reported ${s.reported}` : ''];
      return `${s.name ?? 'no speaker found'} (${counts.filter(Boolean).join(', ')})`;
    })
    .join(', ');
}
