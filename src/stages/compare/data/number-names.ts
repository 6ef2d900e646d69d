/**
 * Nouns after which a bare number names something rather than counts it ("version 7", "route 66",
 * "chapter 11", "No. 3"): such a number is no amount, and two of them never conflict. Lower case;
 * a capitalised word before a number ("Flight 370", "Interstate 75") is read as a name already.
 */
export const NUMBER_NAMING_NOUNS: ReadonlySet<string> = new Set([
  'version',
  'route',
  'chapter',
  'article',
  'section',
  'terminal',
  'gate',
  'platform',
  'channel',
  'episode',
  'no',
  'no.',
  'number',
  'exit',
  'room',
  'page',
]);
