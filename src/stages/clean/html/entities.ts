import { dict } from '../../../text/data/dict.ts';

/** Decoding the HTML character references that metadata values often carry double-encoded. */

const NAMED: Readonly<Record<string, string>> = dict({
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  middot: '·',
  bull: '•',
});

/** Replace numeric (`&#8217;`, `&#x2019;`) and common named (`&rsquo;`) references with their characters. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (match, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    return NAMED[(name as string).toLowerCase()] ?? match;
  });
}
