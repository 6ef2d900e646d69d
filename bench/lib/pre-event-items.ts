/**
 * The items of the blind audit of "published before" (◷) in reports (issue 10): each dated dev
 * story is analysed as the CLI would, and every ◷ mark is an item, and so is every ✓ or — of an
 * article whose publication date is before the day of the fact's event (the day of the timeline
 * event that cites the fact's sentence). An item names the story, the fact by its first evidence
 * (article and character offsets into Parallax's cleaned text) and the marked article: ids and
 * offsets only, never the sentences.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/index.ts';
import { sharedPath } from '../../test/shared.ts';
import { loadEcbPlus } from './ecbplus.ts';
import { halfOf } from './support-data.ts';

/** One dated dev story as the audit reads it: its key and the paths handed to `parallax analyze`. */
export interface AuditStory {
  readonly key: string;
  readonly paths: readonly string[];
}

/** A mark of one article on one fact of a report, located by ids and offsets. */
export interface AuditItem {
  readonly story: string;
  /** The fact's first evidence: the article's dataset name and its span. */
  readonly fact: { readonly article: string; readonly start: number; readonly end: number };
  /** The marked article's dataset name (its file name, or its ECB+ document id). */
  readonly article: string;
}

/**
 * The dated dev stories: border-talks, the example and every ECB+ topic of the dev half (each
 * written to `tmp` as one JSON Lines bundle of its documents, in document order).
 */
export function auditStories(tmp: string): AuditStory[] {
  const stories: AuditStory[] = [
    { key: 'border-talks', paths: [sharedPath('corpus', 'border-talks-2023')] },
    { key: 'harbor-bridge', paths: [join(import.meta.dirname, '..', '..', 'examples', 'harbor-bridge')] },
  ];
  const docs = loadEcbPlus();
  for (const topic of [...new Set(docs.map((d) => d.topic))].sort((a, b) => a - b)) {
    if (halfOf(`ecb-topic-${topic}`) !== 'dev') continue;
    const own = docs.filter((d) => d.topic === topic);
    const path = join(tmp, `ecb-topic-${topic}.jsonl`);
    writeFileSync(
      path,
      own
        .map((d) => JSON.stringify({ text: d.text, title: d.title, url: `https://ecb.example/${d.doc_id}` }))
        .join('\n'),
    );
    stories.push({ key: `ecb-topic-${topic}`, paths: [path] });
  }
  return stories;
}

/** Analyse one audit story with the CLI (`parallax analyze PATHS -o tmp/report.json`) and read its report. */
export function reportOf(story: AuditStory, tmp: string): Report {
  const out = join(tmp, `${story.key}.report.json`);
  const cli = join(import.meta.dirname, '..', '..', 'bin', 'parallax.js');
  // exit status 3: written, with an input skipped (an ECB+ document left with no text)
  const run = spawnSync(process.execPath, [cli, 'analyze', ...story.paths, '-o', out], { stdio: 'ignore' });
  if (run.status !== 0 && run.status !== 3)
    throw new Error(`${story.key}: parallax analyze exited ${run.status}`);
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

// An article's own name: its file name, or the ECB+ document id of its bundle's URL.
const nameOf = (a: Report['articles'][number]): string =>
  a.url?.startsWith('https://ecb.example/') ? a.url.slice(20) : (a.source.split('/').pop() ?? a.id);

/** A mark found in a report, with what the audit needs to show it (never stored). */
export interface FoundMark extends AuditItem {
  readonly mark: string;
  /** The fact's event day (ISO) by the timeline, or null. */
  readonly eventDay: string | null;
  /** The marked article's publication day (ISO), or null. */
  readonly articleDay: string | null;
}

/**
 * Every ◷ of a report, and every ✓ / — of an article published before the day of its fact's event
 * (the marks an audit draws from); with `every`, every mark of every fact (to score labelled items).
 */
export function auditMarks(story: AuditStory, report: Report, every = false): FoundMark[] {
  const names = new Map(report.articles.map((a) => [a.id, nameOf(a)]));
  const dayOf = new Map(
    report.articles.map((a) => [a.id, a.publishedAt ? a.publishedAt.slice(0, 10) : null]),
  );
  const out: FoundMark[] = [];
  for (const s of report.stories) {
    const events = s.timeline.filter((e) => !e.planned && e.precision === 'day');
    for (const f of s.facts) {
      const first = f.evidence[0];
      if (!first) continue;
      const eventDay =
        f.modality === 'happened'
          ? (events.find((e) =>
              e.citations.some((c) =>
                f.evidence.some(
                  (v) =>
                    v.articleId === c.articleId && v.span.start < c.span.end && c.span.start < v.span.end,
                ),
              ),
            )?.date ?? null)
          : null;
      for (const [articleId, m] of Object.entries(f.coverage)) {
        const articleDay = dayOf.get(articleId) ?? null;
        const before = eventDay !== null && articleDay !== null && articleDay < eventDay;
        if (
          !every &&
          m.mark !== 'published-before' &&
          !(before && (m.mark === 'supports' || m.mark === 'absent'))
        )
          continue;
        out.push({
          story: story.key,
          fact: { article: names.get(first.articleId) ?? '', start: first.span.start, end: first.span.end },
          article: names.get(articleId) ?? articleId,
          mark: m.mark,
          eventDay,
          articleDay,
        });
      }
    }
  }
  return out;
}

/** The key of an item: story, fact and article. */
export const itemKey = (i: AuditItem): string =>
  `${i.story}|${i.fact.article}:${i.fact.start}-${i.fact.end}|${i.article}`;
