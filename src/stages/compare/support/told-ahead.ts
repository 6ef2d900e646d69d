import { POSSIBILITY_MODALS } from '../data/modality-cues.ts';
import type { Reading } from './reading.ts';

// A modal of possibility right before a verb, or before its "be" / "have" ("could reverse", "might be
// loaded", "could have fled"): the verb itself told as possible, not a clause that governs it.
const POSSIBLE = new Set(POSSIBILITY_MODALS);
const modalRightBefore = (r: Reading, at: number): boolean => {
  const t = r.claim.tokens;
  const aux = (k: number) => /^(be|been|have)$/.test(t[k]?.norm ?? '');
  return POSSIBLE.has(t[at - 1]?.norm ?? '') || (aux(at - 1) && POSSIBLE.has(t[at - 2]?.norm ?? ''));
};

/**
 * Whether a predicate a claim of done deeds tells as done, in a verb of its own ("fled", "a tanker
 * loaded with …"), is told by `b` as ahead ("who will flee", "which will be loaded") or as possible
 * by a modal right before it ("which could be loaded"), where the claim's first predicate is another
 * ("shot one of the robbers, who fled"). A possibility read from further off ("could do nothing but
 * speak", "claimed that …") is too often a paraphrase; an infinitive of the claim's ("legislation to
 * raise the age") tells no time, and a denied one ("not yet known") none either.
 */
export function predicateToldAhead(a: Reading, b: Reading): boolean {
  if (a.modality !== 'happened') return false;
  const tokens = a.claim.tokens;
  for (const p of a.predicates) {
    const mine = a.moods.get(p);
    if (mine?.modality !== 'happened' || mine.negated || tokens[mine.at - 1]?.norm === 'to') continue;
    const theirs = b.moods.get(p);
    if (
      theirs?.modality === 'planned' ||
      (theirs?.modality === 'hypothetical' && modalRightBefore(b, theirs.at))
    )
      return true;
  }
  return false;
}
