// What a story's report tells that its articles stored before a time did not: the rows of the present
// report (figures, updates, differences, quotes, notes, facts) told only by articles stored since.
// No report of the earlier articles is computed: a row is new when every article telling it is new,
// and a figure only when no earlier article gives its value, of whatever it counts.
import type { Conflict, Figure, Report, Story } from '../model/index.ts';
import type { NoteKind } from '../text/editors-notes.ts';
import { withLabels } from './labels.ts';
import { toldValues, valueText } from './sections/difference-values.ts';
import type { StoryNews } from './story-news-schema.ts';
import { articleIndex, articleLabel, evidenceText } from './util.ts';

/** At most this many rows of each list (the rest counted in `more`). */
export const LIST_MOST = 8;

type Ref = StoryNews['figures'][number]['told'][number];

/**
 * The news of `report`'s one story since a time: `newIds` its articles stored at or after it;
 * `notesAdded` the editors' notes the pages read again since added, by article (`ChangedArticle.notes`).
 * An article stored before the time whose page changed since counts as earlier (what its new version
 * adds is not told here but by its notes).
 */
export function storyNews(
  report: Report,
  newIds: ReadonlySet<string>,
  notesAdded: ReadonlyMap<string, readonly NoteKind[]> = new Map(),
): StoryNews {
  const labelled = report.articles.every((a) => a.label) ? report : withLabels(report);
  const story = labelled.stories[0] as Story;
  const articles = articleIndex(labelled);
  const ref = (id: string): Ref => ({ articleId: id, label: articleLabel(articles.get(id)) });
  const refs = (ids: Iterable<string>): Ref[] => [...new Set(ids)].map(ref);
  const allNew = (ids: readonly string[]) => ids.length > 0 && ids.every((id) => newIds.has(id));
  const more: Record<string, number> = {};
  const cut = <T>(name: string, rows: T[]): T[] => {
    if (rows.length > LIST_MOST) more[name] = rows.length - LIST_MOST;
    return rows.slice(0, LIST_MOST);
  };
  const ids = story.articleIds;
  if (ids.every((id) => newIds.has(id))) return newStoryNews(ids);
  const earlierOutlets = new Set(ids.filter((id) => !newIds.has(id)).map((id) => articles.get(id)?.outlet));
  const outlets = new Map<string, string[]>();
  for (const id of ids.filter((x) => newIds.has(x))) {
    const outlet = articles.get(id)?.outlet;
    if (outlet && !earlierOutlets.has(outlet)) outlets.set(outlet, [...(outlets.get(outlet) ?? []), id]);
  }
  const { updates, differences } = differenceNews(story.differences ?? [], report, newIds, refs);
  return {
    newStory: false,
    newArticles: ids.filter((id) => newIds.has(id)),
    outlets: [...outlets].map(([outlet, articleIds]) => ({ outlet, articleIds })),
    figures: cut('figures', newFigures(story, labelled, newIds, refs)),
    updates: cut('updates', updates),
    differences: cut('differences', differences),
    quotes: cut(
      'quotes',
      story.quotes
        .filter((q) => q.speech !== false && allNew(q.occurrences.map((o) => o.articleId)))
        .sort((a, b) => QUOTE_ORDER[a.kind] - QUOTE_ORDER[b.kind])
        .map((q) => ({
          kind: q.kind,
          speaker: q.speaker?.unresolved ? null : (q.speaker?.name ?? null),
          text: q.text,
          told: refs(q.occurrences.map((o) => o.articleId)),
        })),
    ),
    corrections: cut(
      'corrections',
      (story.corrections ?? [])
        .filter((n) => newIds.has(n.articleId) || notesAdded.get(n.articleId)?.includes(n.kind))
        .map((n) => ({ kind: n.kind, text: n.text, date: n.date, article: ref(n.articleId) })),
    ),
    facts: cut(
      'facts',
      story.facts
        .filter((f) => {
          const supporting = Object.entries(f.coverage).filter(([, m]) => m.mark === 'supports');
          return allNew(f.sources) && supporting.every(([id]) => newIds.has(id));
        })
        .sort((a, b) => b.sources.length - a.sources.length)
        .map((f) => ({ text: f.text, status: f.status, told: refs(f.evidence.map((e) => e.articleId)) })),
    ),
    more,
  };
}

/** The news of a story every article of which is new: all of it, so no list is given. */
export function newStoryNews(articleIds: readonly string[]): StoryNews {
  const none = { figures: [], updates: [], differences: [], quotes: [], corrections: [], facts: [] };
  return { newStory: true, newArticles: [...articleIds], outlets: [], ...none, more: {} };
}

const QUOTE_ORDER = { direct: 0, partial: 1, indirect: 2 } as const;

// The figures only new articles tell whose value (and unit) no earlier article's figure gives, of
// whatever it counts: "Three employees were hurt" is no new figure after "injured three workers", nor
// "About 400 people were evacuated" after "forced about 400 residents from their homes" (review45b);
// a value given before of another thing ("2 buses" after "2 workers") is not told as new either.
// Each with the sentence of a fact or quote of its first article that holds it.
function newFigures(
  story: Story,
  report: Report,
  newIds: ReadonlySet<string>,
  refs: (ids: string[]) => Ref[],
) {
  const sentences = [
    ...story.facts.flatMap((f) => f.evidence),
    ...story.quotes.flatMap((q) => q.occurrences),
  ];
  const earlier = story.figures.filter((f) => f.occurrences.some((o) => !newIds.has(o.articleId)));
  const givenBefore = (f: Figure) => earlier.some((g) => g.value === f.value && g.unit === f.unit);
  return story.figures
    .filter((f) => f.occurrences.every((o) => newIds.has(o.articleId)) && !givenBefore(f))
    .map((f) => {
      // each article's source is its first telling's, as the Figures table names it
      const firsts = f.occurrences.flatMap((o, i) =>
        f.occurrences.findIndex((p) => p.articleId === o.articleId) === i ? [i] : [],
      );
      const by = firsts
        .map((i) => (f.tellings ? f.tellings[i]?.attributedTo : i === 0 ? f.attributedTo : null))
        .filter((x): x is string => !!x);
      const at = f.occurrences[0];
      const holding = at
        ? sentences.find(
            (e) => e.articleId === at.articleId && e.span.start <= at.span.start && at.span.end <= e.span.end,
          )
        : undefined;
      return {
        text: f.text,
        value: f.value,
        counts: f.counts,
        unit: f.unit,
        by: [...new Set(by)],
        sentence: holding ? evidenceText(report, holding) : null,
        told: refs(f.occurrences.map((o) => o.articleId)),
      };
    });
}

// The figure differences the report shows as an update whose newest value a new article tells, and
// the differences a side of which only new articles tell (the rest).
function differenceNews(
  all: readonly Conflict[],
  report: Report,
  newIds: ReadonlySet<string>,
  refs: (ids: string[]) => Ref[],
): Pick<StoryNews, 'updates' | 'differences'> {
  const updates: StoryNews['updates'] = [];
  const differences: StoryNews['differences'] = [];
  for (const d of all) {
    const sideNew = d.sides.map(
      (s) => s.evidence.length > 0 && s.evidence.every((e) => newIds.has(e.articleId)),
    );
    if (!sideNew.some(Boolean)) continue;
    const rows = d.kind === 'figure' ? toldValues(d, report) : [];
    const last = rows.at(-1);
    if (d.update === true && last && newIds.has(last.articleId)) {
      // the report tells the values as one history: all of it, newest last
      const values: StoryNews['updates'][number]['values'] = [];
      for (const r of rows) {
        const prev = values.at(-1);
        if (prev?.value === r.value) prev.told.push(...refs([r.articleId]));
        else values.push({ value: r.value, told: refs([r.articleId]), isNew: false });
      }
      for (const v of values) v.isNew = v.told.every((t) => newIds.has(t.articleId));
      updates.push({ about: d.about, values });
      continue;
    }
    // else only an outlet's new article that updates its own earlier value is an update (its earlier
    // values, then its own); the other new sides are a difference to check
    const own = rows.filter((r) => r.updates.length > 0 && newIds.has(r.articleId));
    for (const r of own)
      updates.push({
        about: d.about,
        values: [
          ...r.updates.map((u) => ({
            value: u.value,
            told: refs([u.articleId]),
            isNew: newIds.has(u.articleId),
          })),
          { value: r.value, told: refs([r.articleId]), isNew: true },
        ],
      });
    const updating = new Set(own.map((r) => r.articleId));
    const rest = d.sides.map((s, i) => sideNew[i] && !s.evidence.every((e) => updating.has(e.articleId)));
    if (!rest.some(Boolean)) continue;
    const side = (s: Conflict['sides'][number]) => ({
      claim: s.claim,
      value: s.value ? valueText(s.value) : null,
      told: refs(s.evidence.map((e) => e.articleId)),
    });
    differences.push({
      kind: d.kind,
      about: d.about,
      newSides: d.sides.filter((_, i) => sideNew[i]).map(side),
      earlierSides: d.sides.filter((_, i) => !sideNew[i]).map(side),
    });
  }
  return { updates, differences };
}
