import type { ArticleParts, Media, Removed } from '../../../model/index.ts';
import type { Verdict } from './classify.ts';
import type { LineKind } from './data/rules.ts';
import { datelineDate, findDate } from './dates.ts';
import { FIRST_SENTENCE, INFERRED_TITLE_MAX_WORDS, INLINE_TEASER, TRAILING_CREDIT } from './patterns.ts';

/** How a removed kind is named at the start of its reason. */
const LABEL: Readonly<Partial<Record<LineKind, string>>> = {
  section: 'section label',
  dateline: 'dateline',
  widget: 'widget',
  teaser: 'teaser',
  headline: 'unrelated headline',
  aggregator: 'aggregator disclaimer',
  trailer: 'trailer',
  repeat: 'repeat',
  aside: 'aside',
};

/** Turn line verdicts into the clean stage's parts: body paragraphs, title, byline, media, removed, metadata. */
export function buildParts(verdicts: readonly Verdict[], inferTitle: boolean): ArticleParts {
  const paragraphs: { kind: 'text' | 'heading'; text: string }[] = [];
  const removed: Removed[] = [];
  const media: Media[] = [];
  const mediaSeen = new Set<string>();
  const meta: Record<string, string> = {};
  const sources: Record<string, string> = {};
  let title: string | null = null;
  let byline: string | null = null;
  const keepMedia = (kind: Media['kind'], text: string) => {
    if (!text) return;
    if (media.some((m) => m.text === text))
      removed.push({ text, reason: `repeat: ${kind} already kept in media` });
    else {
      media.push({ kind, text });
      mediaSeen.add(text);
    }
  };
  const setMeta = (field: string, value: string, source: string) => {
    if (meta[field] !== undefined) return;
    meta[field] = value;
    sources[field] = source;
  };
  for (const { line, kind, rule, reason, name, outlet } of verdicts) {
    const text = line.text;
    if (kind === 'body' || kind === 'heading') {
      const kept = kind === 'body' ? text.replace(INLINE_TEASER, (m) => drop(removed, m)) : text;
      if (kept.trim()) paragraphs.push({ kind: kind === 'body' ? 'text' : 'heading', text: kept.trim() });
    } else if (kind === 'title' && title === null) {
      title = text;
      sources.title = 'text:headline';
    } else if (kind === 'byline' && byline === null && name) {
      byline = name;
      sources.byline = `text:${rule}`;
    } else if (kind === 'caption') {
      const credit = TRAILING_CREDIT.exec(text);
      keepMedia('caption', credit ? text.slice(0, credit.index).trim() : text);
      if (credit) keepMedia('credit', credit[0].trim());
    } else if (kind === 'credit') {
      keepMedia('credit', text);
    } else if (kind === 'section' && rule !== 'masthead' && meta.section === undefined) {
      setMeta('section', text.replace(/[:|]$/, '').trim(), 'text:section-label');
    } else {
      removed.push({ text, reason: `${LABEL[kind] ?? kind}: ${reason} (${rule})` });
    }
    // Only dates above the body date the article; later ones date comments or other stories.
    if ((kind === 'dateline' || kind === 'byline') && paragraphs.length === 0) {
      if (outlet) setMeta('outlet', outlet, `text:${rule}`);
      const date = kind === 'dateline' && rule !== 'imprint' ? datelineDate(text) : findDate(text);
      const source = `text:${rule === 'imprint' ? rule : kind}`;
      if (date) setMeta(date.updated ? 'modifiedAt' : 'publishedAt', date.iso, source);
      // "Jane Roe | Dec 4, 2026 – 6.45am | Updated Dec 4, 2026 – 11.20am": the line's later date is its update's
      const later = date && !date.updated ? findDate(text.slice(date.end)) : null;
      if (later?.updated) setMeta('modifiedAt', later.iso, source);
    }
  }
  if (title === null && inferTitle) {
    const first = paragraphs.find((p) => p.kind === 'text')?.text ?? '';
    const sentence = (FIRST_SENTENCE.exec(first)?.[0] ?? first).split(/\s+/);
    const words = sentence.slice(0, INFERRED_TITLE_MAX_WORDS).join(' ');
    if (words) title = sentence.length > INFERRED_TITLE_MAX_WORDS ? `${words}…` : words;
  }
  return {
    title,
    titleInferred: title !== null && sources.title === undefined,
    byline,
    paragraphs,
    removed,
    media,
    meta,
    metadataSources: sources,
  };
}

/** Record an inline teaser as removed and return what replaces it in the line. */
function drop(removed: Removed[], match: string): string {
  removed.push({ text: match.trim(), reason: 'teaser: inline link to another story (inline-related)' });
  return '';
}
