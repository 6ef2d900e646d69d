import type { Token } from '../../model/index.ts';
import { stem } from '../../text/normalise.ts';
import { INDIRECT_CUES, NAMING_CUES } from '../extract/data/speech.ts';
import { COPULAS, JUDGEMENT_WORDS, PRESCRIPTIVE_MODALS } from './data/opinion-words.ts';

// The parts of speech a judgement word has when it judges: a name or a verdict is a noun ("a career
// liar", "a sham"; 'sham' also before one), a quality an adjective ("fool" and "bully" as verbs are no
// name).
const JUDGING_POS: Readonly<Record<'name' | 'verdict' | 'quality', ReadonlySet<string>>> = {
  name: new Set(['NOUN', 'PROPN']),
  verdict: new Set(['NOUN', 'PROPN', 'ADJ']),
  quality: new Set(['ADJ']),
};
// What may stand between a copula and the name it gives: "is a career liar", "he's a liar and a cheat".
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADV', 'CCONJ', 'PUNCT']);
const NAME_REACH = 5;

// Whether the name at i is what the sentence says someone is: a copula before it within its noun phrase.
function predicated(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - NAME_REACH); k--) {
    const t = tokens[k] as Token;
    if (COPULAS.has(t.norm)) return true;
    if (!NOUN_PHRASE.has(t.pos)) return false;
  }
  return false;
}

function judges(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const kind = JUDGEMENT_WORDS[t.norm];
  if (kind === undefined || !JUDGING_POS[kind].has(t.pos)) return false;
  if (kind === 'name') return predicated(tokens, i);
  // "resigned in disgrace" tells how, not what the writer makes of it
  return kind === 'quality' || tokens[i - 1]?.pos !== 'ADP';
}

// An ellipsis as one token (the character or three stops), or spaced stops ". . .", three tokens.
const ELLIPSIS = new Set(['…', '...']);
const PUNCHLINE_WORDS = 3;
// A pause for effect before a closing punch line ("… again.", "… but whatever."): an ellipsis after
// the sentence's first word with one to three words after it; one mid-sentence or at its end may
// mark a cut or a loose style, and tells no judgement.
function punchline(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const stops = t.text === '.' && tokens[i + 1]?.text === '.' && tokens[i + 2]?.text === '.' ? 3 : 1;
  if (i === 0 || (stops === 1 && !ELLIPSIS.has(t.text))) return false;
  const tail = tokens.slice(i + stops).filter((n) => /\p{L}|\d/u.test(n.text));
  return tail.length >= 1 && tail.length <= PUNCHLINE_WORDS;
}

/**
 * Whether a sentence tells the outlet's own verdict or advice rather than what happened: outside
 * quotation marks and in a sentence that reports no one (no verb of speech or naming: "argued that the
 * law should be struck down", "dismissed by critics as a sham" tell what others said), a modal of what
 * ought to be done ("Varga should pay attention …"), a word judging a person, body or event ("Ada Varga
 * is a career liar", "The race is becoming a clown show", "sinister activities"), or a pause for effect
 * before a punch line ("… against the paper … again.").
 */
export function ownVerdict(tokens: readonly Token[], quoted: (t: Token) => boolean): boolean {
  let verdict = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (quoted(t)) continue;
    if (t.pos === 'VERB') {
      // a verb of speech, not its noun ("The jobs report has …", "a state not lacking in …"), reports
      // the whole sentence; one of naming what follows it ("Varga is a liar …, when she dismissed …")
      // (its -ing form too: "ordered a review, saying the country should decide …")
      if (INDIRECT_CUES.has(t.norm) || (t.norm.endsWith('ing') && INDIRECT_CUES.has(stem(t.text))))
        return false;
      if (NAMING_CUES.has(t.norm)) return verdict;
    }
    if (PRESCRIPTIVE_MODALS.has(t.norm) || judges(tokens, i) || punchline(tokens, i)) verdict = true;
  }
  return verdict;
}
