// npm run eval:cluster: story clustering on ECB+ (982 documents, 43 topics, 86 gold events).
// B-cubed against the gold events (hard: look-alike events share a topic) and against the topics.
// Tuned on even-numbered topics; odd-numbered topics are held out.
import { createContext } from '../src/model/index.ts';
import { readArticles } from '../src/pipeline.ts';
import { cluster } from '../src/stages/cluster/index.ts';
import { SAME_STORY_THRESHOLD } from '../src/stages/cluster/patterns.ts';
import { segment } from '../src/stages/segment/index.ts';
import { bcubed } from './lib/bcubed.ts';
import { type EcbDoc, loadEcbPlus } from './lib/ecbplus.ts';

const all = loadEcbPlus();
const thresholds = [0.06, 0.08, 0.1, SAME_STORY_THRESHOLD, 0.15, 0.2];

function run(docs: EcbDoc[], threshold: number) {
  const ctx = createContext();
  const files = docs.map((d) => ({
    path: `${d.doc_id}.json`,
    bytes: new TextEncoder().encode(JSON.stringify({ text: d.text })),
  }));
  const segmentOne = segment();
  const segmented = readArticles(files, {}, ctx).map((a) => segmentOne(a, ctx));
  const stories = cluster({ threshold })(segmented, ctx);
  const docOf = new Map(segmented.map((s, i) => [s.article.id, docs[i] as EcbDoc]));
  const predicted = new Map<string, string>();
  for (const story of stories)
    for (const id of story.articleIds) predicted.set((docOf.get(id) as EcbDoc).doc_id, story.id);
  const event = bcubed(predicted, new Map(docs.map((d) => [d.doc_id, d.event_cluster])));
  const topic = bcubed(predicted, new Map(docs.map((d) => [d.doc_id, String(d.topic)])));
  return { stories: stories.length, event, topic };
}

const fmt = (x: number) => x.toFixed(3);
for (const [name, docs] of [
  ['dev (even topics)', all.filter((d) => d.topic % 2 === 0)],
  ['held-out (odd topics)', all.filter((d) => d.topic % 2 === 1)],
  ['all', all],
] as const) {
  const events = new Set(docs.map((d) => d.event_cluster)).size;
  const topics = new Set(docs.map((d) => d.topic)).size;
  process.stdout.write(`\n${name}: ${docs.length} documents, ${events} gold events, ${topics} topics\n`);
  process.stdout.write('threshold  stories  event-B3 P / R / F1      topic-B3 P / R / F1\n');
  for (const threshold of thresholds) {
    const r = run(docs, threshold);
    const mark = threshold === SAME_STORY_THRESHOLD ? ' (default)' : '';
    process.stdout.write(
      `${threshold.toFixed(2).padEnd(10)} ${String(r.stories).padEnd(8)} ${fmt(r.event.precision)} / ${fmt(r.event.recall)} / ${fmt(r.event.f1)}    ${fmt(r.topic.precision)} / ${fmt(r.topic.recall)} / ${fmt(r.topic.f1)}${mark}\n`,
    );
  }
}
