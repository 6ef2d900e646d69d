import type { Article, Media, Removed } from './article.ts';
import type { EditorsNote } from './corrections.ts';
import type { Conflict, Fact, Point, QuoteCoverage, SummarySentence, TimelineEvent } from './coverage.ts';
import type { Deadline } from './deadline.ts';
import type { Issue } from './evidence.ts';
import type { Entity, Figure, Quote } from './facts.ts';
import type { Framing } from './framing.ts';

/** Where a stage reports problems and progress; the clock is passed in so stages stay repeatable. */
export interface RunContext {
  /** Problems found in the content, appended by stages. */
  readonly issues: Issue[];
  /** The run's reference time (used only where a stage needs "now"). */
  readonly now: Date;
  /** Progress and diagnostics; the CLI prints them to stderr, tests drop them. */
  readonly log: (message: string) => void;
  /** When present, the pipeline adds each stage's elapsed milliseconds here (for benchmarks). */
  readonly timings?: Map<string, number>;
  /** When present, the time budget of the item being worked on; stages call `checkDeadline`. */
  readonly deadline?: Deadline;
}

/** A pipeline stage: a pure function from one JSON-ready value to the next. */
export type Stage<In, Out> = (input: In, ctx: RunContext) => Out;

/** A run context that collects issues and discards the log, for tests and library callers. */
export function createContext(overrides: Partial<RunContext> = {}): RunContext {
  return { issues: [], now: new Date(0), log: () => {}, ...overrides };
}

/** An input as read from disk or stdin, before cleaning. */
export interface RawArticle {
  readonly id: string;
  /** Path, `-`, or `path#N` for the N-th record of a JSON/JSONL file. */
  readonly source: string;
  readonly format: 'text' | 'html';
  /** Decoded text or HTML, newlines normalised to `\n`. */
  readonly content: string;
  /** Metadata given by the input itself (JSON fields); wins over anything inferred. */
  readonly given: {
    readonly title?: string;
    readonly url?: string;
    readonly outlet?: string;
    readonly publishedAt?: string;
    /** When the article was last changed (a record's `modifiedAt`, `dateModified`, `updatedAt`). */
    readonly modifiedAt?: string;
    /** The language the record says it is in (a record's `language`, `lang` or `inLanguage`: "fr", "en-GB"). */
    readonly language?: string;
  };
  /** Where each `given` value came from when not the input itself (e.g. `manifest`); default `input`. */
  readonly givenSources?: Readonly<
    Partial<Record<'title' | 'url' | 'outlet' | 'publishedAt' | 'modifiedAt', string>>
  >;
  /** Metadata used only where the document has none (what a feed said of a fetched page). */
  readonly defaults?: InputDefaults;
  /** Where the `defaults` came from (e.g. `feed`). */
  readonly defaultsSource?: string;
}

/** Metadata known of an input from elsewhere than the document, used where the document is silent. */
export interface InputDefaults {
  readonly title?: string;
  readonly url?: string;
  readonly outlet?: string;
  readonly publishedAt?: string;
  /** When the listing says the page last changed, later than its publication (Atom `updated`). */
  readonly modifiedAt?: string;
  readonly byline?: string;
}

/** One sentence located in its article's text, with its tokens. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph that holds it. */
  readonly paragraph: number;
  readonly tokens: readonly Token[];
}

/** One token located in its article's text, with wink-nlp's universal POS tag and entity type (if any). */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower-cased normal form. */
  readonly norm: string;
  readonly pos: string;
  readonly stop: boolean;
  /** wink-nlp entity type covering the token: DATE, CARDINAL, MONEY, PERCENT, DURATION, TIME, ORDINAL ... */
  readonly entity?: string;
}

/** A cleaned article with its sentences; what every stage after `segment` reads. */
export interface SegmentedArticle {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
}

/** The parts of an article that the clean stage's extractors produce, before they are assembled. */
export interface ArticleParts {
  readonly title: string | null;
  readonly titleInferred: boolean;
  readonly byline: string | null;
  /** Body paragraphs in order; headings inside the article are kept as `heading`. */
  readonly paragraphs: readonly { readonly kind: 'text' | 'heading'; readonly text: string }[];
  readonly removed: readonly Removed[];
  readonly media: readonly Media[];
  /** Metadata found in the document (outlet, url, publishedAt, modifiedAt, language, section, genre). */
  readonly meta: Partial<
    Record<'outlet' | 'url' | 'publishedAt' | 'modifiedAt' | 'language' | 'section' | 'genre', string>
  >;
  /** Field name -> where its value came from. */
  readonly metadataSources: Readonly<Record<string, string>>;
}

/** Why one article is in its story, as the cluster stage scored it against the story's other articles. */
export interface GroupingReason {
  readonly articleId: string;
  /** The combined score (null for an article alone in its story) and its parts. */
  readonly score: number | null;
  readonly lead: number | null;
  readonly names: number | null;
  readonly body: number | null;
  /** Shared names and headline/lead terms that weighed most. */
  readonly sharedNames: readonly string[];
  readonly sharedLead: readonly string[];
  /** Cosine of its trigger words (main verbs of headline and first sentence) with the story's, and those shared. */
  readonly triggers: number | null;
  readonly sharedTriggers: readonly string[];
  /** How much the weekdays and months its headline and first sentence name disagree with the story's (0..1), and those it names. */
  readonly whenConflict: number | null;
  /** The sites (a building, a street) its headline and first sentence name, with their kind ("fenwick (building)"). */
  readonly sites?: readonly string[];
  /** True when its lead names a site of another name than the story's (its score halved). */
  readonly siteConflict?: boolean;
  /**
   * The other story it scores best against (null when none is a candidate): its score there, whether
   * a site of another name halved it, and that story's sites.
   */
  readonly nearest?: {
    readonly storyId: string;
    readonly score: number;
    readonly siteConflict: boolean;
    readonly sites: readonly string[];
  } | null;
  readonly namedDays: readonly string[];
  /** Days from the article to the story's anchor day (its start: the day a quarter of its dated articles precede; null if undated). */
  readonly gapDays: number | null;
  /** True when that gap is from a date its or the story's headlines and leads name ("the 2010 shooting"), nearer than its day. */
  readonly gapNamed: boolean;
  /**
   * The article's day (`YYYY-MM-DD`) and where it came from: `published:<provenance>`, or `text`, where
   * in it and the date as written (`text:first sentence "March 9, 2021"`).
   */
  readonly date: string | null;
  readonly dateSource: string | null;
  /**
   * When its part of the story joined the rest only at the lower bar of an event and its follow-up:
   * the day named (`YYYY-MM-DD`, the first day of the other part's event) and the article naming it.
   */
  readonly followUp?: { readonly day: string; readonly articleId: string } | null;
  /** True when it joined at or below the join bar as its best candidate story's clear winner. */
  readonly clearWinner?: boolean;
}

/** A group of articles that tell one story, as the cluster stage finds it. */
export interface StoryGroup {
  readonly id: string;
  readonly title: string;
  readonly articleIds: readonly string[];
  readonly keywords: readonly string[];
  /** The topic (recurring subject) the story belongs to; stories of one topic are neighbours (set by `cluster`). */
  readonly topicId?: string;
  /** Why each article is in the story (only when the cluster stage was asked to explain). */
  readonly grouping?: readonly GroupingReason[];
}

/** What every per-story stage reads: the story and its segmented articles (in `articleIds` order). */
export interface StoryInput {
  readonly story: StoryGroup;
  readonly articles: readonly SegmentedArticle[];
}

/** Output of the extract stage for one story. */
export interface StoryExtraction {
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
}

/** Output of the compare stage for one story. */
export interface StoryComparison {
  readonly facts: readonly Fact[];
  readonly conflicts: readonly Conflict[];
  /** Another value, day or account of one fact, by a kind of clash not proven a contradiction: to check, not ✗. */
  readonly differences?: readonly Conflict[];
  readonly omissions: Readonly<Record<string, readonly string[]>>;
  /** The outlets' notes on their own articles (corrections, clarifications, updates), when any. */
  readonly corrections?: readonly EditorsNote[];
  readonly quoteMatrix: readonly QuoteCoverage[];
  readonly framing: Framing | null;
}

/** Output of the summarize stage for one story. */
export interface StorySummary {
  readonly headline: string | null;
  readonly summary: readonly SummarySentence[];
  readonly points: readonly Point[];
}

/** Output of the timeline stage for one story. */
export interface StoryTimeline {
  readonly timeline: readonly TimelineEvent[];
}
