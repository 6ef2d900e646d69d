// Standard input has no name to tell its format by: it is read by what it holds.

const HTML_START = /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * The format of what came in on standard input: a page is HTML; a JSON bundle (an array or object
 * that parses whole) JSON, and JSON Lines (a first line that is an object) JSONL, as a `.json` or
 * `.jsonl` file would be read; anything else scraped text ("[UPDATED] Fire …" included).
 * @example
 * stdinFormat('[{"title": "A", "text": "…"}]'); // 'json'
 */
export function stdinFormat(text: string): 'text' | 'html' | 'json' | 'jsonl' {
  if (HTML_START.test(text)) return 'html';
  const start = text.trimStart();
  if (!start.startsWith('[') && !start.startsWith('{')) return 'text';
  if (parses(start)) return 'json';
  const end = start.indexOf('\n');
  const first = end < 0 ? start : start.slice(0, end);
  return start.startsWith('{') && parses(first) ? 'jsonl' : 'text';
}
