import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test } from 'node:test';
import { needsShared, sharedPath } from '../../../test/shared.ts';
import { createContext, type Evidence, type Fact, type Report, ReportSchema } from '../../model/index.ts';
import { analyze } from '../../pipeline.ts';

const CORPUS = 'corpus/border-talks-2023';

// The real pipeline on the five articles; articles are found by file-name prefix (000 … 004).
let loaded: Report | undefined;
function load(): { report: Report; id: (prefix: string) => string; say: (e: Evidence) => string } {
  const dir = sharedPath(CORPUS);
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
  loaded ??= analyze(files, {}, createContext());
  const report = loaded;
  const id = (prefix: string) => {
    const article = report.articles.find((a) => basename(a.source).startsWith(prefix));
    assert.ok(article, `article ${prefix}`);
    return article.id;
  };
  const say = (e: Evidence) => {
    const text = report.articles.find((a) => a.id === e.articleId)?.text ?? '';
    return text.slice(e.span.start, e.span.end);
  };
  return { report, id, say };
}

test('border talks: facts, figures, conflicts and framing across the five outlets', {
  skip: needsShared(CORPUS),
}, () => {
  const { report, id, say } = load();
  assert.equal(report.stories.length, 1);
  assert.ok(ReportSchema.safeParse(JSON.parse(JSON.stringify(report))).success, 'the report fits its schema');
  const story = report.stories[0];
  assert.ok(story);
  const sorted = (xs: readonly string[]) => [...xs].sort();

  // the meeting "on Wednesday, Dec. 27" is not stated by an undated article's "traveled on Wednesday
  // to meet" (a weekday is no calendar date until the article's own date resolves it); the article
  // written before the trip ("will meet") is marked published before, never cited for it
  const meeting = story.facts.filter((f) => f.evidence.some((e) => /Mayorkas met with/.test(say(e))));
  assert.ok(meeting.length > 0, 'a fact of the meeting');
  for (const f of meeting) {
    assert.ok(!f.sources.includes(id('004')), f.text);
    for (const e of f.evidence) assert.match(say(e), /Dec\. 27/, f.text);
  }
  const before = story.facts.filter((f) => f.coverage[id('004')]?.mark === 'published-before');
  assert.ok(
    before.some((f) => /met with/.test(f.text)),
    'the pre-trip article is published before the meeting',
  );
  // how the visit went (the outcome difference's rows, told by two outlets) is what the pre-trip article
  // cannot have told: ◷ there too, not "does not mention it" (issue 10)
  const outcome = story.differences?.find((c) => c.kind === 'outcome');
  assert.ok(outcome, 'the outcome of the visit is told otherwise: a difference to check');
  const sideTexts = new Set(outcome.sides.flatMap((s) => s.evidence.map(say)));
  const outcomeFacts = story.facts.filter((f) => f.evidence.some((e) => sideTexts.has(say(e))));
  assert.ok(outcomeFacts.length >= 2, 'the outcome of the visit is shown by its facts');
  for (const f of outcomeFacts) assert.equal(f.coverage[id('004')]?.mark, 'published-before', f.text);

  // the daily-crossings figure: wherever a fact cites it, every cited sentence holds 10,000, and
  // never the other 10,000 (arrests under a state operation). The three wordings ("apprehended",
  // "crossings", "making a crossing") tell other predicates, so strict checking need not join them.
  const daily = story.facts.filter((f) => f.evidence.some((e) => say(e).includes('10,000')));
  assert.ok(daily.length > 0, 'a fact with the 10,000 figure');
  for (const f of daily.filter((f) => f.evidence.length > 1)) {
    assert.ok(
      f.evidence.every((e) => say(e).includes('10,000')),
      f.text,
    );
    assert.ok(
      f.evidence.every((e) => !say(e).includes('Abbott')),
      f.text,
    );
  }

  // a quotation is a statement, not an event an article could be published before
  for (const f of story.facts.filter((f) => f.text.startsWith('“')))
    for (const mark of Object.values(f.coverage)) assert.notEqual(mark.mark, 'published-before', f.text);

  // every cited supporter holds the numbers and dates of what it is cited for
  assert.equal(story.check.share, 1);

  // single-source figures are single-source with their outlet
  for (const figure of ['2.4 million', '1,500', '80,000']) {
    const found: Fact[] = story.facts.filter((f: Fact) => f.evidence.some((e) => say(e).includes(figure)));
    assert.equal(found.length, 1, figure);
    assert.equal(found[0]?.status, 'single-source', figure);
    assert.deepEqual(found[0]?.sources, [id('001')], figure);
  }

  // the outcome contrast is a difference to check, not a conflict: one outlet says the two countries
  // failed to announce new initiatives, another that the meeting was very productive; both can hold
  assert.ok(!story.conflicts.some((c) => c.kind === 'outcome'));
  for (const f of outcomeFacts)
    for (const mark of Object.values(f.coverage)) assert.notEqual(mark.mark, 'contradicts', f.text);
  const sideArticles = outcome.sides.map((s) => new Set(s.evidence.map((e) => e.articleId)));
  assert.ok(sideArticles.some((s) => s.has(id('000'))) && sideArticles.some((s) => s.has(id('003'))));
  assert.ok(
    !outcome.sides.some(
      (s) =>
        s.evidence.some((e) => e.articleId === id('000')) &&
        s.evidence.some((e) => e.articleId === id('003')),
    ),
  );

  // "irregular" is distinctive for the outlet that uses it in its own voice, and only for it
  const framing = story.framing;
  assert.ok(framing);
  // the word itself or a phrase built on it ("irregular …")
  const irregularTerms = framing.terms.filter((t) => t.term.split(' ').includes('irregular'));
  assert.deepEqual([...new Set(irregularTerms.map((t) => t.articleId))], [id('003')]);
  const irregular = framing.contested.find((c) => c.term === 'irregular');
  for (const [articleId, use] of Object.entries(irregular?.byArticle ?? {}))
    assert.equal(use.ownVoice > 0, articleId === id('003'), articleId);

  // omissions are keyed by every article and name only shared facts
  const shared = new Set(story.facts.filter((f) => f.sources.length >= 2).map((f) => f.id));
  assert.deepEqual(sorted(Object.keys(story.omissions)), sorted(story.articleIds));
  for (const ids of Object.values(story.omissions)) for (const f of ids) assert.ok(shared.has(f));

  // no fact is a bare pronoun or a clause that needs the one before it; a resolved one says who
  for (const f of story.facts) assert.doesNotMatch(f.text, /^(He|She|It|They|These|And|But)\b/, f.text);
  assert.ok(story.facts.some((f) => /^\[[^\]]*Obrador\] wants the U\.S\./.test(f.text)));
});

test('border talks: no fact, quote or figure comes from removed boilerplate', {
  skip: needsShared(CORPUS),
}, () => {
  const { report, say } = load();
  const story = report.stories[0];
  assert.ok(story);
  const evidence: Evidence[] = [
    ...story.facts.flatMap((f) => f.evidence),
    ...story.conflicts.flatMap((c) => c.sides.flatMap((s) => s.evidence)),
    ...story.quotes.flatMap((q) => q.occurrences),
    ...story.figures.flatMap((f) => f.occurrences),
    ...(story.framing?.contested ?? []).flatMap((c) => Object.values(c.byArticle).flatMap((u) => u.evidence)),
  ];
  assert.ok(evidence.length > 0);
  for (const e of evidence) {
    const article = report.articles.find((a) => a.id === e.articleId);
    assert.ok(article && e.span.start < e.span.end && e.span.end <= article.text.length);
    const text = say(e).trim();
    // a single word (a contested term) may also occur in a caption; sentences and phrases may not
    if (text.split(/\s+/).length < 4) continue;
    for (const removed of article.removed)
      assert.ok(!removed.text.includes(text), `${e.articleId}: evidence inside removed "${removed.reason}"`);
  }
});
