import { type Doc, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { DOUBLE_CLOSERS, STRAIGHT_DOUBLE } from '../../../text/quotes/marks.ts';
import { PAST_AUXILIARIES, SETTING_SUBORDINATORS, TIME_BEFORE_SETTING } from '../data/function-words.ts';
import { CHARGE_VERBS, OCCASION_OPENERS } from '../data/speech.ts';
import { isCue } from '../speakers/cues.ts';
import { pastClause } from './content-shape.ts';

// Where reported content ends after the quote marks of a short quotation inside it close.

/** Coordinators that join the writer's next clause to a report ("…" and crews worked on). */
const COORDINATORS = new Set(['and', 'but', 'yet']);

/** Whether token `j` closes quote marks opened inside the content from `start` (a closer, or a straight mark that pairs). */
function closesQuote(doc: Doc, start: number, j: number): boolean {
  const text = doc.tokens[j]?.text ?? '';
  if (j < start) return false;
  if (DOUBLE_CLOSERS.has(text)) return true;
  if (text !== STRAIGHT_DOUBLE) return false;
  let straight = 0;
  for (let k = start; k <= j; k++) if ((doc.tokens[k] as Tok).text === STRAIGHT_DOUBLE) straight++;
  return straight % 2 === 0;
}

/**
 * 'said the figure was "too low", and crews worked through the night', 'said the plan was "dead" as
 * protesters cheered outside', 'called the bill "cruel", hours after the vote collapsed': where the quote
 * marks of a quotation inside the content [start, …) close right before `k` (a comma may follow them), a
 * clause joined by "and", "but" or "yet", or opened by a subordinator of the setting ("as", "while",
 * "after", "when", …, after a stretch of time: "hours after"), with its own subject and a past verb, is
 * the writer's narration of what happened and ends the report. Not a clause in the present or with a
 * modal ('and residents would welcome the jobs', '"more hours" before details emerge': the speaker's),
 * nor one whose verb is a cue ('"absolutely right" when he said …': a report it holds), nor one opened by
 * "that" ('and that it would …'), nor one joined by "and" told by "was", "were" or "had" ('and the
 * developers were reckless': a state or an earlier deed the speaker tells), nor one joined by "and" whose
 * verb charges a wrong ('and the company lied': CHARGE_VERBS), nor one after words outside quote marks ('said the plan was dead and
 * crews worked on': no quote marks closed, the report's own).
 */
export function narrationAfterQuote(doc: Doc, start: number, k: number, end: number): boolean {
  if (!closesQuote(doc, start, k - 1)) return false;
  let w = doc.tokens[k]?.text === ',' ? k + 1 : k;
  const after = w;
  while (w < end && TIME_BEFORE_SETTING.has((doc.tokens[w] as Tok).norm)) w++;
  const opener = doc.tokens[w];
  if (!opener) return false;
  const joins = opener.pos === 'CCONJ' && COORDINATORS.has(opener.norm) && w === after;
  const sets = SETTING_SUBORDINATORS.has(opener.norm) || OCCASION_OPENERS.has(opener.norm);
  if (!joins && !sets) return false;
  // "as long as", "as soon as": the speaker's condition
  if (opener.norm === 'as' && doc.tokens[w + 2]?.norm === 'as') return false;
  // joined by "and": a state or an earlier deed ('and the developers were reckless', 'and they had
  // lied'), as reported speech tells them in the past, is still the speaker's; an event told in the
  // simple past ('and the council voted') is the writer's, unless its verb charges a wrong ('and the
  // company lied': the speaker's charge; the outlet would not say so in its own voice), but not when a
  // comma later in the sentence may open the charge's own source ('and the company lied, records show',
  // ', a court ruled', ', according to an inquiry'): that charge is not the speaker's
  const charge = !sets && !sourceMayFollow(doc, w + 1);
  return pastClause(
    doc,
    w + 1,
    end,
    (verb) =>
      !isCue(verb) && (sets || !(PAST_AUXILIARIES.has(verb.norm) || (charge && CHARGE_VERBS.has(verb.norm)))),
  );
}

/** Whether a comma follows token `a` in its sentence (a trailing source may come after it: ', records show'). */
function sourceMayFollow(doc: Doc, a: number): boolean {
  const end = doc.sentences[sentenceOf(doc, a)]?.end ?? doc.tokens.length;
  for (let k = a; k < end; k++) if ((doc.tokens[k] as Tok).text === ',') return true;
  return false;
}
