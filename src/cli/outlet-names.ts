// Outlets named alike in one run ("Brackwater Gazete" in a manifest, "Brackwater Gazette" on the
// pages; "The Harbour Post" and "Harbour Post"): the report keeps them apart, a column each, so a
// misspelling splits one paper in two without a word. The run says so, and where each name came from.
import type { Article } from '../model/index.ts';

// a name as compared: case, accents, a leading "The", spaces and punctuation left out
const folded = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

// whether two folded names are within `max` edits (insert, delete, replace) of each other
function within(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    if (Math.min(...next) > max) return false;
    row = next;
  }
  return (row[b.length] ?? max + 1) <= max;
}

// The words a name writes in capitals as initials or a call sign ("KBT News": KBT), when the name
// is not written in capitals throughout ("VALLEY ECHO" has none).
function initials(name: string): string {
  if (!/\p{Ll}/u.test(name)) return '';
  return name
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => /^\p{Lu}{2,5}$/u.test(word))
    .join(' ');
}

/**
 * Whether two outlet names look like one outlet's: the same once case, accents, a leading "The" and
 * punctuation are left out, or (names of 6 letters and more) one or two letters apart, 1 under 12
 * letters; names whose numbers differ ("News 12", "News 13") or whose initials differ ("KBT News",
 * "KBX News": one letter tells one broadcaster from another) are other outlets.
 * @example
 * alike('Brackwater Gazete', 'The Brackwater Gazette'); // true
 */
export function alike(a: string, b: string): boolean {
  const [x, y] = [folded(a), folded(b)];
  if (!x || !y || a === b) return false;
  if (x === y) return true;
  if (x.replace(/\D/g, '') !== y.replace(/\D/g, '')) return false;
  const [p, q] = [initials(a), initials(b)];
  if (p && q && p !== q) return false;
  const shorter = Math.min(x.length, y.length);
  return shorter >= 6 && within(x, y, shorter >= 12 ? 2 : 1);
}

/**
 * One line for each group of the run's outlet names that `alike` reads as one outlet's, naming the
 * articles of each and the manifest where it gave the name (at most `limit` lines, then how many more).
 * @example
 * alikeOutletLines(report.articles);
 * // ['outlets named alike are reported apart: "Brackwater Gazete" (a4, from the manifest) and "Brackwater Gazette" (a6, a7); …']
 */
export function alikeOutletLines(
  articles: readonly Pick<Article, 'id' | 'outlet' | 'metadataSources'>[],
  limit = 5,
): string[] {
  const named = new Map<string, { ids: string[]; manifest: boolean }>();
  for (const article of articles) {
    if (!article.outlet) continue;
    const entry = named.get(article.outlet) ?? { ids: [], manifest: false };
    entry.ids.push(article.id);
    if (article.metadataSources.outlet === 'manifest') entry.manifest = true;
    named.set(article.outlet, entry);
  }
  const told = (name: string): string => {
    const { ids = [], manifest = false } = named.get(name) ?? {};
    const shown = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} …` : ids.join(', ');
    return `"${name}" (${shown}${manifest ? ', from the manifest' : ''})`;
  };
  // names alike joined into groups (one paper's three spellings are one line, not three)
  const groups: string[][] = [];
  for (const name of named.keys()) {
    const joined = groups.filter((group) => group.some((other) => alike(name, other)));
    const merged = [...joined.flat(), name];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  const alikeGroups = groups.filter((group) => group.length > 1);
  const lines = alikeGroups.slice(0, limit).map((group) => {
    const shown = group.map(told);
    return `outlets named alike are reported apart: ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}; if they are one, give it one name (a manifest's outlet wins)`;
  });
  if (alikeGroups.length > limit)
    lines.push(`and ${alikeGroups.length - limit} more groups of outlets named alike`);
  return lines;
}
