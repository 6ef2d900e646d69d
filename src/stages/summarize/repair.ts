import type { Entity, SegmentedArticle } from '../../model/index.ts';
import { readDateline } from '../../text/dateline.ts';
import { FEMALE_WORDS, MALE_WORDS } from '../extract/data/gender.ts';
import {
  DEPENDENT_PHRASE,
  LEADING_ANAPHOR,
  LEADING_CONNECTIVE,
  LEADING_DEPENDENT,
  LEADING_LABEL,
  LEADING_PERSON_PRONOUN,
  LONE_SUBORDINATE,
  PERSON_TITLES,
  PRONOUN_SPEAKER,
} from './patterns.ts';
import { pronounFits } from './pronoun-gender.ts';

/** A sentence made to stand alone: its new text and whether anything was changed. */
export interface Repaired {
  readonly text: string;
  readonly repaired: boolean;
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// A name followed by "'s", or ending in "s" and followed by a bare apostrophe ("Marks’ lawyer"), is
// whose something is ("Sten's lawyer was not in court"): a "she" after it may be the one owned (the
// lawyer), so it names no one a pronoun can stand for.
const ownerAt = (text: string, end: number): boolean =>
  /^['’]s\b/.test(text.slice(end, end + 3)) ||
  (/s/i.test(text.charAt(end - 1)) && /^['’]\s/.test(text.slice(end, end + 2)));

// The person a leading "He"/"She" refers to: the only person the extract stage found in the previous
// sentence (or the one before it) of the same paragraph; two candidates are ambiguous, so none, and so
// is one named there only as an owner ("Sten's lawyer"). Without entities: the last run of proper
// nouns that is the subject of a verb in the previous sentence.
function antecedent(
  doc: SegmentedArticle,
  sentenceIndex: number,
  entities: readonly Entity[],
  pronoun: string,
): string | null {
  const here = doc.sentences[sentenceIndex];
  const persons = entities.filter((e) => e.kind === 'person');
  for (const back of [1, 2]) {
    const window = doc.sentences[sentenceIndex - back];
    if (!window || !here || window.paragraph !== here.paragraph) break;
    const named = persons.filter((e) =>
      e.mentions.some(
        (m) => m.articleId === doc.article.id && m.span.start >= window.start && m.span.end <= window.end,
      ),
    );
    if (named.length > 1) return null;
    if (named.length === 1) {
      const person = named[0] as Entity;
      const owner = person.mentions.some(
        (m) =>
          m.articleId === doc.article.id &&
          m.span.start >= window.start &&
          m.span.end <= window.end &&
          ownerAt(doc.article.text, m.span.end),
      );
      // a "she" is not a man the article tells as one ("Mr. Hale"), nor someone whose gender it tells
      // both ways: no repair
      return owner || !pronounFits(pronoun, person, doc, entities) ? null : person.name;
    }
  }
  if (persons.length) return null;
  const previous = doc.sentences[sentenceIndex - 1];
  if (!previous || previous.paragraph !== doc.sentences[sentenceIndex]?.paragraph) return null;
  const tokens = previous.tokens;
  let found: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.pos !== 'PROPN') continue;
    let j = i;
    while (tokens[j + 1]?.pos === 'PROPN') j++;
    const run = tokens.slice(i, j + 1).filter((t) => !PERSON_TITLES.test(t.text));
    const next = tokens[j + 1];
    // an honorific of the other gender before the names ("Mr. Tom Hale" for a "she") names another
    const title = [tokens[i - 1]?.norm ?? '', tokens[i]?.norm ?? ''];
    const other = title.some((w) =>
      pronoun.toLowerCase() === 'she' ? MALE_WORDS.has(w) : FEMALE_WORDS.has(w),
    );
    if (run.length >= 2 && (next?.pos === 'VERB' || next?.pos === 'AUX'))
      found = other ? null : run.map((t) => t.text).join(' ');
    i = j;
  }
  return found;
}

/** A sentence without its opening dateline or kicker label ("WASHINGTON (AP) — ", "Why it matters: "). */
export function withoutDateline(text: string): string {
  const dateline = readDateline(text);
  const rest = dateline ? text.slice(dateline.end) : text;
  return LEADING_LABEL.exec(rest)?.[1] ?? rest;
}

/** A text made to stand alone without an antecedent to look up: connective dropped, else null. */
export function standaloneText(text: string): string | null {
  const bare = withoutDateline(text);
  const connective = LEADING_CONNECTIVE.exec(bare);
  const out = connective?.[1] ? capitalise(connective[1]) : bare;
  if (
    LEADING_DEPENDENT.test(out) ||
    LEADING_ANAPHOR.test(out) ||
    DEPENDENT_PHRASE.test(out) ||
    LONE_SUBORDINATE.test(out) ||
    LEADING_PERSON_PRONOUN.test(out) ||
    PRONOUN_SPEAKER.test(out)
  )
    return null;
  return out;
}

/**
 * Make a sentence stand alone, or say it cannot: drop an opening dateline or kicker label ("WASHINGTON
 * (AP) — ") and connective ("However, ..."), replace an opening "He"/"She" (also after a short
 * opening phrase: "After all, he …"), or a "he"/"she" that speaks a quote ("…,” she said."), by the
 * person named before it (never one the article or the person's names tell as of the other gender,
 * "Mr. Hale" for a "she": the sentence is then left out), and refuse openings that need their
 * antecedent ("This includes ...", "They said ...").
 * @example
 * repairSentence('However, the port reopened.', doc, 3, []) // { text: 'The port reopened.', repaired: true }
 */
export function repairSentence(
  text: string,
  doc: SegmentedArticle,
  sentenceIndex: number,
  entities: readonly Entity[],
): Repaired | null {
  let out = withoutDateline(text);
  let repaired = false;
  const connective = LEADING_CONNECTIVE.exec(out);
  if (connective?.[1]) {
    out = capitalise(connective[1]);
    repaired = true;
  }
  if (
    LEADING_DEPENDENT.test(out) ||
    LEADING_ANAPHOR.test(out) ||
    DEPENDENT_PHRASE.test(out) ||
    LONE_SUBORDINATE.test(out)
  )
    return null;
  const pronoun = LEADING_PERSON_PRONOUN.exec(out);
  if (pronoun) {
    const name = antecedent(doc, sentenceIndex, entities, pronoun[2] ?? pronoun[3] ?? '');
    if (!name) return null;
    out = (pronoun[1] ?? '') + name + out.slice(pronoun[0].length);
    repaired = true;
  }
  const speaker = PRONOUN_SPEAKER.exec(out);
  if (speaker?.[1]) {
    const name = antecedent(doc, sentenceIndex, entities, speaker[1]);
    if (!name) return null;
    out = out.slice(0, speaker.index) + name + out.slice(speaker.index + speaker[1].length);
    repaired = true;
  }
  return { text: out, repaired };
}
