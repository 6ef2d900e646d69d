import { BYLINE_ROLE_QUALIFIERS, BYLINE_ROLES, NOT_NAMES } from './data/lexicon.ts';
import { isDateline } from './dates.ts';
import { BY_PREFIX, BYLINE_SEPARATOR, NAME_TOKEN, TUNING } from './patterns.ts';

/** Read the author's name from a byline line ("By Jane Roe", "Jane Roe Senior Political Reporter"), or null. */
export function parseByline(text: string): string | null {
  if (/[.!?]$/.test(text) && !/\b\p{Lu}\.$/u.test(text)) return null;
  if (text.split(/\s+/).length > TUNING.bylineMaxWords + 6) return null;
  if (BY_PREFIX.test(text)) {
    const [head = '', tail = ''] = splitOnce(text.replace(BY_PREFIX, ''));
    if (tail.split(/\s+/).length > 12) return null;
    const name = nameOf(head) ?? nameBeforeRole(head);
    return name;
  }
  const [head = '', tail] = splitOnce(text);
  if (tail !== undefined && nameOf(head) && endsWithRole(tail.split(/\s+/))) return head;
  // "Jane Roe, Thursday 12 June 2025": a name and the date it was filed
  // "Jane Roe Economics editor · Dec 4, 2026 – 9.10am": a name with its role and the date it was filed
  if (tail !== undefined && head.includes(' ') && isDateline(tail)) {
    const name = nameOf(head) ?? nameBeforeRole(head);
    if (name) return name;
  }
  return nameBeforeRole(text);
}

function splitOnce(text: string): [string, string?] {
  const m = BYLINE_SEPARATOR.exec(text);
  if (!m) return [text.trim()];
  return [text.slice(0, m.index).trim(), text.slice(m.index + m[0].length).trim()];
}

/** The text itself when it is one to six name tokens starting with a capitalised word. */
function nameOf(text: string): string | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 1 || tokens.length > 6) return null;
  const first = tokens[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || NOT_NAMES.has(first.toLowerCase().replace(/[.,]$/, ''))) return null;
  if (!tokens.every((token) => NAME_TOKEN.test(token))) return null;
  if (/^(?:and|&)$/i.test(tokens[tokens.length - 1] ?? '')) return null;
  return tokens.join(' ');
}

function endsWithRole(tokens: readonly string[]): boolean {
  const last = tokens[tokens.length - 1]?.toLowerCase() ?? '';
  // a role may be written in lower case ("Economics editor"), the name never
  return (
    BYLINE_ROLES.has(last) &&
    tokens.every((t) => /^\p{Lu}/u.test(t) || BYLINE_ROLE_QUALIFIERS.has(t) || BYLINE_ROLES.has(t))
  );
}

/** "Jane Roe White House Correspondent" -> "Jane Roe": peel role words off the end, keep the name. */
function nameBeforeRole(text: string): string | null {
  const tokens = text.split(/\s+/).filter(Boolean);
  if (tokens.length < 2 || !endsWithRole(tokens)) return null;
  const isRole = (token: string | undefined) =>
    BYLINE_ROLES.has((token ?? '').toLowerCase()) || BYLINE_ROLE_QUALIFIERS.has((token ?? '').toLowerCase());
  let cut = tokens.length;
  while (cut > 0 && isRole(tokens[cut - 1])) cut--;
  // A role in lower case after a capitalised word names its beat ("Oda Renn Transport editor")
  const last = tokens[tokens.length - 1] ?? '';
  if (cut === tokens.length - 1 && cut >= 3 && /^\p{Ll}/u.test(last)) cut--;
  // Unknown words inside the role ("Senior City Reporter"): the role starts at its first known word.
  const firstRole = tokens.findIndex((token, i) => i >= 2 && isRole(token));
  if (firstRole >= 2 && firstRole < cut) cut = firstRole;
  if (cut < 1 || cut > 4) return null;
  return nameOf(tokens.slice(0, cut).join(' '));
}
