import type { Token } from '../../model/index.ts';
import { fold, stem } from '../../text/normalise.ts';
import { CONTESTED_TERMS, TERM_SENSES, VERB_FORM_USES } from '../compare/data/contested-terms.ts';
import { sayingVerbInSense } from '../compare/framing/saying-verb.ts';
import { inSense } from '../compare/framing/senses.ts';
import { CROWD_NOUNS, THING_NOUNS_OF_AGENT_SHAPE } from './data/crowd-nouns.ts';
import type { ContestedTerm } from './lexicon.ts';
import type { ContestedMatch } from './text.ts';

/**
 * Whether a contested term found in a sentence (offsets into its article, as its tokens') is used there
 * in the sense the term is contested in.
 */
export type SenseCheck = (match: ContestedMatch, tokens: readonly Token[]) => boolean;

const BUILT_IN: ReadonlySet<ContestedTerm> = new Set(CONTESTED_TERMS);
const NOUNS = new Set(['NOUN', 'PROPN']);

/**
 * The sense check of a lexicon, as the compare stage's framing counts terms: a built-in term that has
 * a plain sense too (`TERM_SENSES`: "the fourth wave" of an illness, "a flood of plans", "the blast
 * shook homes") counts only in its contested one ("a wave of migrants", "Democrats slam the bill"); a
 * user's own entry counts every use.
 * @example
 * senseCheck(DEFAULT_CONTESTED_TERMS)({ term: 'wave', start, end }, tokens) // false in "the fourth wave of infections"
 */
export function senseCheck(terms: readonly ContestedTerm[]): SenseCheck {
  const senses = new Map(
    terms.flatMap((t) => {
      const sense = BUILT_IN.has(t) ? TERM_SENSES[fold(t.term)] : undefined;
      return sense ? [[t.term, sense] as const] : [];
    }),
  );
  const verbUses = new Map(
    terms.flatMap((t) => {
      const use = BUILT_IN.has(t) ? VERB_FORM_USES[fold(t.term)] : undefined;
      return use ? [[t.term, use] as const] : [];
    }),
  );
  return (match, tokens) => {
    const [sense, use] = [senses.get(match.term), verbUses.get(match.term)];
    if (!sense && !use) return true;
    const first = tokens.findIndex((t) => t.end > match.start);
    if (first < 0) return true;
    let end = first;
    while (end < tokens.length && (tokens[end] as Token).start < match.end) end++;
    // a verb of saying counts as the verb only, as the framing table counts it ("every asylum claim" is
    // plain); a past or -ing form with nothing after it counts too ("as he has claimed.")
    if (use && !sayingVerbInSense(fold(match.term), use, tokens, first, end, { bare: true })) return false;
    // the summary fails closed: "invasion" is read as in an article about migration (but for a war's)
    return !sense || inSense(sense, tokens, first, end, true);
  };
}

const CROWD_STEMS = new Set(CROWD_NOUNS.map(stem));
// a plural agent noun ("picnickers", "demonstrators", "cyclists", "entrants"): people, as a rule; not
// a noun in -ments ("payments") nor a thing's noun of that shape ("floodwaters", "rivers", "orders")
const AGENT_PLURAL = /[a-z]{2,}(?:ers|ors|ists|ants|ents|ians)$/;
const NOT_AGENT = /ments$/;
const THING_STEMS = new Set(THING_NOUNS_OF_AGENT_SHAPE.map(stem));
const agentPlural = (t: Token): boolean =>
  AGENT_PLURAL.test(t.norm) && !NOT_AGENT.test(t.norm) && !THING_STEMS.has(stem(t.text));

/**
 * A sense check that fails closed, for a headline: besides what `check` reads in the contested sense,
 * a term right after a noun of a crowd (CROWD_NOUNS: "Protesters swarm", "Fans flood") or a plural
 * agent noun ("Picnickers swarm the park") is taken as said of people, and a verb of saying in any form
 * ("fraud claims"), so no such title heads a story.
 */
export function failClosed(check: SenseCheck): SenseCheck {
  return (match, tokens) => {
    // a verb of saying counts in every form and part of speech ("Fraud claims", "Scott Claims Fraud")
    if (check(match, tokens) || VERB_FORM_USES[fold(match.term)]) return true;
    const before = tokens[tokens.findIndex((t) => t.end > match.start) - 1];
    if (before === undefined || !NOUNS.has(before.pos)) return false;
    return CROWD_STEMS.has(stem(before.text)) || agentPlural(before);
  };
}
