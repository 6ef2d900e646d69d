// The synthetic news feed of `npm run bench:store`, made as bench:cluster makes its articles (see
// cluster-scale-child.ts) but as texts, so that the whole per-article pipeline runs: copies of the ECB+
// and NeuS articles, copy c of a document dated 45 days after copy c-1 (a look-alike event later),
// its headline and lead (first 40 words) reworded (about a third of their words dropped), its own URL and
// outlet. Nothing of the texts is written to the repository: they are read from ../shared.
import { existsSync, readFileSync } from 'node:fs';
import type { InputFile } from '../../src/stages/ingest/index.ts';
import { dayOf, isoOf } from '../../src/text/dates/days.ts';
import { sharedPath } from '../../test/shared.ts';
import { loadEcbPlus } from './ecbplus.ts';

interface Source {
  readonly title: string;
  readonly text: string;
  readonly event: string;
  readonly outlet: string;
}

/** The synthetic feed: `size` articles in date order, each made on demand. */
export interface StoreFeed {
  readonly size: number;
  /** The sources the copies are made of. */
  readonly sources: number;
  /** The files of articles `from` to `to` (exclusive) in date order, as an ingest reads them. */
  files(from: number, to: number): InputFile[];
  /** The publication day (ISO) of the article at a position of the feed. */
  dayAt(position: number): string;
  /**
   * The gold story of an article by its URL: its source's event and its copy (a copy is a look-alike
   * event 45 days after the last), or null for a URL not of the feed.
   */
  goldOf(url: string): string | null;
}

// A seeded generator per article, so that an article can be made again, alike.
const randomFor = (index: number) => {
  let seed = (index * 2654435761) >>> 0;
  return () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
};
const hash = (text: string) => [...text].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);
const START = dayOf(2015, 1, 1) as number;

function loadSources(): Source[] {
  const ecb = loadEcbPlus().map((d) => ({
    title: d.title,
    text: d.text,
    event: d.event_cluster,
    outlet: `Outlet ${(hash(d.doc_id) % 12) + 1}`,
  }));
  const file = sharedPath('datasets', 'neus_allsides', 'val.jsonl');
  const neus = existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .flatMap((line) => {
          const story = JSON.parse(line) as { id: string; sources: { title: string; text: string }[] };
          return story.sources
            .filter((s) => s.text.trim())
            .map((s, i) => ({ title: s.title, text: s.text, event: story.id, outlet: `Outlet ${13 + i}` }));
        })
    : [];
  return [...ecb, ...neus];
}

// Drop about `share` of the words of a line (never all of them).
function reword(line: string, share: number, random: () => number): string {
  const words = line.split(' ');
  const kept = words.filter(() => random() >= share);
  return kept.length ? kept.join(' ') : (words[0] ?? '');
}

/** The feed of `size` articles (a copy per source, then the next copy 45 days later, and so on). */
export function storeFeed(size: number): StoreFeed {
  const sources = loadSources();
  const dayOfCopy = (i: number) => {
    const source = sources[i % sources.length] as Source;
    return (
      START +
      (hash(source.event) % 1500) +
      Math.floor(i / sources.length) * 45 +
      Math.floor(randomFor(i)() * 3)
    );
  };
  const order = Array.from({ length: size }, (_, i) => i).sort(
    (a, b) => dayOfCopy(a) - dayOfCopy(b) || a - b,
  );
  const make = (i: number): InputFile => {
    const source = sources[i % sources.length] as Source;
    const copy = Math.floor(i / sources.length);
    const random = randomFor(i);
    random();
    // the lead: the first 40 words (ECB+ texts open with their headline and date lines)
    const words = source.text.split(' ');
    const lead = words.slice(0, 40).join(' ');
    const record = {
      title: copy ? reword(source.title, 0.3, random) : source.title,
      text: [copy ? reword(lead, 0.3, random) : lead, ...words.slice(40)].join(' '),
      outlet: source.outlet,
      url: `https://${source.outlet.toLowerCase().replace(/\s+/g, '-')}.example/${copy}/${i % sources.length}`,
      publishedAt: isoOf(dayOfCopy(i)),
    };
    return {
      path: `feed/${String(i).padStart(6, '0')}.json`,
      bytes: new TextEncoder().encode(JSON.stringify(record)),
    };
  };
  return {
    size,
    sources: sources.length,
    files: (from, to) => order.slice(from, to).map(make),
    dayAt: (position) => isoOf(dayOfCopy(order[position] as number)),
    goldOf(url) {
      const match = /\/(\d+)\/(\d+)$/.exec(url);
      const source = match ? sources[Number(match[2])] : undefined;
      return match && source ? `${source.event}#${match[1]}` : null;
    },
  };
}
