/** Naming the outlet of an article from its URL and from signatures in scraped text. */
import type { Removed } from '../../model/index.ts';
import {
  AGENCIES,
  AGGREGATOR_NAME,
  COMPANY_SUFFIX,
  COPYRIGHT_LINE,
  HOST_PREFIX,
  MASTHEAD_WORDS,
  NEWS_DOMAINS,
  ORIGINAL_OUTLET,
} from './data/outlets.ts';

/** An outlet name with where it was read (a `metadataSources` value). */
export interface OutletHit {
  readonly name: string;
  readonly source: string;
}

/** The host of a URL, lower-cased, without `www.`/`m.`/`amp.`; null for no or a bad URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/\.$/, '');
    return host.replace(HOST_PREFIX, '') || null;
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

/** The owner a copyright line names ("© 2023 The Norhaven Courier"), unless an agency or a company, or null. */
export function copyrightHolder(line: string): string | null {
  const name = COPYRIGHT_LINE.exec(line.trim())?.[1];
  if (!name) return null;
  const cleaned = clean(name);
  if (!cleaned || AGENCIES.test(cleaned) || COMPANY_SUFFIX.test(cleaned)) return null;
  if (/^all rights reserved$/i.test(cleaned)) return null;
  return cleaned;
}

/**
 * A line that is a newspaper's masthead: two to six title-case words, optionally after "The", ending
 * in a masthead word ("The Norhaven Courier", "Pellworth Evening Gazette"); section labels
 * ("Local News") and sentences are not.
 */
export function mastheadName(line: string): string | null {
  const text = line.trim();
  if (/[.!?:;,"“”]$/.test(text) || text.length > 60) return null;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6) return null;
  const last = words[words.length - 1]?.toLowerCase() ?? '';
  if (!MASTHEAD_WORDS.has(last)) return null;
  const named = words[0] === 'The' ? words.slice(1) : words;
  if (named.length < 2 || !named.every((w) => /^\p{Lu}[\p{L}'’.&-]*$/u.test(w))) return null;
  return text;
}

/**
 * The outlet named by scraped text, in order of trust: an aggregator's disclaimer (the aggregator
 * published this copy), a copyright line, a masthead as the first line. A wire dateline ("(Reuters) —")
 * is not used: it credits the agency that wrote the story, and its copies run in many outlets.
 */
export function outletFromText(content: string, removed: readonly Removed[]): OutletHit | null {
  for (const r of removed) {
    if (!/^aggregator/i.test(r.reason)) continue;
    const name = aggregatorName(r.text);
    if (name) return { name, source: 'text:aggregator-disclaimer' };
  }
  const lines = content
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines) {
    if (line.length > 120) continue;
    const name = copyrightHolder(line);
    if (name) return { name, source: 'text:copyright' };
  }
  const masthead = lines[0] ? mastheadName(lines[0]) : null;
  return masthead ? { name: masthead, source: 'text:masthead' } : null;
}
