/** Naming the outlet of an article from its URL and from signatures in scraped text. */
import type { Removed } from '../../model/index.ts';
import { readDateline } from '../../text/dateline.ts';
import { siteHost } from '../../text/platform-hosts.ts';
import {
  AGENCIES,
  AGGREGATOR_NAME,
  MASTHEAD_FIRST_WORDS,
  MASTHEAD_OBJECT_WORDS,
  MASTHEAD_SHORT_NAME,
  MASTHEAD_SHORT_WORDS,
  MASTHEAD_WORDS,
  NEWS_DOMAINS,
  ORIGINAL_OUTLET,
  STAFF_BYLINE_WORDS,
} from './data/outlets.ts';
import { STOPWORDS } from './text/data/lexicon.ts';

/** An outlet name with where it was read (a `metadataSources` value). */
export interface OutletHit {
  readonly name: string;
  readonly source: string;
}

/** The site host of a URL (`siteHost`: lower-cased, without `www.`/`m.`/`amp.`); null for no or a bad URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return siteHost(new URL(url).hostname) || null;
  } catch {
    return null;
  }
}

/**
 * The outlet a URL belongs to: the name of a well-known news domain (`data/outlets.ts`), else the
 * host itself as a readable name (`www.tidewater-tribune.com` → `tidewater-tribune.com`): the domain
 * is the one certain fact, and title-casing it would guess at word breaks and spelling.
 * @example
 * outletFromUrl('https://edition.cnn.com/2023/x') // { name: 'CNN', source: 'url:known-domain' }
 */
export function outletFromUrl(url: string | null | undefined): OutletHit | null {
  const host = hostOf(url);
  if (!host?.includes('.')) return null;
  for (let at = host; at.includes('.'); at = at.slice(at.indexOf('.') + 1)) {
    const known = NEWS_DOMAINS[at];
    if (known) return { name: known, source: 'url:known-domain' };
  }
  if (/^[\d.]+$/.test(host) || host === 'localhost') return null;
  return { name: host, source: 'url:domain' };
}

const clean = (name: string): string =>
  name
    .replace(/\s+/g, ' ')
    .replace(/[.,;:]+$/, '')
    .trim();

/** The aggregator named in a disclaimer line, or null. */
export function aggregatorName(line: string): string | null {
  const name = AGGREGATOR_NAME.exec(line)?.[1];
  return name ? clean(name) || null : null;
}

/** The outlet a note says first published the text ("This article originally appeared on X"), or null. */
export function originalOutlet(line: string): string | null {
  const name = ORIGINAL_OUTLET.exec(line.trim())?.[1];
  if (!name) return null;
  const cleaned = clean(name);
  return cleaned && !AGENCIES.test(cleaned) ? cleaned : null;
}

/** The words before "Service" that end a wire's name ("Valley Wire Service", "Velmoor News Service"). */
const SERVICE_KINDS: ReadonlySet<string> = new Set(['wire', 'news']);

/**
 * A line that is a newspaper's masthead: two to six title-case words, optionally after "The", ending
 * in a masthead word ("The Norhaven Courier", "Pellworth Evening Gazette", "Kell Radio") or opening
 * with a broadcaster's ("Radio Marl"); section labels
 * ("Local News") and sentences are not.
 */
export function mastheadName(line: string): string | null {
  const text = line.trim();
  if (/[.!?:;,"“”]$/.test(text) || text.length > 60) return null;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6) return null;
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  const first = words[0]?.toLowerCase() ?? '';
  // a broadcaster's first word opens a name of three words at most ("Radio Host Quits After Row" is a headline);
  // a wire's "… Wire Service" or "… News Service" of three words or more ends as a masthead word does
  const service =
    last === 'service' &&
    words.length >= 3 &&
    SERVICE_KINDS.has(words[words.length - 2]?.toLowerCase() ?? '');
  const named = /^the$/i.test(words[0] ?? '') ? words.slice(1) : words;
  // "Meridian Wire", "Harbour Financial Review"; not a headline's verb and object ("Council Orders Review")
  // nor a headline's state ("Budget Under Review", "Plan Up For Review": a function word is no part of a name)
  const object =
    MASTHEAD_OBJECT_WORDS.has(last) &&
    !named.slice(0, -1).some((w) => /[^s']s$/i.test(w) || STOPWORDS.has(w.toLowerCase()));
  const short = (MASTHEAD_SHORT_WORDS.has(last) || object) && named.length <= MASTHEAD_SHORT_NAME;
  if (
    !MASTHEAD_WORDS.has(last) &&
    !short &&
    !service &&
    !(MASTHEAD_FIRST_WORDS.has(first) && words.length <= 3)
  )
    return null;
  if (named.length < 2 || !named.every((w) => /^\p{Lu}[\p{L}'’.&-]*$/u.test(w))) return null;
  // a masthead set in capitals ("THE LUNDE GAZETTE") is named in the case of a title
  return text === text.toUpperCase()
    ? words.map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join(' ')
    : text;
}

/**
 * A name of the shape of a paper's title without a news word, "The" and one to three capitalised
 * words ("The Lantern", "The Wendmoor Post"): no person's name opens with "The"; nor is a byline of
 * the outlet's staff or a wire's credit a name of it ("The Editorial Board", "The Associated Press").
 * Read as a masthead only where the header says so (over the dateline, text/classify.ts).
 * @example
 * theName('The Lantern') // 'The Lantern'
 */
export function theName(line: string): string | null {
  const text = line.trim();
  if (!/^The(?: \p{Lu}[\p{L}'’&-]*){1,3}$/u.test(text)) return null;
  // (a wire's credit, "The Associated Press", names the copy's source, never the outlet)
  if (AGENCIES.test(text)) return null;
  return text.split(' ').some((w) => STAFF_BYLINE_WORDS.has(w.toLowerCase())) ? null : text;
}

/**
 * The outlet named by scraped text: an aggregator's disclaimer (the aggregator published this copy),
 * else a masthead as the first line, or a first line naming the wire whose dateline opens the text
 * (`wireOwnName`). Not used: a wire dateline alone ("(Reuters) —", "(Kestrel Press) —") credits the
 * agency that wrote the story, whose copies run in many outlets; a copyright line names the owner, often a
 * parent company ("CBS Interactive", "NBC Universal"): on the benchmark pages as scraped text it
 * named 80 and agreed with the page's own metadata on 13 (`npm run eval:outlets`).
 */
export function outletFromText(content: string, removed: readonly Removed[]): OutletHit | null {
  for (const r of removed) {
    if (!/^aggregator/i.test(r.reason)) continue;
    const name = aggregatorName(r.text);
    if (name) return { name, source: 'text:aggregator-disclaimer' };
  }
  // the classifier's masthead line, wherever in the header it stood
  const marked = removed.find((r) => r.reason.endsWith('(masthead)'));
  const lines = content
    .slice(0, 2000)
    .split('\n')
    .filter((l) => l.trim());
  const below = lines.slice(1, DATELINE_LINES);
  const named = marked
    ? (mastheadName(marked.text) ?? theName(marked.text) ?? wireOwnName(marked.text, below))
    : null;
  if (named) return { name: named, source: 'text:masthead' };
  const [first = '', next] = lines;
  const masthead = mastheadAbove(first, next) ?? wireOwnName(first, below);
  return masthead ? { name: masthead, source: 'text:masthead' } : null;
}

/**
 * A line that names the wire whose dateline opens a line below it ("Kestrel Press" over "KELL (Kestrel
 * Press) — …"): the wire's own copy under its name, its masthead, though its name ends in no news word;
 * never an agency's (`AGENCIES`: "Reuters" over "(Reuters)" is as often a reprint's credit). The
 * dateline's spelling, or null.
 * @example
 * wireOwnName('Kestrel Press', ['Dock strike ends', 'KELL (Kestrel Press) — Dockers …']) // 'Kestrel Press'
 */
export function wireOwnName(line: string, below: readonly string[]): string | null {
  const name = clean(line).toLowerCase();
  if (name.length < 2 || name.length > 60 || AGENCIES.test(name)) return null;
  for (const l of below) {
    const agency = readDateline(l.trim())?.agency?.text.trim();
    if (agency?.toLowerCase() === name) return agency;
  }
  return null;
}

/** The most lines of a text read for a wire's own name over its dateline (name, headline, byline, date, dateline …). */
export const DATELINE_LINES = 8;

// A line of a headline's or a byline's length, not a paragraph of the body.
const HEADLINE_MAX_WORDS = 16;
const shortLine = (line: string | undefined): boolean =>
  line !== undefined && line.trim().split(/\s+/).length <= HEADLINE_MAX_WORDS;

/**
 * The masthead a text's first line names (mastheadName), given the line after it: a name read by its
 * first word alone ("Radio Marl") stands above a headline or a byline, so a short line opening with
 * "Radio" right over the body is the headline ("Radio Host Sacked"), no outlet.
 * @example
 * mastheadAbove('Radio Marl', 'Breakfast host dismissed') // 'Radio Marl'
 */
export function mastheadAbove(line: string, next: string | undefined): string | null {
  const name = mastheadName(line);
  const last = name?.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  // a name ending in Review or Wire is a headline's as often ("Police Launch Review") where the headline
  // stands, first: named there only by a dateline below (wireOwnName), else under a headline (classify)
  if (MASTHEAD_OBJECT_WORDS.has(last) && !MASTHEAD_WORDS.has(last)) return null;
  return name && (MASTHEAD_WORDS.has(last) || shortLine(next)) ? name : null;
}
