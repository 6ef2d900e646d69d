/**
 * The last word of a wire service's name (lower-case): a report credited to a name it ends ("…, the Kestle
 * Wire reported") is a source credit, not a person's or a body's reported speech.
 */
export const NEWS_WIRE_WORDS: ReadonlySet<string> = new Set(['wire', 'wires', 'newswire']);

/**
 * The last word of a news agency's name, after one of NEWS_AGENCY_QUALIFIERS ("Kestle News Agency"). Not
 * "service": a "News Service" is as often a publication cited for its own reporting.
 */
export const NEWS_AGENCY_HEADS: ReadonlySet<string> = new Set(['agency']);

/** Words right before NEWS_AGENCY_HEADS that make the name a news agency's. */
export const NEWS_AGENCY_QUALIFIERS: ReadonlySet<string> = new Set(['news', 'press', 'wire', 'telegraph']);

/** News agencies known by their name alone, folded lower-case ("the Associated Press reported"). */
export const KNOWN_NEWS_AGENCIES: ReadonlySet<string> = new Set([
  'reuters',
  'associated press',
  'ap',
  'afp',
  'agence france-presse',
  'agence france presse',
  'upi',
  'united press international',
  'dpa',
  'kyodo',
  'kyodo news',
  'xinhua',
  'tass',
  'interfax',
  'efe',
  'ansa',
  'press association',
  'pa media',
  'canadian press',
  'australian associated press',
  'aap',
  'yonhap',
  'bernama',
]);
