import type { Entity } from '../../../model/index.ts';
import { foldName } from '../../../text/normalise.ts';
import { COMMON_SURNAMES } from '../data/surnames.ts';
import { nameLike } from '../names/types.ts';
import { INITIAL } from '../patterns.ts';
import type { Item } from './graph.ts';

/**
 * The surnames the story gives people: the last word of a well-typed person's name ("Dana Pellworth"), of any
 * name where it follows a given name and a middle initial ("Councilwoman Rosa T. Marchetti"), or a lone word
 * the words around it make a person's ("Mr. Pellworth", "Pellworth hurt his knee").
 */
function storySurnames(items: readonly Item[]): Set<string> {
  const out = new Set<string>();
  for (const { m, kind, weight } of items) {
    if (m.form !== 'name') continue;
    if (m.words.length === 1 && m.personContext) out.add(foldName(m.words[0] as string));
    if (m.words.length < 2) continue;
    const w = m.words;
    const last = w[w.length - 1] as string;
    const initialled =
      w.length >= 3 && INITIAL.test(w[w.length - 2] as string) && nameLike(w[w.length - 3] as string);
    if ((kind === 'person' && (weight > 1 || m.personContext)) || initialled) out.add(foldName(last));
  }
  return out;
}

/**
 * A test for whether a group of names is a surname: one the story gives a person, or a common surname the story
 * nowhere shows as a body ("Harper cut its forecast").
 */
export function surnameTest(items: readonly Item[]): (list: readonly Item[]) => boolean {
  const surnames = storySurnames(items);
  const bodies = new Set(
    items.flatMap((i) =>
      i.m.form === 'name' && i.m.words.length === 1 && i.m.orgContext ? [foldName(i.m.words[0] ?? '')] : [],
    ),
  );
  return (list) =>
    list.some((i) => {
      const w = i.m.form === 'name' ? foldName(i.m.words[0] ?? '') : '';
      return surnames.has(w) || (COMMON_SURNAMES.has(w) && !bodies.has(w));
    });
}

/** An entity being assembled: its mentions, its kind and where it is first seen. */
export interface Draft {
  items: Item[];
  kind: Entity['kind'];
  first: number;
}

/**
 * Join each person named by a lone surname to the one person the story names in full with it ("Pellworth" to
 * "Dana Pellworth" named only in a headline), where the aliases left them apart; returns the drafts left.
 */
export function joinSurnames(drafts: readonly Draft[]): Draft[] {
  const owners = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.kind !== 'person') continue;
    const lasts = new Set<string>();
    for (const { m } of d.items)
      if (m.form === 'name' && m.words.length >= 2) lasts.add(foldName(m.words.at(-1) ?? ''));
    for (const last of lasts) owners.set(last, [...(owners.get(last) ?? []), d]);
  }
  const out: Draft[] = [];
  for (const d of drafts) {
    const word = d.kind === 'person' ? loneWordOf(d) : undefined;
    const owner = word === undefined ? undefined : owners.get(word);
    const into = owner?.length === 1 ? owner[0] : undefined;
    if (into && into !== d) {
      for (const item of d.items) into.items.push(item);
      into.first = Math.min(into.first, d.first);
    } else out.push(d);
  }
  return out;
}

/** The folded word of a draft whose every mention is the same one-word name, else undefined. */
export function loneWordOf(d: Draft): string | undefined {
  let word: string | undefined;
  for (const { m } of d.items) {
    if (m.form !== 'name' || m.words.length !== 1) return undefined;
    const w = foldName(m.words[0] as string);
    if (word !== undefined && w !== word) return undefined;
    word = w;
  }
  return word;
}
