import { type Doc, pastDateline, type Tok } from '../../../text/annotated.ts';
import { MAX_ASIDE_TOKENS, MAX_SPEAKER_TOKENS } from '../patterns.ts';
import { phraseAfter } from './phrases.ts';

// Where a sentence's main clause starts and what its subject is, past datelines, openers and asides.

const INTRO_POS = new Set(['ADP', 'ADV', 'SCONJ']);
const VERB_START = new Set(['VERB', 'AUX', 'ADV']);

/** "Dashing into the hall, …", "Early in the race, …": a participle (often tagged as a name) or an adjective before a preposition. */
function participleOpener(doc: Doc, a: number): boolean {
  const t = doc.tokens[a] as Tok;
  const next = doc.tokens[a + 1];
  if (next === undefined) return false;
  if ((t.pos === 'VERB' || t.pos === 'PROPN') && t.norm.endsWith('ing'))
    return next.pos === 'ADP' || next.pos === 'DET' || next.pos === 'ADV';
  // "Early in his campaign, …", "Later that day, …": a capitalised opener before a preposition and a pronoun
  const after = doc.tokens[a + 2];
  return (
    (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'PROPN') &&
    (next.pos === 'ADP' || next.pos === 'DET') &&
    (after?.pos === 'PRON' || after?.pos === 'DET' || after?.pos === 'NOUN')
  );
}

/**
 * Where a sentence's main clause starts: after a dateline ("WASHINGTON —"), and after an introductory phrase
 * up to its comma ("In a statement, …", "Dashing into a lunch, …", "When asked, …").
 */
export function clauseOpening(doc: Doc, first: number, limit: number): number {
  // "WASHINGTON —", "NEW YORK (AP) —": the article's dateline
  let a = pastDateline(doc, first, limit);
  // "And Lee gloated: …"
  if (doc.tokens[a]?.pos === 'CCONJ' && a + 1 < limit) a++;
  const opener = doc.tokens[a];
  if (opener && INTRO_POS.has(opener.pos)) {
    let c = a;
    while (c < limit && (doc.tokens[c] as Tok).text !== ',') c++;
    return c + 1;
  }
  if (opener && participleOpener(doc, a)) {
    // only when the phrase ends in a comma: "Friends of the Earth said" opens with a name
    let c = a;
    while (c < limit && (doc.tokens[c] as Tok).text !== ',') c++;
    if (c < limit) return c + 1;
  }
  return a;
}

/** The subject of a sentence (first noun phrase after any introductory phrase, then a verb): [start, end, verb]. */
export function subjectOf(doc: Doc, first: number, limit: number): [number, number, number] | null {
  const a = clauseOpening(doc, first, limit);
  if (a >= limit) return null;
  const head = phraseAfter(doc, a, limit);
  if (!head) return null;
  // "The Gazette and the Herald filed a motion …": two phrases joined by "and" are one subject
  const joined = doc.tokens[head[1]]?.norm === 'and' ? phraseAfter(doc, head[1] + 1, limit) : null;
  const np: [number, number] = joined ? [head[0], joined[1]] : head;
  let k = np[1];
  if (doc.tokens[k]?.text === '(') {
    // "Reyes (D-Va.) called …": step over the parenthesis
    while (k < limit && k - np[1] < MAX_SPEAKER_TOKENS && (doc.tokens[k] as Tok).text !== ')') k++;
    k++;
  }
  // "Ruiz, for her part, called …", "Lee, who said last week that …, issued": step over up to two asides
  if (doc.tokens[k]?.text === ',') {
    for (let n = 0; n < 2; n++) {
      const from = k;
      k++;
      while (k < limit && k - from < MAX_ASIDE_TOKENS && (doc.tokens[k] as Tok).text !== ',') k++;
      if (k >= limit || VERB_START.has(doc.tokens[k + 1]?.pos ?? '')) break;
    }
    k++;
  }
  // "Wu on Tuesday compared …": a time phrase before the verb
  if (doc.tokens[k]?.pos === 'ADP' && doc.tokens[k + 1]?.entity === 'DATE') {
    k++;
    while (k < limit && doc.tokens[k]?.entity === 'DATE') k++;
  }
  const next = doc.tokens[k];
  if (!next || k >= limit || !(next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV')) return null;
  // the cue is the main verb: "has also sent" → "sent"
  let verb = k;
  while (verb + 1 < limit && verb - k < 3 && (doc.tokens[verb] as Tok).pos !== 'VERB') verb++;
  return [np[0], np[1], (doc.tokens[verb] as Tok).pos === 'VERB' ? verb : k];
}
