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
  /** The outlet's quotes by their speaker's role; undefined in a report stored before. */
  readonly roles?: NonNullable<Framing['byOutlet']>[string]['roles'];
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
        roles: o.roles,
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
  'Whom each outlet quotes: the quotes its articles carry, with the speaker each article gives, counted once per article; “quoted” in quotation marks, “reported” told in the outlet’s words (“X said that …”). A role is the outlet’s own words for the speaker; where it states none, only the kind the other outlets agree on.';

type Role = NonNullable<NonNullable<FramingColumn['speakers']>[number]['role']>;
type RoleCounts = NonNullable<FramingColumn['roles']>;

/** How the report names each kind of speaker role. */
const ROLE_LABELS: Readonly<Record<keyof RoleCounts, string>> = {
  official: 'official',
  police: 'police',
  expert: 'expert',
  group: 'campaign or group',
  company: 'company',
  public: 'member of the public',
  unknown: 'role not stated',
};

// "official, “Councillor”": the kind and the outlet's words it is read from, unless those are the speaker's
// name ("Police") or the outlet states none (the kind its other outlets agree on: words '')
function roleText(role: Role, name: string | null): string {
  const same = name !== null && role.words.toLowerCase().replace(/^the /, '') === name.toLowerCase();
  return same || !role.words ? ROLE_LABELS[role.kind] : `${ROLE_LABELS[role.kind]}, “${role.words}”`;
}

/**
 * One outlet's speakers in words: "Ilse Varga (official, “Mayor”; quoted 1, reported 2), no speaker found
 * (reported 1)"; '' with none. `flags` adds words to a speaker's counts by name ("1 of them given to
 * Lev Arno by The Bay Times": words another outlet gives to someone else).
 */
export function speakersText(
  speakers: NonNullable<FramingColumn['speakers']>,
  flags: ReadonlyMap<string, string> = new Map(),
): string {
  return speakers
    .map((s) => {
      const flag = s.name === null ? undefined : flags.get(s.name);
      const counts = [s.quoted ? `quoted ${s.quoted}` : '', s.reported ? `reported ${s.reported}` : ''];
      const role = s.role ? `${roleText(s.role, s.name)}; ` : '';
      return `${s.name ?? 'no speaker found'} (${role}${counts.filter(Boolean).join(', ')}${flag ? `; ${flag}` : ''})`;
    })
    .join(', ');
}

/** Said before the count of each outlet's quotes by role. */
export const ROLES_LEGEND =
  'Quotes by the speaker’s role, as the articles state it (a title or a description next to the name, or the body that speaks); “role not stated” where no article states one or no speaker was found.';

/**
 * One outlet's quotes by role in words: "official 3, member of the public 1, role not stated 2", and
 * "(only officials and police)" where two or more quotes all have one of those roles stated; '' with none.
 */
export function rolesText(roles: RoleCounts): string {
  const kinds = (Object.keys(ROLE_LABELS) as (keyof RoleCounts)[]).filter((k) => roles[k]);
  const total = kinds.reduce((n, k) => n + (roles[k] ?? 0), 0);
  const text = kinds.map((k) => `${ROLE_LABELS[k]} ${roles[k]}`).join(', ');
  const official = kinds.every((k) => k === 'official' || k === 'police');
  return total >= 2 && official ? `${text} (only officials and police)` : text;
}
