import type { Entity, Evidence, Fact, Figure, Quote, SegmentedArticle, Token } from '../../model/index.ts';
import { type ClaimFigure, sentenceFigures } from '../../text/quantities.ts';
import { figuresByArticle } from '../compare/article-figures.ts';
import { toldInPart } from '../compare/in-part.ts';
import type { Reading } from '../compare/support/index.ts';
import type { Candidate } from './candidates.ts';
import { tellsChange } from './elsewhere-change.ts';
import { heldElsewhere, tellsFigureWithDetails } from './elsewhere-details.ts';
import { detailsTold, lazyMentions, writtenNumbers } from './elsewhere-only.ts';
import { restToldInPart } from './elsewhere-rest.ts';
import { mayReport, sameSaying, sayingOf } from './elsewhere-saying.ts';
import { reportFrame } from './frame.ts';
import { type HeadlineReading, headlineReadings, tellsHeadline } from './headlines.ts';
import type { Judged } from './judged.ts';
import type { Near } from './near.ts';
import { toldInOtherWords } from './paraphrase.ts';
import { MAX_CHECKED, POINT_TOLD_REASONS, POINT_TOLD_VERDICTS, SAME_EVENT_REASONS } from './patterns.ts';
import { quotedElsewhere } from './quoted-elsewhere.ts';
import { countingFigures, countsAlike, tellsSameFigure } from './same-figure.ts';
import { candidatesAt, groupByArticle } from './spans.ts';

/** What finding whether another source tells a single-source fact needs from the summarize stage. */
export interface ElsewhereContext {
  readonly candidates: readonly Candidate[];
  /** The sentences of other articles sharing words with a candidate, closest first (rankedNear, a low threshold). */
  readonly near: (index: number) => readonly Near[];
  /** article id → its independent source */
  readonly sources: ReadonlyMap<string, string>;
  /** The support judge's verdict and reason on (claim, evidence), and what it may say before judging. */
  readonly judge: Judged;
  /** The support judge's reading of a span (a clause or a sentence), or null when it is no claim. */
  readonly read: (evidence: Evidence) => Reading | null;
  /** The story's IDF the judge's readings are weighed by. */
  readonly idf: ReadonlyMap<string, number>;
  /** The extract stage's figures of the story (what the judge's readings take counts and rates from). */
  readonly figures: readonly Figure[];
  /** The story's articles, whose headlines are read too (`headlineReadings`). */
  readonly articles: readonly SegmentedArticle[];
  /** The extract stage's entities of the story (which entity a name of a fact's sentence is). */
  readonly entities: readonly Entity[];
  /** The story's quotes: a quotation of the fact another source carries tells it (quoted-elsewhere.ts). */
  readonly quotes?: readonly Quote[];
}

/** Whether another source tells a single-source fact, and the details of it only its source gives. */
export interface Elsewhere {
  (fact: Fact): boolean;
  /**
   * The details of a fact (names, figures, dates, as its sentence writes them) that no other source
   * of the story gives while the rest of the fact is told elsewhere; [] when there are none, or when
   * the rest is not told elsewhere either.
   */
  readonly onlyHere: (fact: Fact) => string[];
}

// The judge's reason when the claim tells as planned the event the evidence tells as done.
const PLAN_TOLD_DONE = 'planned vs happened';

// Whether two token lists are the same tokens (sentenceFigures reads nothing else of a sentence).
function sameTokens(a: readonly Token[], b: readonly Token[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/**
 * Whether a sentence of another independent source tells (part of) a fact the compare stage found
 * in one source only: one of them tells its figure with all it names (`tellsSameFigure`: "about
 * 80,000 vehicles a day" / "as many as 80,000 cars … daily"), or the same count within both
 * qualifiers with each name or date it leaves out told by another source
 * (`tellsFigureWithDetails`), or one of the MAX_CHECKED sentences of other sources most alike to it
 * is read by the judge, either way round, as the same event (supports, or the same predicate about
 * the same participants with fewer or other details: 'partial' and the summary's
 * SAME_EVENT_REASONS), or as the event the fact tells as planned told as done ("… are due to meet
 * on Tuesday" / "… met on Tuesday": the other source tells the meeting; not the other way round, a
 * plan tells no event that happened), or tells it at least in part in words of its own
 * (`toldInPart`: much of its terms, most of its rarest, its figure, in its mood and polarity, the
 * words of who reports it aside (`reportFrame`): "had asked the ministry to scrap or lower the
 * tolls on the Arden and Belmont bridges …" / "had urged it to ease the tolls on the Arden and
 * Belmont bridges …"), or in other words as far as Parallax can tell (`toldInOtherWords`: several
 * of its counts told alike, or its predicate, participants and half its terms, a name's words
 * counting as words), or another source reports the person the fact has speak saying it in other
 * words, wherever in its article (`sameSaying`: the same speaker and a verb of what is said), or
 * another source's headline tells it (`headlineReadings`: the headline tells it in part or in other
 * words, or a change of the same measure in the same direction, `tellsChange`: "ticked up" / "rises",
 * or the fact's sentence tells all the headline tells, `tellsHeadline`: "Mayor Okafor drops
 * her pick for harbour chief" / "Okafor dropped her pick for harbour chief on Friday after
 * questions about his record"). Such a fact is not "reported by one source only": the other source
 * tells it in words the support check does not take as stating all of it ("The assembly gave final
 * passage Wednesday to a $4 billion harbour package" / "The Valdorian assembly on Wednesday approved
 * … $4 billion port renewal bill").
 */
export function toldElsewhere(context: ElsewhereContext): Elsewhere {
  const { candidates, near, sources, judge, read, idf, figures: extracted, articles, entities } = context;
  const ownSources = (fact: Fact) =>
    new Set(fact.evidence.map((e) => sources.get(e.articleId) ?? e.articleId));
  const at = candidatesAt(groupByArticle(candidates));
  const same = (a: Evidence, b: Evidence): boolean => {
    // (each of these verdicts and reasons is one the judge gives past its test of `about`)
    if (!judge.mayTellEvent(a, b)) return false;
    const { verdict, reason } = judge(a, b);
    return (
      POINT_TOLD_VERDICTS.has(verdict) || POINT_TOLD_REASONS.has(reason) || SAME_EVENT_REASONS.has(reason)
    );
  };
  // the MAX_CHECKED sentences of other sources most alike to one of the fact's sentences
  const closest = (c: Candidate, own: ReadonlySet<string>): Candidate[] => {
    const out: Candidate[] = [];
    for (const n of near(c.index)) {
      if (out.length === MAX_CHECKED) break;
      if (!own.has(n.candidate.source)) out.push(n.candidate);
    }
    return out;
  };
  // a sentence's figures as its reading holds them (the shared reader, with the extract stage's
  // figures of its article: the first found at a place is the one the story's list gives), worked
  // out when a fact with a figure first asks of that sentence; a sentence of the fact's own source
  // is never asked. A reading of the same tokens has read them so already (makeClaim), and the
  // story's sentences are all read for what their sources hold (heldElsewhere): only a sentence
  // that reads as no claim is read for its figures here.
  let ofArticle: Map<string, Figure[]> | undefined;
  const figuresIn = new Map<number, readonly ClaimFigure[]>();
  const figuresOf = (c: Candidate): readonly ClaimFigure[] => {
    let figures = figuresIn.get(c.index);
    if (!figures) {
      const r = read(c.evidence);
      if (r && sameTokens(r.claim.tokens, c.tokens)) figures = r.claim.figures;
      else {
        ofArticle ??= figuresByArticle(extracted);
        const sentence = { ...c.evidence.span, paragraph: 0, tokens: c.tokens };
        figures = sentenceFigures(sentence, ofArticle.get(c.articleId) ?? [], c.articleId);
      }
      figuresIn.set(c.index, figures);
    }
    return figures;
  };
  // the names and dates each source tells, for a fact's details another sentence leaves out
  const held = heldElsewhere(candidates, read);
  // a sentence of another source with a figure counting what one of the fact's does, read in full
  // only then (most sentences of a story hold none)
  const sameFigure = (a: Reading | null, own: ReadonlySet<string>): boolean => {
    const main = a ? countingFigures(a) : [];
    if (!a || !main.length) return false;
    return candidates.some((candidate) => {
      if (own.has(candidate.source) || !figuresOf(candidate).some((g) => main.some((f) => countsAlike(f, g))))
        return false;
      const b = read(candidate.evidence);
      return b !== null && (tellsSameFigure(a, b) || tellsFigureWithDetails(a, b, held, own));
    });
  };
  // (the words of who reports it are no part of the fact: reportFrame; the rest of a fact less its
  // details is held to more: restToldInPart)
  const part = (a: Reading, b: Reading, rest: boolean): boolean =>
    rest ? restToldInPart(a, b, idf) : toldInPart(a, b, idf, { skip: reportFrame(a).stems });
  const inPart = (a: Reading | null, other: Evidence, rest = false): boolean => {
    const b = a && read(other);
    return !!b && (part(a, b, rest) || toldInOtherWords(a, b, idf));
  };
  // the headlines of other sources, read when a fact no sentence tells first asks
  let headlines: readonly HeadlineReading[] | undefined;
  const inHeadline = (a: Reading | null, own: ReadonlySet<string>, rest = false): boolean => {
    if (!a) return false;
    headlines ??= headlineReadings(articles, sources);
    return headlines.some(
      ({ source, reading: h }) =>
        !own.has(source) &&
        (part(a, h, rest) || toldInOtherWords(a, h, idf) || tellsHeadline(h, a, idf) || tellsChange(a, h)),
    );
  };
  // a statement of the person a fact has speak, reported by another source in other words, wherever
  // in its article (the sentences most alike by their words miss a paraphrase)
  // (a sentence without a reporting verb has nobody say anything: it is not read for this)
  const reporting = new Map<number, boolean>();
  const reports = (c: Candidate): boolean => {
    let known = reporting.get(c.index);
    if (known === undefined) {
      known = mayReport(c.tokens);
      reporting.set(c.index, known);
    }
    return known;
  };
  const saidElsewhere = (a: Reading | null, own: ReadonlySet<string>): boolean => {
    if (!a || !sayingOf(a)) return false;
    return candidates.some((c) => {
      if (own.has(c.source) || !reports(c)) return false;
      const b = read(c.evidence);
      return b !== null && sameSaying(a, b);
    });
  };
  const quoted = quotedElsewhere(context.quotes ?? [], sources);
  const told = (fact: Fact): boolean => {
    if (quoted(fact)) return true;
    const own = ownSources(fact);
    // (the sentences alike first: they tell most facts told elsewhere, and the figures' scan of the
    // whole story is then asked of the rest only; each test is pure, so the answer is the same)
    return (
      fact.evidence.some((e) =>
        at(e).some((c) =>
          closest(c, own).some(
            (other) =>
              same(e, other.evidence) ||
              same(other.evidence, e) ||
              (judge.mayTellMoods(e, other.evidence) && judge(e, other.evidence).reason === PLAN_TOLD_DONE) ||
              inPart(read(e), other.evidence),
          ),
        ),
      ) ||
      fact.evidence.some((e) => sameFigure(read(e), own)) ||
      fact.evidence.some((e) => saidElsewhere(read(e), own)) ||
      fact.evidence.some((e) => inHeadline(read(e), own))
    );
  };
  // the details of a fact no other source holds, and the fact without them told elsewhere by the
  // same tests (the judge's aside: it reads sentences as written)
  const numbersIn = new Map<number, ReadonlySet<number>>();
  const numbersOf = (c: Candidate): ReadonlySet<number> => {
    let known = numbersIn.get(c.index);
    if (!known) {
      known = writtenNumbers(c.text);
      numbersIn.set(c.index, known);
    }
    return known;
  };
  const onlyHere = detailsTold({
    read,
    idf,
    articles,
    mentions: lazyMentions(entities),
    held,
    figureHeld: (f, own) =>
      candidates.some(
        (c) =>
          !own.has(c.source) &&
          (figuresOf(c).some((g) => g.value === f.value || countsAlike(f, g)) || numbersOf(c).has(f.value)),
      ),
    // a rest told by its figure must hold one that is no age: an age tells whose fact it is
    restTold: (e, rest, own) =>
      at(e).some((c) => closest(c, own).some((other) => inPart(rest, other.evidence, true))) ||
      (countingFigures(rest).some((f) => !f.unit?.startsWith('age')) && sameFigure(rest, own)) ||
      saidElsewhere(rest, own) ||
      inHeadline(rest, own, true),
  });
  return Object.assign(told, { onlyHere: (fact: Fact) => onlyHere(fact, ownSources(fact)) });
}
