import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { POSSESSIVE_PRONOUNS } from '../data/function-words.ts';
import { CUE_VERBS } from '../data/speech.ts';
import { orgByContext, workByContext } from './context-org.ts';
import { personByContext } from './context-person.ts';
import { placeByContext } from './context-place.ts';
import type { ArticleNames } from './records.ts';
import { OPENERS, wordSpansOf, wordsOf } from './runs.ts';
import type { NameKind } from './types.ts';

const SUBJECT_POS = new Set(['VERB', 'AUX']);

// Words of a place's context that as often take a person: "a letter from Ashby", "shouted at Ashby",
// "ran into Ashby", "walked toward Ashby": a surname after them is no place's slot (`placeSlot`).
const PERSON_TOO = new Set(['from', 'at', 'into', 'toward', 'towards', 'across']);

// The end of the name's first half when tokens a..b are one name written twice around a hyphen, else b.
function onceOf(toks: readonly Tok[], a: number, b: number): number {
  const h = a + (b - a - 1) / 2;
  if (!Number.isInteger(h) || h === a || !/^[-–]$/.test(toks[h]?.text ?? '')) return b;
  for (let k = a; k < h; k++) if (toks[k]?.text !== toks[k + h - a + 1]?.text) return b;
  return h;
}

// "his Oscar role", "the Oscar host": a lone name after a possessive pronoun or before a lower-case noun
// (not a day's: "Lind yesterday") is a modifier of the noun phrase, not someone it tells of
function modifies(prev: Tok | undefined, next: Tok | undefined): boolean {
  if (prev && POSSESSIVE_PRONOUNS.has(prev.norm)) return true;
  return next !== undefined && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !next.entity;
}

/** Record tokens a..b as a mention of the given kind, with the hints its surroundings give for typing it later. */
export function pushMention(
  doc: Doc,
  a: number,
  b: number,
  kind: NameKind,
  strong: boolean,
  role: string | null,
  roleOf: string | null,
  sentence: Doc['sentences'][number],
  out: ArticleNames,
): void {
  const toks = doc.tokens;
  // "Esther Lind-Esther Lind: …" (a headline's name written twice, joined by a hyphen) is the name twice
  const once = onceOf(toks, a, b);
  if (once < b) {
    pushMention(doc, a, once, kind, strong, role, roleOf, sentence, out);
    pushMention(doc, once + 1, b, kind, strong, role, roleOf, sentence, out);
    return;
  }
  const start = (toks[a] as Tok).start;
  const end = (toks[b - 1] as Tok).end;
  const prev = toks[a - 1];
  const next = toks[b];
  const placeContext = placeByContext(doc, a, b);
  out.mentions.push({
    form: 'name',
    articleId: doc.id,
    start,
    end,
    surface: doc.text.slice(start, end),
    words: wordsOf(doc, a, b),
    wordSpans: wordSpansOf(doc, a, b),
    kind,
    strong,
    role,
    roleOf,
    headline: sentence.titleCase,
    token: a,
    paragraph: sentence.paragraph,
    cueAfter: next !== undefined && next.pos === 'VERB' && CUE_VERBS.has(next.norm),
    placeContext,
    placeSlot:
      placeContext && next?.text !== "'s" && next?.text !== '’s' && !PERSON_TOO.has(prev?.norm ?? ''),
    orgContext: orgByContext(doc, a, b),
    workContext: workByContext(doc, b),
    personContext: personByContext(doc, a, b),
    modifier: b === a + 1 && modifies(prev, next),
    initial: a === sentence.first || (prev !== undefined && OPENERS.has(prev.text)),
    subject:
      next !== undefined &&
      sentenceOf(doc, b) === sentenceOf(doc, a) &&
      SUBJECT_POS.has(next.pos) &&
      !ingBeforeNoun(next, toks[b + 1]),
  });
}

// "the Harrowgate holding centre", "a Tarn processing plant": an -ing word before a lower-case noun
// modifies that noun; the name before it does no act
function ingBeforeNoun(next: Tok, after: Tok | undefined): boolean {
  return /ing$/.test(next.norm) && after?.pos === 'NOUN' && /^\p{Ll}/u.test(after.text);
}
