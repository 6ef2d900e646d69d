/**
 * npx node bench/other-value-round.ts [--unmarked N] OUT_DIR — the candidates of a blind round on the report's ≠
 * (issue 10: is "gives its figure another value" precise enough to be a ✗?). Every story dev under
 * both splits (`halfOf` dev and an even NeuS id or ECB+ topic; an ECB+ topic whole, both look-alike
 * events) is analysed in-process as `parallax analyze` would, and every ≠ of its reports is a pair
 * (the fact's first sentence, the marked article's cited sentence; search `other-value`); every »
 * too (`later-value`); and as many pairs with no mark (or N) (`unmarked`): for a fact whose sentence holds a
 * number, the sentence with a number of an article marked — or ✓ on it that shares the most content
 * words with it (at least three), picked by hash. The pairs are shuffled by hash and written with
 * their text to OUT_DIR (outside the repository: they hold news text): `items.jsonl` (what a labeller
 * reads: no mark), `hidden.jsonl` (each item's search and mark, opened only after labelling).
 * Sentences are located in the dataset's own text by a whitespace- and quote-folded match, as
 * `finish-support-pairs.ts` needs them. Never reads a held-out story.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze, createContext, type Report } from '../src/index.ts';
import { sharedPath } from '../test/shared.ts';
import { loadEcbPlus } from './lib/ecbplus.ts';
import { halfOf, shortHash } from './lib/support-data.ts';
import { locateText } from './lib/support-locate.ts';
import { contentWords } from './lib/tfidf.ts';

const { values, positionals } = parseArgs({
  options: { unmarked: { type: 'string' } },
  allowPositionals: true,
});
const out = positionals[0];
if (!out) {
  process.stderr.write('usage: npx node bench/other-value-round.ts [--unmarked N] OUT_DIR\n');
  process.exit(2);
}
const line = (s = '') => process.stdout.write(`${s}\n`);

interface Doc {
  readonly doc: string;
  readonly raw: string;
  readonly title?: string;
}
interface Story {
  readonly dataset: 'neus' | 'ecbplus';
  readonly story: string;
  readonly docs: readonly Doc[];
}
// quotes folded one character for one (offsets kept), for a sentence whose cleaned text differs
const foldQuotes = (t: string) => t.replace(/[‘’‛′]/g, "'").replace(/[“”„″]/g, '"');
const foldedIndex = (raw: string, text: string) => locateText(foldQuotes(raw), foldQuotes(text));
// an article's sentences, roughly (candidates only: each is located in the dataset's text again)
const sentencesOf = (text: string): string[] =>
  text
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?[A-Z0-9])|\n+/)
    .map((x) => x.trim())
    .filter((x) => x.length > 20);
const wordSet = (text: string) => new Set(contentWords(text));
const even = (id: string) => Number(/(\d+)$/.exec(id)?.[1] ?? 1) % 2 === 0;

function* stories(): Generator<Story> {
  const neus = readFileSync(sharedPath('datasets', 'neus_allsides', 'val.jsonl'), 'utf8');
  for (const l of neus.split('\n').filter(Boolean)) {
    const s = JSON.parse(l) as { id: string; sources: { title?: string; text: string }[] };
    if (halfOf(s.id) !== 'dev' || !even(s.id)) continue;
    const docs = s.sources.map((src, i) => ({ doc: `${s.id}/source-${i}`, raw: src.text, title: src.title }));
    yield { dataset: 'neus', story: s.id, docs };
  }
  const ecb = loadEcbPlus();
  for (const topic of [...new Set(ecb.map((d) => d.topic))].sort((a, b) => a - b)) {
    const story = `ecb-topic-${topic}`;
    if (halfOf(story) !== 'dev' || topic % 2 !== 0) continue;
    const docs = ecb
      .filter((d) => d.topic === topic)
      .map((d) => ({ doc: d.doc_id, raw: d.text, title: d.title }));
    yield { dataset: 'ecbplus', story, docs };
  }
}

function reportOf(s: Story): Report {
  const records = s.docs.map((d) => ({ title: d.title, text: d.raw, url: `https://doc.example/${d.doc}` }));
  const bytes = new TextEncoder().encode(records.map((r) => JSON.stringify(r)).join('\n'));
  return analyze([{ path: `${s.story}.jsonl`, bytes }], {}, createContext());
}

interface Item {
  readonly key: string;
  readonly dataset: Story['dataset'];
  readonly story: string;
  readonly claim: { doc: string; start: number; end: number; text: string };
  readonly evidence: { doc: string; start: number; end: number; text: string };
}
interface Hidden {
  readonly key: string;
  readonly search: 'other-value' | 'later-value' | 'unmarked';
  readonly mark: string;
  readonly shownRow: boolean;
}
const items: Item[] = [];
const hidden: Hidden[] = [];
const unmarked: [Item, Hidden][] = [];
let missed = 0;
let storiesRead = 0;
const HAS_NUMBER =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion)s?\b/i;

for (const s of stories()) {
  storiesRead++;
  const report = reportOf(s);
  const docOf = new Map(report.articles.map((a) => [a.id, s.docs.find((d) => a.url?.endsWith(`/${d.doc}`))]));
  const textOf = new Map(report.articles.map((a) => [a.id, a.text]));
  // a sentence of the report located in its dataset document, or null
  const place = (articleId: string, text: string) => {
    const doc = docOf.get(articleId);
    const at = doc ? foldedIndex(doc.raw, text) : null;
    if (!doc || !at) return null;
    return { doc: doc.doc, start: at.start, end: at.end, text: doc.raw.slice(at.start, at.end) };
  };
  const add = (claimId: string, claimText: string, id: string, text: string, h: Omit<Hidden, 'key'>) => {
    const claim = place(claimId, claimText);
    const evidence = place(id, text);
    if (!claim || !evidence) {
      missed++;
      return null;
    }
    const key = shortHash(`${s.story}|${claim.doc}:${claim.start}|${evidence.doc}:${evidence.start}`).slice(
      0,
      10,
    );
    return [
      { key, dataset: s.dataset, story: s.story, claim, evidence },
      { key, ...h },
    ] as [Item, Hidden];
  };
  for (const story of report.stories) {
    const rows = new Set(
      story.facts
        .filter((f) => f.sources.length >= 2)
        .slice(0, 40)
        .map((f) => f.id),
    );
    for (const f of story.facts) {
      const first = f.evidence[0];
      if (!first) continue;
      const factText = textOf.get(first.articleId)?.slice(first.span.start, first.span.end) ?? '';
      for (const [articleId, m] of Object.entries(f.coverage)) {
        const search =
          m.told === 'other-value' ? 'other-value' : m.told === 'later-value' ? 'later-value' : null;
        if (search && m.evidence) {
          const text = textOf.get(articleId)?.slice(m.evidence.span.start, m.evidence.span.end) ?? '';
          const got = add(first.articleId, factText, articleId, text, {
            search,
            mark: search === 'other-value' ? '≠' : '»',
            shownRow: rows.has(f.id),
          });
          if (got) {
            items.push(got[0]);
            hidden.push(got[1]);
          }
          continue;
        }
        // no mark: the closest sentence with a number of an article marked — or ✓ on a fact with one
        if (!HAS_NUMBER.test(factText) || m.told !== undefined || f.sources.includes(articleId)) continue;
        if (m.mark !== 'absent' && m.mark !== 'supports') continue;
        const words = wordSet(factText);
        const best = sentencesOf(textOf.get(articleId) ?? '')
          .filter((x) => HAS_NUMBER.test(x))
          .map((x) => ({ x, shared: [...wordSet(x)].filter((w) => words.has(w)).length }))
          .sort((a, b) => b.shared - a.shared)[0];
        if (!best || best.shared < 3) continue;
        const got = add(first.articleId, factText, articleId, best.x, {
          search: 'unmarked',
          mark: m.mark === 'supports' ? '✓' : '—',
          shownRow: rows.has(f.id),
        });
        if (got) unmarked.push(got);
      }
    }
  }
}
// as many unmarked pairs as marked ones (or --unmarked N), picked by hash
const marked = items.length;
const wanted = Number(values.unmarked ?? marked);
const seen = new Set(items.map((i) => i.key));
for (const [i, h] of unmarked.sort((a, b) => shortHash(a[0].key).localeCompare(shortHash(b[0].key)))) {
  if (items.length >= marked + wanted) break;
  if (seen.has(i.key)) continue;
  seen.add(i.key);
  items.push(i);
  hidden.push(h);
}
const order = items
  .map((i) => i.key)
  .sort((a, b) => shortHash(`round|${a}`).localeCompare(shortHash(`round|${b}`)));
const byKey = new Map(items.map((i) => [i.key, i]));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'items.jsonl'), order.map((k) => `${JSON.stringify(byKey.get(k))}\n`).join(''));
writeFileSync(join(out, 'hidden.jsonl'), hidden.map((h) => `${JSON.stringify(h)}\n`).join(''));
line(
  `${storiesRead} stories: ${marked} marked pairs (≠ and »), ${items.length - marked} unmarked of ${unmarked.length}; ${missed} not located -> ${out}`,
);
