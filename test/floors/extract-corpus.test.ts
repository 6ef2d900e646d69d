import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  annotatedSentences,
  count,
  emptyCounts,
  entityMetrics,
  KINDS,
  spansOf,
} from '../../bench/eval-entities.ts';
import { loadPolnear, metrics, predict, scoreArticle, sumScores } from '../../bench/eval-quotes.ts';
import { loadEcbPlus } from '../../bench/lib/ecbplus.ts';
import {
  createContext,
  type SegmentedArticle,
  type StoryExtraction,
  type StoryInput,
} from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { storyFromTexts } from '../../src/stages/extract/from-text.ts';
import { extract } from '../../src/stages/extract/index.ts';
import { normalizeQuote } from '../../src/stages/extract/quotes/merge.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { foldName } from '../../src/text/normalise.ts';
import { needsShared, sharedPath } from '../shared.ts';

const CORPUS = 'corpus/border-talks-2023';

let cached: StoryInput | undefined;

function corpusStory(): StoryInput {
  if (cached) return cached;
  const dir = sharedPath(CORPUS);
  const files = readdirSync(dir)
    .sort()
    .map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
  const ctx = createContext();
  const seg = segment();
  const articles = readArticles(files, {}, ctx).map((a) => seg(a, ctx));
  return {
    story: { id: 's1', title: '', articleIds: articles.map((a) => a.article.id), keywords: [] },
    articles,
  };
}

/** Every span of an extraction points at the text it claims. */
function assertEvidence(articles: readonly SegmentedArticle[], out: StoryExtraction): number {
  const texts = new Map(articles.map((a) => [a.article.id, a.article.text]));
  const slice = (e: { articleId: string; span: { start: number; end: number } }) => {
    const text = texts.get(e.articleId);
    assert.ok(
      text !== undefined && e.span.start < e.span.end && e.span.end <= text.length,
      JSON.stringify(e),
    );
    return text.slice(e.span.start, e.span.end);
  };
  let checked = 0;
  for (const e of out.entities) {
    for (const m of e.mentions) {
      assert.ok([e.name, ...e.aliases].includes(slice(m)), `${slice(m)} is not a name of ${e.name}`);
      checked++;
    }
  }
  for (const q of out.quotes) {
    const norm = normalizeQuote(q.text);
    for (const o of q.occurrences) {
      const s = normalizeQuote(slice(o));
      assert.ok(s === norm || norm.includes(s) || s.includes(norm), `${slice(o)} ≠ ${q.text}`);
      checked++;
    }
    for (const e of q.speakerEvidence) slice(e);
    assert.ok(
      q.occurrences.some((o) => slice(o) === q.text),
      `${q.text} is no occurrence's text`,
    );
  }
  for (const f of out.figures) {
    assert.ok(
      f.occurrences.some((o) => slice(o) === f.text),
      `${f.text} is no occurrence's text`,
    );
    checked += f.occurrences.length;
  }
  return checked;
}

test('border-talks: officials and their aliases are one entity each', { skip: needsShared(CORPUS) }, () => {
  const out = extract()(corpusStory(), createContext());
  for (const surname of [
    'blinken',
    'mayorkas',
    'sherwood-randall',
    'obrador',
    'kirby',
    'jean-pierre',
    'abbott',
    'biden',
  ]) {
    const holders = out.entities.filter((e) =>
      [e.name, ...e.aliases].some((n) => foldName(n).split(' ').includes(surname)),
    );
    assert.equal(holders.length, 1, `${surname}: ${holders.map((e) => e.name).join(', ')}`);
    assert.equal(holders[0]?.kind, 'person');
  }
  const amlo = out.entities.find((e) => foldName(e.name).endsWith('lopez obrador'));
  assert.ok(
    amlo && [amlo.name, ...amlo.aliases].some((n) => n.includes('Lopez')) && amlo.name.includes('López'),
  );
  assert.ok(
    new Set(amlo.mentions.map((m) => m.articleId)).size >= 4,
    'López Obrador is named in most articles',
  );
  const cbp = out.entities.filter((e) => e.aliases.includes('CBP') || e.name === 'CBP');
  assert.equal(cbp.length, 1);
  assert.ok(cbp[0]?.flags.some((f) => f.startsWith('inconsistent-name:')));
});

test('border-talks: every direct quote has a speaker, also when named after the quote', {
  skip: needsShared(CORPUS),
}, () => {
  const out = extract()(corpusStory(), createContext());
  const direct = out.quotes.filter((q) => q.kind === 'direct');
  assert.ok(direct.length >= 10);
  for (const q of direct) assert.ok(q.speaker, `no speaker: ${q.text.slice(0, 40)}`);
  const continued = direct.filter((q) => q.cue === 'continued');
  assert.ok(continued.length >= 1 && continued.every((q) => q.speaker?.name.includes('Kirby')));
  // the same words one outlet gives to the White House and another to John Kirby are two quotes, each
  // with its own speaker, not one record that shows one article's speaker for the other's
  const agreed = out.quotes.filter((q) => q.text.includes('enforcement actions are urgently needed'));
  assert.deepEqual(
    agreed.map((q) => [q.speaker?.name, new Set(q.occurrences.map((o) => o.articleId)).size]).sort(),
    [
      ['John Kirby', 1],
      ['White House', 1],
    ],
  );
});

test('border-talks: the three daily 10,000s (an average, a bound, an estimate) are three figures, apart from the other 10,000', {
  skip: needsShared(CORPUS),
}, () => {
  const out = extract()(corpusStory(), createContext());
  const tenThousand = out.figures.filter((f) => f.value === 10_000);
  const daily = tenThousand.filter((f) => /day/.test(f.period ?? ''));
  // one article each, each with its own qualifier: "a daily average of", "as many as", "an estimated"
  assert.deepEqual(
    daily.map((f) => [f.qualifier, new Set(f.occurrences.map((o) => o.articleId)).size]).sort(),
    [
      ['an estimated', 1],
      ['as many as', 1],
      ['average', 1],
    ],
  );
  assert.ok(
    tenThousand.some((f) => !/day/.test(f.period ?? '')),
    'the other 10,000 stays apart',
  );
  assert.ok(out.figures.some((f) => f.value === 2_400_000));
});

test('evidence: every span points at its surface text (border-talks)', { skip: needsShared(CORPUS) }, () => {
  const input = corpusStory();
  assert.ok(assertEvidence(input.articles, extract()(input, createContext())) > 100);
});

test('evidence: every span points at its surface text (an ECB+ sample)', {
  skip: needsShared('datasets/ecbplus/docs.jsonl'),
}, () => {
  const lines = readFileSync(sharedPath('datasets/ecbplus/docs.jsonl'), 'utf8').split('\n').filter(Boolean);
  const byCluster = new Map<string, { id: string; text: string }[]>();
  for (const [i, line] of lines.entries()) {
    if (i % 12 !== 0) continue;
    const doc = JSON.parse(line) as { doc_id: string; event_cluster: string; text: string };
    byCluster.set(doc.event_cluster, [
      ...(byCluster.get(doc.event_cluster) ?? []),
      { id: doc.doc_id, text: doc.text },
    ]);
  }
  let checked = 0;
  for (const docs of byCluster.values()) {
    const input = storyFromTexts(docs);
    checked += assertEvidence(input.articles, extract()(input, createContext()));
  }
  assert.ok(checked > 500);
});

test('PolNeAR floor: direct quotes found and their speakers right on a small development sample', {
  skip: needsShared('datasets/polnear/dev'),
}, () => {
  const docs = loadPolnear()
    .filter((_, i) => i % 2 === 0)
    .slice(0, 12);
  const total = sumScores(docs.map((d) => scoreArticle(d.text, d.gold, predict(d.text).predicted)));
  const m = metrics(total.direct);
  assert.ok(m.cf >= 0.9, `direct content F1 ${m.cf}`);
  assert.ok(m.kf >= 0.75, `direct speaker F1 ${m.kf}`);
});

test('PolNeAR floor: speakers of direct quotes and of reported speech over the whole development half', {
  skip: needsShared('datasets/polnear/dev'),
}, () => {
  const docs = loadPolnear().filter((_, i) => i % 2 === 0);
  const total = sumScores(docs.map((d) => scoreArticle(d.text, d.gold, predict(d.text).predicted)));
  const direct = metrics(total.direct);
  const indirect = metrics(total.indirect);
  assert.ok(direct.kf >= 0.915, `direct speaker F1 ${direct.kf}`);
  assert.ok(indirect.kf >= 0.58, `indirect speaker F1 ${indirect.kf}`);
  assert.ok(indirect.kp >= 0.82, `indirect speaker precision ${indirect.kp}`);
});

test('ECB+ floor: people, organisations and places typed on a quarter of the development half', {
  skip: needsShared('datasets/ecbplus'),
}, () => {
  const docs = loadEcbPlus()
    .filter((_, i) => i % 2 === 0)
    .filter((_, i) => i % 4 === 0);
  const annotated = annotatedSentences();
  const counts = emptyCounts();
  for (const d of docs) {
    const s = spansOf(d, annotated);
    count(counts, s.gold, s.predicted);
  }
  const floors = { person: 0.8, organization: 0.68, place: 0.75 };
  for (const kind of KINDS) {
    const f1 = entityMetrics(counts[kind]).overlap.f1;
    assert.ok(f1 >= floors[kind], `${kind} overlap F1 ${f1}`);
  }
});
