import type { Framing, Quote, SegmentedArticle, SpeakerRole } from '../../../model/index.ts';
import { articleOutletKey } from '../../../text/source.ts';
import type { ContestedCount, ContestedUse } from './contested.ts';
import { type ArticleToneCounts, addToneCounts, type ToneCounts, toneOf } from './tone.ts';

/**
 * The story's outlets in the order of their first article, each with its articles: keyed by the
 * outlet's name as its first article writes it (names compared without case or outer spaces); an
 * article that names no outlet is an outlet of its own, keyed by its id.
 */
export function outletGroups(docs: readonly SegmentedArticle[]): Map<string, string[]> {
  const keys = new Map<string, string>();
  const groups = new Map<string, string[]>();
  for (const { article } of docs) {
    const compared = articleOutletKey(article);
    const key = keys.get(compared) ?? (article.outlet?.trim() || article.id);
    keys.set(compared, key);
    groups.set(key, [...(groups.get(key) ?? []), article.id]);
  }
  return groups;
}

type OutletUse = NonNullable<Framing['contested'][number]['byOutlet']>[string];

// One outlet's uses of a term: its articles' uses summed, and how many of its articles use it.
function outletUse(uses: readonly ContestedUse[]): OutletUse {
  const sum = (pick: (u: ContestedUse) => number) => uses.reduce((n, u) => n + pick(u), 0);
  const quoted = sum((u) => u.headlineQuoted ?? 0);
  return {
    headline: sum((u) => u.headline),
    ...(quoted ? { headlineQuoted: quoted } : {}),
    ownVoice: sum((u) => u.ownVoice),
    inQuotes: sum((u) => u.inQuotes),
    articles: uses.length,
  };
}

/**
 * The framing summed by outlet: each contested term's uses per outlet (`byOutlet` beside `byArticle`,
 * only outlets that use it), and each outlet's articles with its tone, whose words are counted over
 * all its articles as one text (not a mean of the articles' scores): null where none of them holds a
 * word of the lexicon, the headline's null where none has a headline.
 */
export function byOutlet(
  groups: ReadonlyMap<string, readonly string[]>,
  contested: readonly ContestedCount[],
  tones: ReadonlyMap<string, ArticleToneCounts>,
  quotes: readonly Quote[] = [],
): { contested: ContestedCount[]; outlets: NonNullable<Framing['byOutlet']> } {
  const withOutlets = contested.map((c) => {
    const by: Record<string, OutletUse> = {};
    for (const [key, ids] of groups) {
      const uses = ids.flatMap((id) => (c.byArticle[id] ? [c.byArticle[id]] : []));
      if (uses.length) by[key] = outletUse(uses);
    }
    return { ...c, byOutlet: by };
  });
  const outlets: NonNullable<Framing['byOutlet']> = {};
  const none: ToneCounts = { positive: 0, negative: 0, subjective: 0, words: 0, found: 0 };
  for (const [key, ids] of groups) {
    const counts = ids.flatMap((id) => (tones.has(id) ? [tones.get(id) as ArticleToneCounts] : []));
    const body = counts.reduce((sum, c) => addToneCounts(sum, c.body), none);
    const heads = counts.flatMap((c) => (c.head ? [c.head] : []));
    const head = heads.length ? heads.reduce(addToneCounts, none) : null;
    const speakers = speakersOf(ids, quotes);
    outlets[key] = { articleIds: [...ids], tone: toneOf(body, head), speakers, roles: rolesOf(speakers) };
  }
  return { contested: withOutlets, outlets };
}

type Outlet = NonNullable<Framing['byOutlet']>[string];
type Speaker = Outlet['speakers'][number];

/**
 * Whom a set of articles quotes: each speaker with the quotes the articles carry as their own (the
 * quote's occurrences, so the speaker is the one each article gives), counted once per article, in
 * quotation marks (direct and partial) and reported ("X said that …") apart, with its role as these
 * articles state it (`outletRole`); a stance that is nobody's speech (`speech: false`: "refused to meet …")
 * left out; most quoted first, the story's order among equals. Speakers are one by entity, else by name; no
 * speaker found (none, or a pronoun no one was found for) is `name` null. (The quote matrix's ≈ marks are
 * not read: a paraphrase found there may give the words to another speaker.)
 */
export function speakersOf(articleIds: readonly string[], quotes: readonly Quote[]): Speaker[] {
  const ids = new Set(articleIds);
  // a name found without its entity ("police said") is the entity of that name found elsewhere ("Police
  // said"): one speaker whatever its case
  const named = new Map<string, string>();
  for (const q of quotes)
    if (q.speaker?.entityId) named.set(q.speaker.name.toLowerCase(), q.speaker.entityId);
  const keyOf = (speaker: Quote['speaker']): string => {
    const name = speaker?.name.toLowerCase() ?? '';
    return speaker ? (speaker.entityId ?? named.get(name) ?? `name:${name}`) : '';
  };
  // the roles the story's articles state for each speaker, whichever outlet quotes it
  const roles = new Map<string, SpeakerRole[]>();
  for (const q of quotes)
    if (q.speaker?.role && !q.speaker.unresolved)
      roles.set(keyOf(q.speaker), [...(roles.get(keyOf(q.speaker)) ?? []), q.speaker.role]);
  const out = new Map<string, Speaker>();
  for (const q of quotes) {
    const carried = new Set(q.occurrences.map((o) => o.articleId).filter((id) => ids.has(id))).size;
    if (!carried || q.speech === false) continue;
    const speaker = q.speaker?.unresolved ? null : q.speaker;
    const key = keyOf(speaker);
    const s = out.get(key) ?? {
      name: speaker?.name ?? null,
      entityId: speaker?.entityId ?? null,
      quoted: 0,
      reported: 0,
    };
    // the entity's name as written where it was found ("Police"), whichever came first
    if (speaker?.entityId && !s.entityId) [s.name, s.entityId] = [speaker.name, speaker.entityId];
    if (speaker && !s.role) {
      const role = outletRole(roles.get(key) ?? [], ids);
      if (role) s.role = role;
    }
    if (q.kind === 'indirect') s.reported += carried;
    else s.quoted += carried;
    out.set(key, s);
  }
  return [...out.values()].sort((a, b) => b.quoted + b.reported - (a.quoted + a.reported));
}

/**
 * A speaker's role for one outlet: the first its own articles state, in their words ("Union boss" is the
 * outlet's wording, not a fact about the speaker); where they state none, the kind alone (no words) when
 * every role the other articles state is of one kind; else none.
 */
export function outletRole(roles: readonly SpeakerRole[], ids: ReadonlySet<string>): SpeakerRole | undefined {
  const own = roles.find((r) => ids.has(r.evidence.articleId));
  if (own) return own;
  const first = roles[0];
  return first && roles.every((r) => r.kind === first.kind) ? { ...first, words: '' } : undefined;
}

/** An outlet's quotes by their speaker's role (quoted and reported, once per article): only roles it quotes. */
export function rolesOf(speakers: readonly Speaker[]): NonNullable<Outlet['roles']> {
  const out: NonNullable<Outlet['roles']> = {};
  for (const s of speakers) {
    const kind = s.role?.kind ?? 'unknown';
    out[kind] = (out[kind] ?? 0) + s.quoted + s.reported;
  }
  return out;
}
