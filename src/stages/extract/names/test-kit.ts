// What the name tests share: the entities the extract stage finds in invented articles of one story.
import { createContext } from '../../../model/index.ts';
import { storyFromTexts } from '../from-text.ts';
import { extract } from '../index.ts';

/** The names of invented articles of one story (one per text), each "kind | name", sorted. */
export function names(...texts: string[]): string[] {
  const out = extract()(storyFromTexts(texts.map((text, i) => ({ id: `a${i + 1}`, text }))), createContext());
  return out.entities.map((e) => `${e.kind} | ${e.name}`).sort();
}
