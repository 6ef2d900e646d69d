import type { Token } from '../../../model/index.ts';
import { fold } from '../../../text/normalise.ts';
import { FUTURE_MARKERS } from '../data/modality-cues.ts';
import { INTENT_WORDS } from '../data/plan-cues.ts';
import type { Reading } from './reading.ts';
import { foldedWords } from './relations.ts';

// Whether a plan and a done event are told of one subject (plan-done.ts): "Varga imposed tariffs"
// is not what "Orvania … they will be imposing" tells ahead.

const FUTURE = new Set(FUTURE_MARKERS);
// the words of a verb's group, between it and its subject ("will soon be", "is expected to")
const GROUP_POS = new Set(['AUX', 'PART', 'ADV']);
const GROUP_WORDS = new Set(['to', 'be', 'been', 'being', 'have', "'d", '``', "''", '"']);
const inGroup = (t: Token): boolean =>
  GROUP_POS.has(t.pos) || GROUP_WORDS.has(t.norm) || FUTURE.has(t.norm) || INTENT_WORDS[t.norm] === true;
// the words of a noun phrase: "the Philadelphia 76ers' coach", "Dr. Regina Benjamin"
const PHRASE_POS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM']);
const inPhrase = (t: Token): boolean => PHRASE_POS.has(t.pos) || /^(?:['’]s?|\.|-)$/.test(t.text);
const RELATIVE = new Set(['who', 'which', 'that', 'whom']);
const nameOf = (t: Token): string[] => (t.pos === 'PROPN' && /\p{L}{2}/u.test(t.text) ? [fold(t.text)] : []);

/**
 * The folded name words of the subject of the verb at `at`: the proper nouns of the noun phrase
 * before its verb group where a name heads it ("President Ada Varga signed"; not "Senior Orvanian
 * officials met", headed by a common noun), of each of its conjuncts ("Holm, Lunde and
 * adviser Mara Quist-Berg will meet"), past an aside set off by commas before the verb
 * ("The patch, MS08-067, was released"); for a pronoun ("they will be imposing"), of the nearest
 * name before it in the sentence ("China announced that they …"). Empty when it names no one.
 */
export function subjectNames(tokens: readonly Token[], at: number): readonly string[] {
  let k = at - 1;
  while (k >= 0 && inGroup(tokens[k] as Token)) k--;
  if (tokens[k]?.text === ',') k--;
  const head = tokens[k];
  if (head?.pos === 'PRON') {
    if (RELATIVE.has(head.norm)) return [];
    // a pronoun stands for the nearest name before it
    while (k >= 0 && tokens[k]?.pos !== 'PROPN') k--;
    const names: string[] = [];
    for (; k >= 0 && tokens[k]?.pos === 'PROPN'; k--) names.push(...nameOf(tokens[k] as Token));
    return names;
  }
  const names: string[] = [];
  for (;;) {
    // one conjunct: its names count where a name heads it
    const named = tokens[k]?.pos === 'PROPN';
    for (; k >= 0 && inPhrase(tokens[k] as Token); k--) if (named) names.push(...nameOf(tokens[k] as Token));
    const before = tokens[k - 1];
    if (!/^(?:,|and)$/.test(tokens[k]?.norm ?? '') || before === undefined || !inPhrase(before)) return names;
    k--;
  }
}

/**
 * The folded noun and name words of the subject of the verb at `at` ("expected the budget to pass":
 * "budget"): of the noun phrase before its verb group, past an aside set off by commas. Empty for a
 * pronoun or a relative word, which name nothing to check.
 */
export function subjectWords(tokens: readonly Token[], at: number): readonly string[] {
  let k = at - 1;
  while (k >= 0 && inGroup(tokens[k] as Token)) k--;
  if (tokens[k]?.text === ',') k--;
  const words: string[] = [];
  if (tokens[k]?.pos === 'PRON') return words;
  for (; k >= 0 && inPhrase(tokens[k] as Token); k--) {
    const t = tokens[k] as Token;
    if ((t.pos === 'NOUN' || t.pos === 'PROPN') && /\p{L}{2}/u.test(t.text)) words.push(fold(t.text));
  }
  return words;
}

/**
 * Whether the plan (`plan` at `planAt`) and the done event (`done` at `doneAt`) are told of
 * another subject: one side's subject names someone the other sentence does not name.
 */
export function otherSubject(plan: Reading, planAt: number, done: Reading, doneAt: number): boolean {
  const apart = (r: Reading, at: number, other: Reading) => {
    const names = subjectNames(r.claim.tokens, at);
    const words = foldedWords(other);
    return names.length > 0 && !names.some((w) => words.has(w));
  };
  return apart(plan, planAt, done) || apart(done, doneAt, plan);
}
