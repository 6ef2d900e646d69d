import { stem } from '../../../text/normalise.ts';
import { REPORTING_STEMS } from '../data/word-forms.ts';
import { perReading, type Reading } from './reading.ts';

// Words that set a thing apart from one of its kind told before ("attacked another UN school", "in
// a separate attack", "a previous blast at the plant": history beside the news); not an increment
// ("another 20 people": a number follows).
const APART = new Set(['another', 'separate', 'previous']);

// Verbs of telling: "another news agency quoted the governor" sets apart the teller, not the event.
const TELLING = new Set([...REPORTING_STEMS, 'quot', 'cit']);

// The stems of the nouns a reading sets apart: "another UN school" gives "school".
const setApart = perReading((r: Reading): readonly string[] => {
  const tokens = r.claim.tokens;
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!APART.has(t.norm)) return;
    for (let j = i + 1; j < i + 4; j++) {
      const n = tokens[j];
      if (n === undefined || n.pos === 'NUM') return;
      if (n.pos !== 'NOUN') continue;
      if (!tokens.slice(j + 1, j + 3).some((v) => TELLING.has(stem(v.text)))) out.push(stem(n.text));
      return;
    }
  });
  return out;
});

/**
 * Whether one side tells of another thing of a kind the other side names ("three were killed when
 * forces attacked another UN school" / "40 were killed in an attack on a UN school"): two events, so
 * their figures and dates are no clash.
 */
export function anotherOfKind(a: Reading, b: Reading): boolean {
  // (both setting it apart, "another school" on each side, tell of one thing)
  const told = (x: Reading, y: Reading) =>
    setApart(x).some((s) => y.allStems.has(s) && !setApart(y).includes(s));
  return told(a, b) || told(b, a);
}
