/**
 * Metamorphic edits that put what the evidence sentence tells under a frame a careful reader knows
 * breaks support: a condition ("If …", "Unless …", "It is unclear whether …"), a report that denies
 * it ("Officials denied that …", "Officials rejected claims that …"), an opponent's claim ("Critics
 * claim that …": the outlet tells what others allege, not that it happened), a modal with a weekday
 * ("may stay shut … on Monday": the coming Monday), two counts of two things swapped ("5 dead and 12
 * injured" → "12 dead and 5 injured"). One that keeps it: "Officials said that …" where nobody
 * reports the sentence yet (the judge takes a report for support). Each returns the new sentence or null.
 */

import { getModelWords } from '../../src/text/wink.ts';
import { NUMBER_WORDS, type PartTarget, splice } from './perturb-parts.ts';
import { withModal } from './perturb-verbs.ts';

const REPORTS = /^(says?|said|told|tells|reported|reports|announced|according|added|stated)$/;
const DAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// The sentence as a clause to frame: its closing mark off, its first word lowercased unless a name
// (a common word tagged a name, "Police", is lowercased; a name the story's entities start with, a
// run of names, "Mr. Oren", or a people's adjective, "Ostlander", "Velmese", keeps its capital);
// null for one that opens with a quotation or a mark, a conjunction ("and the hospital …": a piece a
// segmenter split off) or a dateline ("Kell / Velden: …").
function clause(t: PartTarget): string | null {
  const text = t.text.trim();
  const [first, second] = t.tokens;
  if (!first || !/^\p{L}/u.test(text) || first.pos === 'CCONJ') return null;
  const colon = t.tokens.findIndex((x) => x.text === ':');
  if (colon > 0 && colon <= 6 && t.tokens.slice(0, colon).every((x) => /^(PROPN|SYM|PUNCT)$/.test(x.pos)))
    return null;
  const name =
    (first.pos === 'PROPN' && !getModelWords().has(first.norm)) ||
    first.text === 'I' ||
    /^\p{Lu}{2}/u.test(first.text) ||
    t.named.some((n) => n.start === first.start) ||
    (first.pos === 'PROPN' && second?.pos === 'PROPN' && /^\p{Lu}/u.test(second.text)) ||
    (first.pos === 'PROPN' && /(?:an|ese|ish|i)$/.test(first.norm));
  return (name ? text : `${text[0]?.toLowerCase()}${text.slice(1)}`).replace(/[.!?]+$/u, '');
}

// Whether the sentence or the claim tells who reports it.
const reported = (t: PartTarget): boolean =>
  t.tokens.some((x) => REPORTS.test(x.norm)) || [...t.claimNorms].some((w) => REPORTS.test(w));

/** The sentence under a frame: `open` before it, `close` after it ("If …, that is news."). */
export const framed =
  (open: string, close = '', unreported = false) =>
  (t: PartTarget): string | null => {
    const body = clause(t);
    return body && !(unreported && reported(t)) ? `${open} ${body}${close}.` : null;
  };

/** The main verb under "may" where the sentence holds a weekday the claim holds ("may close … on Monday"). */
export function mayOnDay(t: PartTarget): string | null {
  if (!t.tokens.some((x) => DAYS.test(x.norm) && t.claimNorms.has(x.norm))) return null;
  return withModal(t, 'may');
}

// The value of a count token: digits, or a small count in words ("one" aside: as often a pronoun).
function countAt(t: PartTarget, k: number): number | null {
  const x = t.tokens[k];
  if (!x || x.entity === 'DATE' || x.entity === 'TIME' || x.norm === 'one') return null;
  const glued =
    /[-×/\p{L}$€£]/u.test(t.text[x.start - 1] ?? ' ') || /[-×/\p{L}%]/u.test(t.text[x.end] ?? ' ');
  if (glued) return null;
  const word = NUMBER_WORDS.indexOf(x.norm);
  if (word >= 0) return word + 1;
  return /^\d{1,3}(,\d{3})*$|^\d+$/.test(x.text) ? Number(x.text.replace(/,/g, '')) : null;
}

/**
 * Two counts the claim holds exactly, each of another thing, swapped ("5 dead and 12 injured" → "12
 * dead and 5 injured"); null unless the sentence counts two different things with two values.
 */
export function swappedCounts(t: PartTarget): string | null {
  const found: { k: number; value: number }[] = [];
  t.tokens.forEach((_, k) => {
    const value = countAt(t, k);
    if (value !== null && t.claimExact.includes(value) && !found.some((f) => f.value === value))
      found.push({ k, value });
  });
  const [p, q] = found;
  if (!p || !q) return null;
  const [np, nq] = [t.tokens[p.k + 1], t.tokens[q.k + 1]];
  // each is followed by the word of what it counts, and the two words differ
  if (!np || !nq || !/^\p{L}/u.test(np.text) || !/^\p{L}/u.test(nq.text) || np.norm === nq.norm) return null;
  const [xp, xq] = [t.tokens[p.k], t.tokens[q.k]] as [
    PartTarget['tokens'][number],
    PartTarget['tokens'][number],
  ];
  return splice(splice(t.text, xq.start, xq.end, xp.text), xp.start, xp.end, xq.text);
}
