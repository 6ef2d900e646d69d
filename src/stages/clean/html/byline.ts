/** Cleaning and rejecting bylines found in metadata and markup. */

const JUNK =
  /^(?:e-?mail(?: the)? (?:author|reporter|us)|contact(?: the)? (?:author|us|reporter)|follow(?: us| me| on)?|view (?:all|more)|more (?:by|from|articles)|about the author|read more|staff|staff (?:writer|reporter)s?|admin|administrator|editor|editors|editorial(?: team| board| staff)?|web ?desk|news ?desk|desk|team|guest|anonymous|unknown|author|posted by|published by|share|comments?)$/i;
const HANDLE = /^@[\w.]+$/;
const URLISH = /^(?:https?:\/\/|www\.)|\.(?:com|org|net)\b|\/\//i;
const EMAIL = /\S+@\S+\.\S+/g;
const PREFIX = /^(?:by|written by|posted by|published by|author|authors|von|por|par)\s*[:\-–]?\s+/i;
const SUFFIX = /\s*(?:[|•·–—]|\s-\s|[,.]\s*(?:updated|published|posted)\b).*$/i;
const DATE_TAIL =
  /\s+(?:on\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2}).*$/i;
const STAFF = /^staff\b|\bstaff(?: reports?| writers?| reporters?)?$/i;
// A single lower-case token ("jdadmin") is a user name, not a byline.
const USERNAME = /^[\p{Ll}\d_.-]+$/u;

/**
 * Clean a byline candidate (drop a "By" prefix, e-mail addresses, trailing date parts) and reject
 * junk: "Email the author", bare "Staff", social handles, URLs, over-long or letterless strings.
 */
export function cleanByline(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value.replace(/\s+/g, ' ').trim();
  text = text.replace(PREFIX, '').replace(EMAIL, '').replace(SUFFIX, '').replace(DATE_TAIL, '').trim();
  text = text.replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (!text || !/\p{L}/u.test(text)) return null;
  if (JUNK.test(text) || HANDLE.test(text) || URLISH.test(text) || STAFF.test(text) || USERNAME.test(text))
    return null;
  const words = text.split(' ').length;
  if (words > 10 || text.length > 100) return null;
  return text;
}

/** Join several author names into one byline, dropping junk and repeats. */
export function joinBylines(values: readonly (string | null | undefined)[]): string | null {
  const names: string[] = [];
  for (const value of values) {
    const name = cleanByline(value);
    if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return names.length ? names.join(', ') : null;
}
