/**
 * The documents the labelled support pairs point into, read the same way by the candidate builder
 * and by `eval:support`: NeuS/AllSides validation stories (three outlet excerpts and the editors'
 * summary), ECB+ topics (both look-alike events) and the bundled example. Each document is cleaned and
 * segmented by Parallax's own stages; `raw` is the dataset field a pair's offsets refer to. PolNeAR's
 * dev split joins them as stories grouped by hand (bench/data/polnear-stories.json); its test split is
 * the quotes eval's held-out and is never read here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, type SegmentedArticle } from '../../src/model/index.ts';
import { readArticles } from '../../src/pipeline.ts';
import { segment } from '../../src/stages/segment/index.ts';
import { sharedPath } from '../../test/shared.ts';
import { type EcbDoc, loadEcbPlus } from './ecbplus.ts';

/** Where a pair's sentences come from. */
export type SupportDataset = 'neus' | 'ecbplus' | 'example' | 'polnear';

/** One document of a group, as the dataset names it, with the field its offsets refer to. */
export interface SupportDoc {
  /** e.g. `val-12/source-1`, `val-12/target`, `3_7ecb`, `02-tidewater-tribune.txt`. */
  readonly docId: string;
  /** The dataset field the offsets are into, e.g. `sources[1].text`, `target.text`, `text`. */
  readonly field: string;
  /** That field's text (never stored in the repository for shared datasets). */
  readonly raw: string;
  /** ECB+ only: the gold event (`<topic>_<subtopic>`). */
  readonly event?: string;
}

/** A group of documents sharing one story id (a NeuS story, an ECB+ topic, the example). */
export interface SupportGroup {
  readonly dataset: SupportDataset;
  /** The story id the half is hashed from: `val-12`, `ecb-topic-3`, `harbor-bridge`. */
  readonly story: string;
  readonly docs: readonly SupportDoc[];
}

/** A short hex hash of a string (first 10 hex digits of SHA-1). */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 10);
}

/** The story id prefix of the PolNeAR stories (all of them dev: see `halfOf`). */
export const POLNEAR_PREFIX = 'polnear-';

/**
 * The half a story belongs to, by hashing its id (stable, about even); a PolNeAR story is always dev
 * (its stories are drawn from PolNeAR's dev split only; the test split is the quotes eval's held-out).
 */
export function halfOf(story: string): 'dev' | 'heldout' {
  if (story.startsWith(POLNEAR_PREFIX)) return 'dev';
  return Number.parseInt(shortHash(`support:${story}`).slice(0, 6), 16) % 2 === 0 ? 'dev' : 'heldout';
}

/** Collapse every run of whitespace to one space (for whitespace-folded matching). */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const EXAMPLE_DIR = join(import.meta.dirname, '..', '..', 'examples', 'harbor-bridge');

/** Every group of every dataset present (a missing shared dataset is left out). */
export function loadSupportGroups(): SupportGroup[] {
  const groups: SupportGroup[] = [];
  const neus = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
  if (existsSync(neus))
    for (const line of readFileSync(neus, 'utf8').split('\n').filter(Boolean)) {
      const s = JSON.parse(line) as { id: string; sources: { text: string }[]; target: { text: string } };
      const docs: SupportDoc[] = s.sources.map((src, i) => ({
        docId: `${s.id}/source-${i}`,
        field: `sources[${i}].text`,
        raw: src.text,
      }));
      docs.push({ docId: `${s.id}/target`, field: 'target.text', raw: s.target.text });
      groups.push({ dataset: 'neus', story: s.id, docs });
    }
  if (existsSync(sharedPath('datasets', 'ecbplus', 'docs.jsonl'))) {
    const byTopic = Map.groupBy(loadEcbPlus(), (d: EcbDoc) => d.topic);
    for (const [topic, docs] of byTopic)
      groups.push({
        dataset: 'ecbplus',
        story: `ecb-topic-${topic}`,
        docs: docs.map((d) => ({ docId: d.doc_id, field: 'text', raw: d.text, event: d.event_cluster })),
      });
  }
  groups.push(...polnearGroups());
  const files = readdirSync(EXAMPLE_DIR).sort();
  const articles = readArticles(
    files.map((f) => ({ path: join(EXAMPLE_DIR, f), bytes: readFileSync(join(EXAMPLE_DIR, f)) })),
    {},
    createContext(),
  );
  groups.push({
    dataset: 'example',
    story: 'harbor-bridge',
    docs: articles.map((a, i) => ({ docId: files[i] as string, field: 'cleaned text', raw: a.text })),
  });
  return groups;
}

/** The PolNeAR dev stories of bench/data/polnear-stories.json (none when the dataset is missing). */
export function polnearGroups(): SupportGroup[] {
  const dir = sharedPath('datasets', 'polnear', 'dev', 'text');
  if (!existsSync(dir)) return [];
  const file = join(import.meta.dirname, '..', 'data', 'polnear-stories.json');
  const { stories } = JSON.parse(readFileSync(file, 'utf8')) as {
    stories: { story: string; docs: { doc: string }[] }[];
  };
  return stories.map((s) => {
    if (!s.story.startsWith(POLNEAR_PREFIX)) throw new Error(`PolNeAR story ${s.story} lacks its prefix`);
    return {
      dataset: 'polnear' as const,
      story: s.story,
      docs: s.docs.map((d) => ({
        docId: d.doc,
        field: 'text',
        raw: readFileSync(join(dir, `${d.doc}.txt`), 'utf8'),
      })),
    };
  });
}

/** The example's input files (the bundled articles keep their own metadata and dates). */
export function exampleFiles(): { path: string; bytes: Uint8Array }[] {
  return readdirSync(EXAMPLE_DIR)
    .sort()
    .map((f) => ({ path: join(EXAMPLE_DIR, f), bytes: readFileSync(join(EXAMPLE_DIR, f)) }));
}

/**
 * Clean and segment a group's documents as the pipeline does (JSON records through `readArticles`;
 * the example through its own files), article ids `a1`, `a2`, … in document order.
 */
export function segmentGroup(group: SupportGroup, docs: readonly SupportDoc[]): SegmentedArticle[] {
  const ctx = createContext();
  const files =
    group.dataset === 'example'
      ? exampleFiles().filter((f) => docs.some((d) => f.path.endsWith(`/${d.docId}`)))
      : docs.map((d, i) => ({
          path: `d${i}.json`,
          bytes: new TextEncoder().encode(JSON.stringify({ text: d.raw })),
        }));
  const run = segment();
  return readArticles(files, {}, ctx).map((a, i) => run({ ...a, id: `a${i + 1}` }, ctx));
}
