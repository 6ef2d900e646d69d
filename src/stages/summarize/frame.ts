import type { Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';
import { REPORTING_STEMS } from '../compare/data/word-forms.ts';
import type { Reading } from '../compare/support/index.ts';
import { perReading } from '../compare/support/reading.ts';
import { foldedWords, isDateWord } from '../compare/support/relations.ts';
import { QUOTING_VERBS } from './data/quoting-verbs.ts';
import { FIRST_PERSON } from './patterns.ts';

const QUOTING = new Set(QUOTING_VERBS.map(stem));
// The most words a frame that closes its sentence holds ("…, Norhaven harbour master Ada Quill was
// quoted as saying"): a longer tail tells more than who said it.
const FRAME_MAX = 12;
// The most words between a reporting verb and its "that" or colon ("told Iranian media that", "said
// in a statement that"): more tell what was announced ("announced the closure in a post on X:").
const HEARER_MAX = 4;

const reports = (stems: readonly string[], k: number): boolean =>
  REPORTING_STEMS.has(stems[k] as string) || QUOTING.has(stems[k] as string);
// a token tagged VERB; one tagged AUX is not one here (unlike the isVerb of other modules)
const isMainVerb = (t: Token | undefined): boolean => t?.pos === 'VERB';

// Where the content opens after a frame that opens the clause, or 0: "State television quoted the
// disaster centre as saying" (a quoting verb up to its "as" and reporting verb), "The governor told
// Iranian media that" (a reporting verb, the first verb, up to its "that" or colon with no verb and
// at most HEARER_MAX words between); a reporting verb its content follows bare ("said the bridge …")
// opens no frame here.
function openingFrame(tokens: readonly Token[], stems: readonly string[]): number {
  const i = tokens.findIndex((t) => isMainVerb(t));
  if (i < 0 || !reports(stems, i)) return 0;
  for (let k = i + 1; k < tokens.length - 2; k++) {
    const t = tokens[k] as Token;
    if (QUOTING.has(stems[i] as string) && t.norm === 'as' && reports(stems, k + 1)) return k + 2;
    if ((t.norm === 'that' || t.text === ':') && k - i <= HEARER_MAX + 1) return k + 1;
    if (isMainVerb(t)) return 0;
  }
  return 0;
}

// Where a frame that closes the clause opens, or the clause's length: after its last comma or closing
// quotation mark, at most FRAME_MAX words, with a reporting verb and no other verb ("…, the official
// said.", "…, said Lee Park.", "…,'' the governor was quoted as saying.", "…, according to IRNA.").
function closingFrame(tokens: readonly Token[], stems: readonly string[]): number {
  const n = tokens.length;
  for (let c = n - 2; c > 0 && n - c <= FRAME_MAX; c--) {
    if (!/^[,”"']+$|^''$/.test((tokens[c] as Token).text)) continue;
    let told = false;
    for (let k = c + 1; k < n; k++) {
      const t = tokens[k] as Token;
      if (reports(stems, k)) told = true;
      // another verb, or after the reporting verb a verb's helper or a number: content told
      // ("…, 12 are reported to be Somali")
      else if ((isMainVerb(t) && t.norm !== 'was') || (told && (t.pos === 'AUX' || t.pos === 'NUM')))
        return n;
    }
    return told ? c : n;
  }
  return n;
}

/**
 * A clause's report frame: who says it, to whom, and the reporting words ("State television quoted the
 * disaster centre in the province of Eastbank as saying", "…, the official said"), as the folded
 * words of its names and the stems of its words that the rest of the clause (its content) does not
 * use too, with the entity term of a person it alone names. Who reports a fact is its source, not a
 * participant, and the words that say so are no part of the fact another outlet must tell.
 */
export const reportFrame = perReading((r: Reading): { names: Set<string>; stems: Set<string> } => {
  const { tokens, tokenStems: stems } = r.claim;
  const open = openingFrame(tokens, stems);
  const close = closingFrame(tokens, stems);
  const names = new Set<string>();
  const words = new Set<string>();
  const content = new Set<string>();
  // "I" and "we" of the content are who says it: then the frame names a participant ("“Yes, I will
  // run for the Senate,” Okafor said")
  if (tokens.some((t, k) => k >= open && k <= close && FIRST_PERSON.test(t.text)))
    return { names, stems: words };
  tokens.forEach((t, k) => {
    const inFrame = k < open || k > close;
    const key = t.pos === 'PROPN' ? fold(t.text) : null;
    if (!inFrame) {
      content.add(stems[k] as string);
      if (key) content.add(`n:${key}`);
      return;
    }
    words.add(stems[k] as string);
    if (key) {
      names.add(key);
      words.add(`n:${key}`);
    }
  });
  for (const w of content) words.delete(w);
  for (const w of [...names]) if (content.has(`n:${w}`)) names.delete(w);
  // a person named in the frame only is its entity's term too ("Olaf Stenberg told reporters that")
  for (const [id, said] of r.claim.persons)
    if (said.length && said.every((w) => names.has(w) || w.endsWith('.'))) words.add(`e:${id}`);
  return { names, stems: words };
});

/**
 * Whether `b` names every participant of `a` outside its report frame (`participantShare`'s words,
 * the frame's names left out as its sources: "State television quoted the disaster centre in the
 * province of Eastbank as saying 10 people were killed" names no one who took part), and no person
 * of it goes unnamed there (`personMissing`, a person named only in the frame left out), by entity or
 * surname.
 */
export function namedOutsideFrame(a: Reading, b: Reading): boolean {
  const { names } = reportFrame(a);
  const inB = foldedWords(b);
  const own = (w: string) => !isDateWord(w) && !w.endsWith('.') && !names.has(w);
  if (![...a.nameWords].filter(own).every((w) => inB.has(w))) return false;
  for (const [id, words] of a.claim.persons) {
    const kept = words.filter((w) => !isDateWord(w) && !w.endsWith('.'));
    // named in the frame only; else by entity or surname (a pronoun's person, no words, by entity)
    if ((kept.length && kept.every((w) => names.has(w))) || b.claim.entityIds.has(id)) continue;
    const surname = kept[kept.length - 1];
    if (surname === undefined || !inB.has(surname)) return false;
  }
  return true;
}
