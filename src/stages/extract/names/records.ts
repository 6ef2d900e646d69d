// What the name finder records for one article, in a module of its own so that the finder (find.ts)
// and its steps (mentions.ts, roles.ts) share the types without importing each other.
import type { NameKind } from './types.ts';

/** One name found in an article: a candidate mention of an entity. */
export interface Mention {
  /** Tells a name from a role (`RoleMention`) where both are placed in the alias graph. */
  readonly form: 'name';
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  /** The name's words as written, hyphenated parts joined, titles left out. */
  readonly words: readonly string[];
  /** Character span of each word. */
  readonly wordSpans: readonly (readonly [number, number])[];
  readonly kind: NameKind;
  /** Typed by strong evidence (a title, a list, an organisation word), not by shape alone. */
  readonly strong: boolean;
  /** Canonical role from a title before the name ("governor"), else null. */
  readonly role: string | null;
  /** What the role is of ("Texas", "Mexico", "homeland security"), else null. */
  readonly roleOf: string | null;
  /** Found in a Title-Case line: kept only if the story names it elsewhere too. */
  readonly headline: boolean;
  readonly token: number;
  readonly paragraph: number;
  /** Hints for names of unknown kind: followed by a speech verb, after a place preposition. */
  readonly cueAfter: boolean;
  readonly placeContext: boolean;
  /** In a place's context with no possessive after it ("in Ashby", not "into Riva's office"): a place, not a surname. */
  readonly placeSlot: boolean;
  /** The words around the name make it an organisation ("startup X", "X spokesman", "X, a firm"). */
  readonly orgContext: boolean;
  /** The noun right after the name makes it a work's title, no one's name ("the Real Life program"). */
  readonly workContext: boolean;
  /** A verb follows the name in its sentence: it acts ("X has issued", "X fixed"). */
  readonly subject: boolean;
  /** The name opens its sentence (or follows a quote mark there), where common words are capitalised too. */
  readonly initial: boolean;
  /** The words after the name make it a person: an age ("X, 49,") or kin ("X's wife"). */
  readonly personContext: boolean;
  /** A one-word name that modifies a noun ("his Oscar role", "the Oscar host"): no "he" or "she" stands for it. */
  readonly modifier: boolean;
}

/** "Mexico's president", "the Mexican leader": a role that stands for a person. */
export interface RoleMention {
  readonly form: 'role';
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly role: string;
  readonly roleOf: string;
  readonly token: number;
  readonly paragraph: number;
}

/** An acronym a text defines: "Customs and Border Patrol (CBP)". */
export interface AcronymDefinition {
  readonly short: string;
  readonly long: readonly string[];
}

/** Everything the name finder reads from one article. */
export interface ArticleNames {
  readonly mentions: Mention[];
  readonly roles: RoleMention[];
  readonly acronyms: AcronymDefinition[];
}
