// --outlet as the user types it: "patriot daily" for "The Patriot Daily". The store matches an outlet
// by its whole name in any case; where that finds nothing, the one known name `alike` reads as the same
// outlet's (a leading "The", accents, punctuation, a letter) is taken instead (said on stderr), or else
// the known names are listed.
import { parseCursor, storyListPage } from '../store/story-cursor.ts';
import type { ListFilter, Store } from '../store/types.ts';
import { alike } from './outlet-names.ts';

// stories read for the names of their outlets when the given one matches none (a page, and at most this many pages)
const PAGE = 200;
const MAX_PAGES = 50;
// names listed in the hint at most
const LISTED = 12;

/** The outlet names the store knows: those its manifests recorded and those of its stories' articles. */
async function knownOutlets(store: Store): Promise<string[]> {
  const names = new Set((await store.outlets()).map((o) => o.name));
  let after: Parameters<typeof storyListPage>[1]['after'];
  for (let n = 0; n < MAX_PAGES; n++) {
    const page = await storyListPage(store, after ? { after } : {}, PAGE);
    for (const story of page.stories) for (const name of story.outlets) names.add(name);
    if (page.next === null) break;
    const cursor = parseCursor(page.next);
    if (!cursor) break;
    after = cursor;
  }
  return [...names].sort((a, b) => a.localeCompare(b));
}

/**
 * The filter with its `--outlet` as the store names it, and a line for stderr: where no stored article
 * carries the name as given (in any case), the one known name `alike` reads as the same outlet's is
 * used ("--outlet "patriot daily" read as "The Patriot Daily""), and where none or several do, the
 * known names are listed so the next try can be right (`names`, also in `line`). Unchanged, with no line, when it matches.
 */
export async function resolveOutlet(
  store: Store,
  filter: ListFilter,
): Promise<{ filter: ListFilter; line?: string; names?: string }> {
  const given = filter.outlet;
  if (given === undefined) return { filter };
  for await (const _ of store.articles({ outlet: given, limit: 1 })) return { filter };
  const known = await knownOutlets(store);
  const loose = known.filter((name) => alike(name, given));
  if (loose.length === 1) {
    const name = loose[0] as string;
    return { filter: { ...filter, outlet: name }, line: `--outlet "${given}" read as "${name}"` };
  }
  const listed = (loose.length ? loose : known).slice(0, LISTED);
  const more = (loose.length ? loose : known).length - listed.length;
  const names = known.length
    ? `${loose.length ? 'it could be' : 'the outlets are'}: ${listed.map((n) => `"${n}"`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`
    : "the store's articles name no outlet";
  return { filter, line: `no outlet is named "${given}"; ${names}`, names };
}
