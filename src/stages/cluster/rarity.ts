import { NAME_RARITY } from './patterns.ts';
import type { StoryProfile } from './score.ts';
import type { Packed } from './vectors.ts';

/**
 * The article's names vector with each name weighted by how few of its candidate stories hold it:
 * a name every candidate holds (the country, the president, "police") says nothing about which of
 * them the article joins. A name held by `c` of `n` candidates keeps `1 - strength × (1 - r)` of its
 * weight, r = ln((n + 1) / c) / ln(n + 1) (1 when one story holds it, near 0 when all of many do); a
 * name no candidate holds keeps its weight. Unit length again; the vector as it is under two
 * candidates. Computed online from the candidate set, so it needs no count kept per story.
 */
export function distinguishingNames(
  names: Packed,
  candidates: readonly StoryProfile[],
  strength = NAME_RARITY,
): Packed {
  const n = candidates.length;
  if (n < 2 || strength <= 0 || names.ids.length === 0) return names;
  const weights = new Float32Array(names.weights.length);
  const scale = Math.log(n + 1);
  // how many candidates hold each name
  const holding = new Int32Array(names.ids.length);
  for (const story of candidates) story.names.countHeld(names.ids, holding);
  let norm = 0;
  for (let i = 0; i < names.ids.length; i++) {
    const held = holding[i] as number;
    const r = held === 0 ? 1 : Math.log((n + 1) / held) / scale;
    const w = (names.weights[i] as number) * (1 - strength * (1 - r));
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i] = (weights[i] as number) / norm;
  return { ids: names.ids, weights };
}
