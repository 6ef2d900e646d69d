/**
 * `npm run eval:outlets`: how well Parallax names the outlet of an article nobody labelled.
 * 1. Labelled files: the bundled example (outlets in examples/README.md) and the five real scraped
 *    articles of ../shared/corpus/border-talks-2023, whose text names an outlet only in the
 *    aggregator's disclaimer of one copy (the others carry no outlet name: naming one would be wrong).
 *    Printed: named correctly, named wrongly (worse than none), left unnamed.
 * 2. Silver check on data the rules were not written against: the 181 pages of the
 *    article-extraction benchmark as scraped text (one line per block, as eval:clean makes it); the
 *    outlet read from the text alone (masthead, aggregator disclaimer) is compared with the one the
 *    page's metadata states (og:site_name, JSON-LD publisher, application-name, or a well-known
 *    domain), and the sources of the HTML pages' own outlet names are counted. The copyright-line
 *    rule that was tried and left out ("© 2019 Name. All rights reserved.") is scored the same way,
 *    and so are photo credits ("(Photo: Jane Roe/The Courier)"), also left out.
 * 3. The masthead rule's false alarms: the 921 headlines of NeuS/AllSides (editors' and outlets')
 *    read as a first line; any one taken for a masthead would lose the headline and name a wrong outlet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { createContext } from '../src/model/index.ts';
import { readArticles } from '../src/pipeline.ts';
import { readMetadata } from '../src/stages/clean/html/metadata.ts';
import { mastheadName, outletFromText } from '../src/stages/clean/outlet.ts';
import { cleanText } from '../src/stages/clean/text/index.ts';
import { sharedPath } from '../test/shared.ts';
import { htmlToLines } from './eval-clean.ts';

/** The outlet each labelled file should get: a name, or null where no outlet can be read from it. */
export const LABELLED: Readonly<Record<string, string | null>> = {
  'examples/harbor-bridge/01-norhaven-courier.txt': 'The Norhaven Courier',
  'examples/harbor-bridge/02-tidewater-tribune.txt': 'The Tidewater Tribune',
  'examples/harbor-bridge/03-newsdrift-hub.txt': 'Newsdrift Hub',
  'examples/harbor-bridge/04-daily-beacon.txt': 'The Daily Beacon',
  'examples/harbor-bridge/05-estuary-public-radio.html': 'Estuary Public Radio',
  'examples/harbor-bridge/06-norhaven-business-journal.json': 'Norhaven Business Journal',
  'examples/harbor-bridge/07-courier-chowder-festival.txt': 'The Norhaven Courier',
  // border-talks: only the aggregator's copy names where it ran; the others name no outlet at all
  'border-talks/002_8cc2262274ec8405.txt': 'Pedfire',
};

/** Counts of one labelled run. */
export interface OutletCounts {
  readonly files: number;
  readonly correct: number;
  readonly wrong: readonly string[];
  readonly unnamed: number;
}

const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
const same = (a: string, b: string) => squash(a) === squash(b);

/** Name every labelled file's outlet and count right, wrong and unnamed. */
export function evaluateLabelled(repo: string): OutletCounts {
  const corpus = sharedPath('corpus', 'border-talks-2023');
  const example = join(repo, 'examples', 'harbor-bridge');
  const files = [
    // the articles only: the example's manifest would name the outlets this measures inferring
    ...readdirSync(example)
      .filter((f) => `examples/harbor-bridge/${f}` in LABELLED)
      .map((f) => ({
        path: `examples/harbor-bridge/${f}`,
        bytes: readFileSync(join(example, f)),
      })),
    ...readdirSync(corpus).map((f) => ({ path: `border-talks/${f}`, bytes: readFileSync(join(corpus, f)) })),
  ];
  const articles = readArticles(files, {}, createContext());
  let correct = 0;
  let unnamed = 0;
  const wrong: string[] = [];
  for (const a of articles) {
    const gold = LABELLED[a.source.replace(/#\d+$/, '')] ?? null;
    if (a.outlet === null) unnamed++;
    else if (gold !== null && same(a.outlet, gold)) correct++;
    else wrong.push(`${a.source}: ${a.outlet} (expected ${gold ?? 'none'})`);
  }
  return { files: articles.length, correct, wrong, unnamed };
}

// The rule left out of the clean stage: the holder a copyright line names ("© 2019 X. All rights reserved.").
const COPYRIGHT =
  /^(?:©|\([Cc]\)|[Cc]opyright)\s*(?:©|\([Cc]\))?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2,4})?\s*,?\s*)?(\p{Lu}[^|.]{1,60}?)\s*(?:[.,|]\s*)?(?:[Aa]ll [Rr]ights [Rr]eserved\.?)?$/u;
const copyrightHolder = (line: string): string | null => COPYRIGHT.exec(line.trim())?.[1]?.trim() ?? null;
// Also left out: the organisation after the slash of a photo credit ("(Photo: Jane Roe/The Courier)").
const CREDIT =
  /\((?:(?:Photo|Image|Picture|Credit)s?(?: by)?:?\s*)?\p{Lu}[\p{L}.'’ -]{1,40}\s*\/\s*((?:The )?\p{Lu}[\p{L}&'’. -]{1,40})\)\s*$/u;
const creditName = (line: string): string | null => CREDIT.exec(line)?.[1]?.trim() ?? null;

/** Agreement of the text-only outlet with the page's own metadata on the benchmark pages. */
export interface SilverCounts {
  readonly pages: number;
  readonly withMetadata: number;
  readonly namedByText: number;
  readonly agree: number;
  readonly disagree: readonly string[];
  /** The copyright-line rule (left out): pages it names, and how many of those agree with the metadata. */
  readonly copyright: { readonly named: number; readonly agree: number };
  /** The photo-credit rule (left out), counted the same way. */
  readonly credit: { readonly named: number; readonly agree: number };
  /** Where the HTML reader found each page's outlet: `url:known-domain`, `meta:og:site_name`, ... */
  readonly htmlSources: Readonly<Record<string, number>>;
}

/** Read each benchmark page's outlet from its scraped text and from its metadata, and compare. */
export function evaluateSilver(): SilverCounts {
  const bench = sharedPath('datasets', 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url?: string }
  >;
  const clean = cleanText();
  let withMetadata = 0;
  let namedByText = 0;
  let agree = 0;
  const disagree: string[] = [];
  const htmlSources: Record<string, number> = {};
  const copyright = { named: 0, agree: 0 };
  const credit = { named: 0, agree: 0 };
  const ids = Object.keys(truth).sort();
  for (const id of ids) {
    const html = readFileSync(join(bench, 'html', `${id}.html`), 'utf8');
    const meta = readMetadata(parseHTML(html).document as never, truth[id]?.url);
    const source = meta.sources.outlet ?? 'none';
    htmlSources[source] = (htmlSources[source] ?? 0) + 1;
    const stated = source === 'url:domain' ? null : (meta.meta.outlet ?? null);
    if (stated) withMetadata++;
    const content = htmlToLines(html);
    const parts = clean({ id, source: id, format: 'text', content, given: {} }, createContext());
    const holder = content
      .split('\n')
      .map(copyrightHolder)
      .find((h) => h !== null);
    if (holder) {
      copyright.named++;
      if (stated && same(holder, stated)) copyright.agree++;
    }
    const credited = content
      .split('\n')
      .map(creditName)
      .find((h) => h !== null);
    if (credited) {
      credit.named++;
      if (stated && same(credited, stated)) credit.agree++;
    }
    const hit = outletFromText(content, parts.removed);
    if (!hit) continue;
    namedByText++;
    if (stated && (same(hit.name, stated) || squash(stated).includes(squash(hit.name)))) agree++;
    else disagree.push(`${id.slice(0, 12)} ${hit.source}: “${hit.name}” vs metadata “${stated ?? 'none'}”`);
  }
  return { pages: ids.length, withMetadata, namedByText, agree, disagree, copyright, credit, htmlSources };
}

/** Headlines of NeuS/AllSides that the masthead rule would take for a masthead. */
export function evaluateHeadlines(): { titles: number; mastheads: string[] } {
  const file = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
  const titles: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const story = JSON.parse(line) as { title?: string; sources?: { title?: string }[] };
    for (const title of [story.title, ...(story.sources ?? []).map((s) => s.title)])
      if (title) titles.push(title.replace(/\.$/, ''));
  }
  return { titles: titles.length, mastheads: titles.filter((t) => mastheadName(t) !== null) };
}

function main(): void {
  const labelled = evaluateLabelled(join(import.meta.dirname, '..'));
  console.log(
    `labelled files (bundled example + border-talks corpus, ${labelled.files} articles): named correctly ${labelled.correct}, named wrongly ${labelled.wrong.length}, left unnamed ${labelled.unnamed}`,
  );
  for (const w of labelled.wrong) console.log(`  wrong: ${w}`);
  const silver = evaluateSilver();
  console.log(
    `benchmark pages as scraped text (${silver.pages} pages, ${silver.withMetadata} with an outlet in their metadata): the text alone names ${silver.namedByText}; agrees with the metadata on ${silver.agree}, differs on ${silver.disagree.length}`,
  );
  for (const d of silver.disagree) console.log(`  differs: ${d}`);
  console.log(
    `rules left out: a copyright line names ${silver.copyright.named} pages and agrees with the metadata on ${silver.copyright.agree}; a photo credit names ${silver.credit.named}, agrees on ${silver.credit.agree}`,
  );
  const sources = Object.entries(silver.htmlSources)
    .sort((a, b) => b[1] - a[1])
    .map(([source, n]) => `${source} ${n}`)
    .join(', ');
  console.log(`the same pages as HTML, where the outlet name came from: ${sources}`);
  const headlines = evaluateHeadlines();
  console.log(
    `NeuS/AllSides headlines (${headlines.titles}) taken for a masthead: ${headlines.mastheads.length}${headlines.mastheads.length ? ` (${headlines.mastheads.join('; ')})` : ''}`,
  );
}

if (import.meta.main) main();
