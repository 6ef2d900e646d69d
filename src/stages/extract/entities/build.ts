import type { Entity, Evidence } from '../../../model/index.ts';
import { foldName } from '../../../text/normalise.ts';
import { GIVEN_NAMES } from '../data/given-names.ts';
import type { Mention } from '../names/records.ts';
import { unpersonalWord } from '../names/types.ts';
import type { AliasGraph, AliasNode, Item, PersonMention, ResolvedEntities } from './graph.ts';
import { type Draft, joinSurnames, loneWordOf, surnameTest } from './surnames.ts';

const NON_ASCII = /[^\u0020-\u007e]/;

function fullestName(items: readonly Item[]): string {
  const counts = new Map<string, { n: number; words: number }>();
  for (const item of items) {
    if (item.m.form !== 'name') continue;
    const c = counts.get(item.m.surface) ?? { n: 0, words: item.m.words.length };
    c.n++;
    counts.set(item.m.surface, c);
  }
  let best = '';
  let score = -1;
  for (const [surface, c] of counts) {
    // more words first, then more uses, then the spelling with accents
    const s = c.words * 1e6 + c.n * 10 + (NON_ASCII.test(surface) ? 1 : 0);
    if (s > score) {
      best = surface;
      score = s;
    }
  }
  return best || (items[0]?.m.surface ?? '');
}

/**
 * Join the bodies, places and things of one kind named by the same lone word ("the Academy announced",
 * "The Academy has asked"), which the alias graph filed apart as a speaker and a plain word.
 */
function joinSameWord(drafts: readonly Draft[]): Draft[] {
  const first = new Map<string, Draft>();
  const out: Draft[] = [];
  for (const d of drafts) {
    const word = d.kind === 'person' ? undefined : loneWordOf(d);
    const key = `${d.kind}:${word}`;
    const into = word === undefined ? undefined : first.get(key);
    if (into) {
      for (const item of d.items) into.items.push(item);
      into.first = Math.min(into.first, d.first);
      continue;
    }
    if (word !== undefined) first.set(key, d);
    out.push(d);
  }
  return out;
}

/** A one-word name typed by nothing but its shape or a speech verb after it. */
function loneWord(item: Item): boolean {
  return (
    item.m.form === 'name' &&
    item.m.words.length === 1 &&
    item.weight === 1 &&
    !item.m.role &&
    !item.m.personContext
  );
}

/** A name right before a work's noun ("the Real Life program"). */
const workTitle = (item: Item): boolean => item.m.form === 'name' && item.m.workContext;

/** A one-word name that is a known given name ("Paula"): a person's, whoever else it might name. */
const givenWord = (item: Item): boolean =>
  item.m.form === 'name' && item.m.words.length === 1 && GIVEN_NAMES.has(foldName(item.m.surface));

/** A one-word name in -s ("Officials", "Authorities"), the shape of a plural common noun. */
function pluralLooking(item: Item): boolean {
  return item.m.form === 'name' && /\p{Ll}s$/u.test(item.m.surface) && !/ss$/.test(item.m.surface);
}

/** A name of several words, typed by nothing strong, with a word a person's name lacks ("Festival"). */
function unpersonal(item: Item): boolean {
  return (
    item.m.form === 'name' &&
    item.weight === 1 &&
    item.m.words.length > 1 &&
    item.m.words.some(unpersonalWord)
  );
}

/** The kind the words around a name give it, if any ("startup X", "X spokesman"; "X, 49,"; "in X"). */
function contextKind(m: Mention): Entity['kind'] | undefined {
  if (m.personContext) return 'person';
  if (m.orgContext) return 'organization';
  // a lone word "in X" or before "province" is a place, even where a longer name ends in it ("Banda Aceh")
  return m.placeContext && m.words.length === 1 ? 'place' : undefined;
}

/** A one-word name of unknown kind followed by a verb, not after a place preposition. */
function actingWord(item: Item): boolean {
  return item.m.form === 'name' && item.m.words.length === 1 && item.m.subject && !item.m.placeContext;
}

/** Assemble entities from the alias graph: kind by weighted vote, fullest name, aliases, flags, mentions. */
export function buildEntities(
  items: readonly Item[],
  graph: AliasGraph,
  flags: ReadonlyMap<AliasNode, string>,
  idPrefix: string,
  articleOrder: ReadonlyMap<string, number>,
): ResolvedEntities {
  const groups = new Map<AliasNode, Item[]>();
  for (const item of items) {
    const root = graph.find(item.node);
    const list = groups.get(root);
    if (list) list.push(item);
    else groups.set(root, [item]);
  }
  let drafts: Draft[] = [];
  let order = 0;
  const firstSeen = new Map<Item, number>();
  for (const item of items) firstSeen.set(item, order++);
  const isSurname = surnameTest(items);
  for (const list of groups.values()) {
    const votes = new Map<string, number>();
    for (const item of list) {
      // a name typed by shape alone yields to the words around it ("startup X", "X spokesman")
      const context = item.weight === 1 && item.m.form === 'name' ? contextKind(item.m) : undefined;
      const kind = context ?? (item.kind === 'unknown' ? 'other' : item.kind);
      votes.set(kind, (votes.get(kind) ?? 0) + (context ? 2 : item.weight));
    }
    let kind: Entity['kind'] = list[0]?.node.kind ?? 'other';
    let best = 0;
    // a tie with no kind at all goes to the kind ("X's injury" and "X hurt his knee")
    for (const [k, v] of votes)
      if (v > best || (v === best && kind === 'other')) [kind, best] = [k as Entity['kind'], v];
    // a person only by the shape of the name ("Red Sox") needs a title, a known given name or a speech verb
    const corroborated = list.some(
      (i) =>
        i.weight > 1 ||
        i.m.form === 'role' ||
        i.m.cueAfter ||
        i.m.personContext ||
        (i.m.words.length === 1 && list.length > 1),
    );
    // a person only by the shape of the name, grouped with a body ("Red Sox" with "Boston Red Sox"), is that body
    const weakPerson = !list.some((i) => i.kind === 'person' && (i.weight > 1 || i.m.form === 'role'));
    if (kind === 'person' && weakPerson && votes.has('organization')) kind = 'organization';
    if (kind === 'person' && !corroborated) kind = 'other';
    // a speaking name that no title marks and whose words are no person's ("the Marlow Festival said")
    if (kind === 'person' && list.every(unpersonal)) kind = 'other';
    // a lone word that speaks ("Microsoft said") and never appears as a person's full name is a body
    // … unless it only opens sentences and looks like a plural common noun ("Negotiators said")
    const midSentence = list.some((i) => i.m.form === 'name' && !i.m.initial);
    const plainWord = !midSentence && list.every(pluralLooking);
    // … or the story gives some person that word as a surname ("Dana Pellworth" in a headline, "Pellworth
    // said"), or it is a common surname
    const surname = isSurname(list);
    // … or a known given name that no word around makes a body ("Only Paula was allowed …")
    const given = list.every(givenWord) && !votes.has('organization');
    if (kind === 'person' && list.every(loneWord) && !surname && !given)
      kind = plainWord ? 'other' : 'organization';
    // an unknown word that acts and is no person's or place's name is most often a body ("Quillmark has cut …")
    if (kind === 'other' && midSentence && list.some(actingWord))
      kind = (surname && list.every(loneWord)) || given ? 'person' : 'organization';
    // a name some article calls "the X program" is a work's title, unless a title or a given name marks a
    // person ("NBC's Real Life program" is no one; "the Jimmy Kimmel show" is Kimmel's)
    if (list.some(workTitle) && !list.some((i) => i.weight > 1 || i.m.form === 'role')) kind = 'other';
    if (kind === 'other' && list.length < 2) continue;
    drafts.push({
      items: list,
      kind,
      first: list.reduce((m, i) => Math.min(m, firstSeen.get(i) ?? 0), Infinity),
    });
  }
  drafts = joinSameWord(joinSurnames(drafts));
  drafts.sort((a, b) => b.items.length - a.items.length || a.first - b.first);
  const entities: Entity[] = [];
  const byMention = new Map<string, string>();
  const people = new Map<string, PersonMention[]>();
  const roles = new Map<string, string[]>();
  drafts.forEach((d, n) => {
    const id = `${idPrefix}e${n + 1}`;
    const name = fullestName(d.items);
    const seen = new Set<string>();
    const mentions: Evidence[] = [];
    const aliases: string[] = [];
    const entityFlags = new Set<string>();
    const sorted = [...d.items].sort(
      (a, b) =>
        (articleOrder.get(a.m.articleId) ?? 0) - (articleOrder.get(b.m.articleId) ?? 0) ||
        a.m.start - b.m.start,
    );
    for (const item of sorted) {
      const m = item.m;
      const key = `${m.articleId}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      mentions.push({ articleId: m.articleId, span: { start: m.start, end: m.end } });
      byMention.set(`${m.articleId}:${m.start}`, id);
      if (m.surface !== name && !aliases.includes(m.surface)) aliases.push(m.surface);
      const flag = flags.get(item.node);
      if (flag) entityFlags.add(flag);
      if (d.kind === 'person' && m.role) {
        const list = roles.get(m.role) ?? [];
        if (!list.includes(id)) list.push(id);
        roles.set(m.role, list);
      }
      // a name that only modifies a noun ("his Oscar role") is no one a later pronoun may stand for
      if (d.kind === 'person' && !(m.form === 'name' && m.modifier)) {
        const list = people.get(m.articleId) ?? [];
        list.push({ token: m.token, paragraph: m.paragraph, entityId: id });
        people.set(m.articleId, list);
      }
    }
    entities.push({ id, kind: d.kind, name, aliases, flags: [...entityFlags], mentions });
  });
  for (const list of people.values()) list.sort((a, b) => a.token - b.token);
  return { entities, byMention, people, roles, byId: new Map(entities.map((e) => [e.id, e])) };
}
