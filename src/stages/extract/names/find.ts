import { type Doc, inDateline, isSkipped, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { getModelWords } from '../../../text/wink.ts';
import { GIVEN_NAMES } from '../data/given-names.ts';
import { FAITH_WORDS, ORG_HEADS_AFTER, SITE_NOUNS, WORKFORCE_NOUNS } from '../data/organizations.ts';
import { TITLES } from '../data/titles.ts';
import { ACRONYM, CALENDAR_WORD } from '../patterns.ts';
import { groupBeforeName } from './common-word.ts';
import { headlineClause, orgByContext } from './context-org.ts';
import { isStateAbbreviation, pluralAfterThe } from './context-place.ts';
import { teamByContext } from './context-team.ts';
import { demonymOfNamed } from './demonym.ts';
import { extendRun } from './extend.ts';
import { NO_JOINED } from './joiners.ts';
import { isJunkAcronym } from './junk-acronym.ts';
import { DEMONYMS } from './lexicon.ts';
import { pushMention } from './mentions.ts';
import { bodyBeforeOffice } from './office.ts';
import type { ArticleNames } from './records.ts';
import { roleDomainAt } from './role-domain.ts';
import { addRole, type LastPlace, maybeRole } from './roles.ts';
import { isMisreadNameWord, isNameWord, misreadSurnames, OPENERS, wordsOf } from './runs.ts';
import { canStart } from './start.ts';
import { roleBefore } from './title-lookup.ts';
import { splitTitle } from './titles.ts';
import { placeOf, tradeNoun, typeName } from './types.ts';

const ALL_CAPS_LONG = /^[A-Z]{4,}$/;
const WORD = /^\p{L}/u;

// Whether token k is "a", "an", or a capital "The" that does not open its sentence (after its
// opening quote marks): "film The Notorious Bettie Page", "a movie, The Notorious …", "called “The …".
function titleArticle(doc: Doc, k: number, first: number): boolean {
  const t = doc.tokens[k];
  if (!t) return false;
  if (/^(?:a|an)$/i.test(t.text)) return true;
  if (t.text !== 'The') return false;
  return doc.tokens.slice(first, k).some((x) => WORD.test(x.text));
}

/**
 * Find the names, roles and acronym definitions of one article; `joined`: the names its story writes
 * with a capitalised preposition (names/joiners.ts), also one name with it in lower case; `storyLower`:
 * the words its story writes in lower case (a first word "Council tax" is one of them: lexiconOpener);
 * `storyCapitals`: the words it writes capitalised (a demonym of one is no name: names/demonym.ts).
 */
export function findNames(
  doc: Doc,
  joined = NO_JOINED,
  storyLower?: ReadonlySet<string>,
  storyCapitals?: ReadonlySet<string>,
): ArticleNames {
  const out: ArticleNames = { mentions: [], roles: [], acronyms: [] };
  const toks = doc.tokens;
  const surnames = misreadSurnames(doc);
  const lone = (k: number) =>
    surnames.size > 0 && surnames.has((toks[k] as Tok).norm) && isMisreadNameWord(doc, k);
  for (const sentence of doc.sentences) {
    let i = sentence.first;
    let lastPlace: LastPlace | null = null;
    while (i < sentence.end) {
      // "Rescuers Ada Lund and …": a group's word before a name opens no name
      if (groupBeforeName(doc, i, OPENERS)) {
        i++;
        continue;
      }
      if (!canStart(doc, i, storyLower) && !lone(i)) {
        // no name here: a lower-case title may still stand for a person ("Mexico's president")
        if (!isNameWord(toks[i]) || i === sentence.first)
          maybeRole(doc, i, sentence.paragraph, lastPlace, out);
        if ((toks[i] as Tok).text !== '’s' && (toks[i] as Tok).text !== "'s") lastPlace = null;
        i++;
        continue;
      }
      const whole = extendRun(doc, i, sentence.end, joined);
      const j = withoutWorkforce(doc, i, whole, sentence.first);
      if (j > i) lastPlace = addRun(doc, i, j, sentence, out, lastPlace, storyCapitals);
      i = whole;
    }
  }
  return out;
}

/**
 * Where the name of the run a..b ends when its last word is a body's people ("Harlow Electric Crews",
 * "City Crews": data/organizations.ts WORKFORCE_NOUNS): before it, or at a (no name) when nothing is
 * left or only a common word opening the sentence ("City", "Road"); else b. After a given name it is a
 * surname ("Terry Crews"); before a body's apposition ("Bright Crews, a cleaning firm") a body's name.
 */
function withoutWorkforce(doc: Doc, a: number, b: number, first: number): number {
  const last = doc.tokens[b - 1] as Tok;
  if (!WORKFORCE_NOUNS.has(last.text.toLowerCase())) return b;
  if (b - a >= 2 && GIVEN_NAMES.has(foldName((doc.tokens[b - 2] as Tok).text))) return b;
  // "Bright Crews, a cleaning firm, said": a body's apposition makes the whole run its name
  if (orgByContext(doc, a, b)) return b;
  const lone = doc.tokens[a] as Tok;
  if (b - a === 1 || (b - a === 2 && a === first && getModelWords().has(lone.text.toLowerCase()))) return a;
  return b - 1;
}

/** Read the run a..b into mentions and roles; returns the place it names, for a title right after it. */
function addRun(
  doc: Doc,
  a: number,
  b: number,
  sentence: Doc['sentences'][number],
  out: ArticleNames,
  lastPlace: LastPlace | null,
  capitals: ReadonlySet<string> = new Set(),
): LastPlace | null {
  const toks = doc.tokens;
  const first = toks[a] as Tok;
  const lastTok = toks[b - 1] as Tok;
  // drop runs that are no names: skipped text, a wire dateline's place and agency, codes before a
  // number, shouted lines, tickers
  if (isSkipped(doc, first.start, lastTok.end) || inDateline(doc, first.start, lastTok.end)) return null;
  const all = wordsOf(doc, a, b);
  if (all.length === 1 && ACRONYM.test(all[0] ?? '') && toks[b]?.pos === 'NUM') return null;
  // "Channel 9", "Route 14", "Gate 5": a word of the lexicon before a number is one thing of a numbered
  // series, which the word alone does not name (no place "Channel")
  if (all.length === 1 && numbered(doc, a, b)) return null;
  if (all.length >= 2 && all.every((w) => ALL_CAPS_LONG.test(w))) return null;
  if (all.length === 1 && isJunkAcronym(doc, a, all[0] ?? '', sentence)) return null;
  // "Union boss Marta Kolding": a body's word that opens the sentence before a role is no body's name
  if (roleDomainAt(doc, a, b, sentence.first)) return null;
  // split a leading title off the name; a run that is only a title is a role
  const { nameStart, role, roleOf, placeEnd, titleOnly } = splitTitle(doc, a, b, lastPlace);
  if (placeEnd !== null) pushMention(doc, a, placeEnd, 'place', true, null, null, sentence, out);
  if (titleOnly) {
    if (role && roleOf)
      addRole(doc, lastPlace?.start ?? first.start, lastTok.end, role, roleOf, a, sentence.paragraph, out);
    return null;
  }
  // type the name by its words, then let its context overrule that
  const titled = nameStart > a || role !== null;
  const before = roleBefore(doc, nameStart);
  const words = wordsOf(doc, nameStart, b);
  // "White House Harbour Security adviser Dana Pellworth": the body is the name, not its office
  const body = titled ? null : bodyBeforeOffice(doc, nameStart, b);
  if (body !== null) {
    pushMention(doc, nameStart, body, 'organization', true, null, null, sentence, out);
    return null;
  }
  if (!titled && ORG_HEADS_AFTER.has(toks[b]?.text ?? '') && placeOf(words)) {
    // "the Mexican government", "the Texas administration": the place and its head noun are one body
    pushMention(doc, nameStart, b + 1, 'organization', true, null, null, sentence, out);
    return null;
  }
  const lone = words.length === 1 ? foldName(words[0] ?? '') : '';
  if (!titled && (DEMONYMS.has(lone) || FAITH_WORDS.has(lone))) return null;
  if (!titled && words.length === 1 && demonymOfNamed(words[0] ?? '', toks[b], capitals)) return null;
  const typed = typeName(
    words,
    titled || before !== null,
    !titled && headlineClause(doc, nameStart, b, words),
  );
  // "Maurice Cheeks … Cheeks said": a last word of a trade ("Velden Coatings") that the article also
  // writes alone, after no capitalised word, is a surname: no firm is called by its trade alone
  const trade = !typed.strong && typed.kind === 'organization' && tradeNoun(words.at(-1) ?? '');
  if (trade) {
    const last = words.at(-1);
    if (toks.some((t, k) => t.text === last && !/^\p{Lu}/u.test(toks[k - 1]?.text ?? '')))
      typed.kind = 'person';
  }
  if (!titled && typed.kind === 'organization' && SITE_NOUNS.has(toks[b]?.text ?? '')) {
    // "the Acme Foods plant", "a West Coast Bank branch": a site of a body is a place
    pushMention(doc, nameStart, b + 1, 'place', true, null, null, sentence, out);
    return null;
  }
  // a place or an unknown name that wins, loses or has a score is a team ("victory over Kansas City")
  const team = !titled && typed.kind !== 'person' && teamByContext(doc, nameStart, b);
  if (team || (!titled && !typed.strong && pluralAfterThe(doc, nameStart, words)))
    typed.kind = 'organization';
  if (words.length === 1 && toks[nameStart - 1]?.text === ',' && isStateAbbreviation(words[0] ?? '')) {
    typed.kind = 'place';
    typed.strong = true;
  }
  // "of a Pinup Legend", "in The Notorious Bettie Page": a name after "a" or after a capital "The" inside
  // a sentence is a description or a work's title, not what a person is called
  if (!titled && (typed.kind === 'person' || trade) && titleArticle(doc, nameStart - 1, sentence.first))
    typed.kind = 'unknown';
  const kind = typed.kind;
  pushMention(doc, nameStart, b, kind, typed.strong, role ?? before, roleOf, sentence, out);
  // "Customs and Border Patrol (CBP)": an acronym defined right after the name
  const after = toks[b];
  if (after?.text === '(' && ACRONYM.test(toks[b + 1]?.text ?? '') && toks[b + 2]?.text === ')') {
    out.acronyms.push({ short: (toks[b + 1] as Tok).text, long: words });
  }
  // "Pellow's mayor": a name the article alone does not type, before a possessive and a lower-case
  // title, is taken for the place the title is of (whose holder the story's entities find: entities/roles.ts)
  const untyped = kind === 'unknown' && !titled && possessiveTitleAt(doc, b);
  const place = kind === 'place' || untyped ? (placeOf(words) ?? words.join(' ')) : undefined;
  return place ? { roleOf: place, start: (toks[nameStart] as Tok).start, end: lastTok.end } : null;
}

// Whether tokens k, k+1 are a possessive and a lower-case title ("'s mayor").
function possessiveTitleAt(doc: Doc, k: number): boolean {
  const [s, title] = [doc.tokens[k], doc.tokens[k + 1]];
  return (
    (s?.text === "'s" || s?.text === '’s') && !!title && /^\p{Ll}/u.test(title.text) && !!TITLES[title.norm]
  );
}

// Whether the lone word a (b = a + 1) is a word of the lexicon, no month or weekday, before a number in digits.
function numbered(doc: Doc, a: number, b: number): boolean {
  const [word, next] = [doc.tokens[a] as Tok, doc.tokens[b]];
  return (
    next?.pos === 'NUM' &&
    /^\d/.test(next.text) &&
    !CALENDAR_WORD.test(word.text) &&
    getModelWords().has(word.text.toLowerCase())
  );
}
