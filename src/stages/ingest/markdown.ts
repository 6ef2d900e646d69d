// A `.md` article as the text it shows: scrapers that write Markdown (a reader view, trafilatura's
// --markdown) leave "# Headline", "*By …*", **bold** and [links](…) that would otherwise be read
// as the article's words. Line by line, no parser: a sign that is no markup stays as written.

import { plainLinks } from './markdown-links.ts';

// Whole lines: a heading's marks, a quote's ">", a list item's bullet; a rule or a setext underline goes.
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const QUOTE = /^ {0,3}>[ \t]?/;
const BULLET = /^([ \t]*)[-*+][ \t]+(?=\S)/;
const RULE = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$/;

// Inline marks after the links and images (markdown-links.ts), outermost first; an underscore marks
// only between non-word characters (snake_case stays).
const INLINE: readonly [RegExp, string][] = [
  [/\*\*(\S(?:.*?\S)?)\*\*/g, '$1'],
  [/(^|\W)__(\S(?:.*?\S)?)__(?=\W|$)/g, '$1$2'],
  [/\*(\S(?:.*?\S)?)\*/g, '$1'],
  [/(^|\W)_(\S(?:.*?\S)?)_(?=\W|$)/g, '$1$2'],
  [/`([^`]+)`/g, '$1'],
];

// A backslash-escaped sign is the sign itself: held as a private-use character while the marks are
// read, so that \*each\* is no emphasis.
const ESCAPABLE = '\\`*_{}[]()#+-.!>|$';
const hold = (line: string) =>
  line.replace(/\\([\\`*_{}[\]()#+\-.!>|$])/g, (_, sign: string) =>
    String.fromCharCode(0xe000 + ESCAPABLE.indexOf(sign)),
  );
const release = (line: string) =>
  line.replace(/[\ue000-\ue012]/g, (held) => ESCAPABLE[held.charCodeAt(0) - 0xe000] ?? held);

/**
 * The plain text of a Markdown article: heading marks, quote marks, bullets, rules, emphasis, links
 * (their text kept), images and code marks removed; line breaks and paragraphs kept.
 * @example
 * plainMarkdown('# Fares frozen\n\n*By Ana Vell*\n\nOn **Friday** [the operator](https://x.example) said…');
 * // 'Fares frozen\n\nBy Ana Vell\n\nOn Friday the operator said…'
 */
export function plainMarkdown(text: string): string {
  let fenced = false;
  return text
    .split('\n')
    .flatMap((line) => {
      // a fenced block's lines are kept as they are, its fences dropped
      if (/^ {0,3}(```|~~~)/.test(line)) {
        fenced = !fenced;
        return [];
      }
      if (fenced) return [line];
      if (RULE.test(line)) return [];
      let plain = hold(line).replace(QUOTE, '').replace(BULLET, '$1');
      plain = HEADING.exec(plain)?.[1] ?? plain;
      plain = plainLinks(plain);
      for (const [pattern, replacement] of INLINE) plain = plain.replace(pattern, replacement);
      return [release(plain)];
    })
    .join('\n');
}
