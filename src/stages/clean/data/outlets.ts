import { dict } from '../../../text/data/dict.ts';
/** Outlet knowledge kept as data: well-known news domains, masthead words, wire agencies. */

/**
 * Well-known news domains and the names their outlets go by. A host matches a domain exactly or as a
 * subdomain (`edition.cnn.com` → CNN). Hosts not listed get a readable name from the domain itself.
 */
export const NEWS_DOMAINS: Readonly<Record<string, string>> = dict({
  'abcnews.go.com': 'ABC News',
  'aljazeera.com': 'Al Jazeera',
  'apnews.com': 'Associated Press',
  'axios.com': 'Axios',
  'bbc.co.uk': 'BBC',
  'bbc.com': 'BBC',
  'bloomberg.com': 'Bloomberg',
  'breitbart.com': 'Breitbart',
  'businessinsider.com': 'Business Insider',
  'cbc.ca': 'CBC',
  'cbsnews.com': 'CBS News',
  'chicagotribune.com': 'Chicago Tribune',
  'cnbc.com': 'CNBC',
  'cnn.com': 'CNN',
  'csmonitor.com': 'The Christian Science Monitor',
  'dailycaller.com': 'The Daily Caller',
  'dailymail.co.uk': 'Daily Mail',
  'dw.com': 'Deutsche Welle',
  'economist.com': 'The Economist',
  'foxbusiness.com': 'Fox Business',
  'foxnews.com': 'Fox News',
  'france24.com': 'France 24',
  'ft.com': 'Financial Times',
  'huffpost.com': 'HuffPost',
  'independent.co.uk': 'The Independent',
  'latimes.com': 'Los Angeles Times',
  'motherjones.com': 'Mother Jones',
  'msnbc.com': 'MSNBC',
  'nationalreview.com': 'National Review',
  'nbcnews.com': 'NBC News',
  'newsweek.com': 'Newsweek',
  'npr.org': 'NPR',
  'nypost.com': 'New York Post',
  'nytimes.com': 'The New York Times',
  'pbs.org': 'PBS',
  'politico.com': 'Politico',
  'politico.eu': 'Politico Europe',
  'reuters.com': 'Reuters',
  'theatlantic.com': 'The Atlantic',
  'theguardian.com': 'The Guardian',
  'thehill.com': 'The Hill',
  'telegraph.co.uk': 'The Telegraph',
  'time.com': 'Time',
  'usatoday.com': 'USA Today',
  'vox.com': 'Vox',
  'washingtonexaminer.com': 'Washington Examiner',
  'washingtonpost.com': 'The Washington Post',
  'washingtontimes.com': 'The Washington Times',
  'wsj.com': 'The Wall Street Journal',
  'news.sky.com': 'Sky News',
  'news.yahoo.com': 'Yahoo News',
});

/**
 * Last words of newspaper and broadcaster names ("The Norhaven Courier", "Daily Beacon", "Coastline
 * Daily", "Kell Radio", "Marl FM", "Brenmoor Echo"): a short title-case line made of such a name is read as a masthead. "News" and "Press" are left out: they
 * end section labels ("Local News") and agency names as often as mastheads.
 */
export const MASTHEAD_WORDS: ReadonlySet<string> = new Set([
  'advertiser',
  'argus',
  'beacon',
  'bulletin',
  'chronicle',
  'courant',
  'courier',
  'daily',
  'dispatch',
  'echo',
  'enquirer',
  'examiner',
  'fm',
  'gazette',
  'guardian',
  'herald',
  'inquirer',
  'journal',
  'ledger',
  'mercury',
  'messenger',
  'monitor',
  'observer',
  'radio',
  'sentinel',
  'telegraph',
  'telegram',
  'times',
  'tribune',
]);

/**
 * Last words of newspaper names that also end a headline as a plain noun ("Heat Wave Sets Record",
 * "Rising Star", "Minister Quits Post"): read as a masthead's last word, as MASTHEAD_WORDS are, only in
 * a name of at most MASTHEAD_SHORT_NAME capitalised words after "The" ("Riverside Post", "The Baltimore
 * Sun", "Kansas City Star"). Lower case.
 */
export const MASTHEAD_SHORT_WORDS: ReadonlySet<string> = new Set([
  'globe',
  'post',
  'record',
  'standard',
  'star',
  'sun',
]);

/**
 * Last words of a wire's or a magazine's name that also end a headline as its verb's object ("Meridian
 * Wire", "Harbour Financial Review"; "Council Orders Review"): read as MASTHEAD_SHORT_WORDS are, and
 * only in a name none of whose words ends in a verb's or a plural's "-s" ("Orders", "Ministers";
 * "Business" in "-ss" is no such word). Lower case.
 */
export const MASTHEAD_OBJECT_WORDS: ReadonlySet<string> = new Set(['review', 'wire']);

/** The most words of a name ending in a MASTHEAD_SHORT_WORDS word, "The" not counted. */
export const MASTHEAD_SHORT_NAME = 3;

/**
 * First words of broadcasters' names ("Radio Marl", "Radio Kell Valley"): a short title-case line
 * opening with one is read as a masthead, as one ending in a masthead word is.
 */
export const MASTHEAD_FIRST_WORDS: ReadonlySet<string> = new Set(['radio']);

/**
 * Words that make a "The …" line under a headline a byline of the outlet's staff, not the outlet's
 * name ("The Editorial Board", "The News Desk", "The Data Team"). Lower case.
 */
export const STAFF_BYLINE_WORDS: ReadonlySet<string> = new Set(
  'board editorial editors desk newsdesk newsroom staff team reporters correspondents writers'.split(' '),
);

/**
 * Wire agencies and picture agencies: a note naming one credits the text or photo, not the outlet
 * that published it (their copy runs in many outlets), so it never names the outlet.
 */
export const AGENCIES =
  /^(?:the )?(?:associated press|ap|reuters|thomson reuters|afp|agence france-presse|getty images|bloomberg(?: news| l\.?p\.?)?|upi|united press international|dpa|efe|ansa|xinhua|press association|pa media|cnn wire|tribune content agency|tribune media services|shutterstock|alamy|depositphotos|epa|istock(?:photo)?)$/i;

/** The aggregator's own name in its disclaimer ("Denial of responsibility! <Name> is an automatic aggregator"). */
export const AGGREGATOR_NAME =
  /(?:^|[!.:]\s*)([\p{Lu}\p{N}][\p{L}\p{N}&'’. -]{0,40}?)\s+is\s+an?\s+(?:automatic|automated)?\s*(?:news\s+|media\s+)?aggregator/iu;

/**
 * A note naming the outlet that first published a republished text: "This article originally
 * appeared on The Hill", "This story was originally published by Norhaven Courier.", "The post …
 * appeared first on Harbour Daily."
 */
export const ORIGINAL_OUTLET =
  /(?:^(?:[Tt]his (?:article|story|post|piece)(?: (?:was|is|has been))? )?(?:[Oo]riginally|[Ff]irst) (?:published|appeared|ran) (?:on|in|at|by)|\bappeared first on)\s+(?:the website of\s+)?([\p{Lu}\p{N}][\p{L}\p{N}&'’. -]{0,60}?)(?:\s*\(\S+\))?(?:\s+(?:on|in)\s+\p{Lu}\p{Ll}+\s+\d{1,2},?\s+\d{4})?\s*[.!]?$/u;
