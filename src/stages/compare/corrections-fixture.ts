import { createContext } from '../../model/index.ts';
import { articleFromText, segmentAll } from '../extract/from-text.ts';
import { storyCorrections } from './corrections.ts';

/** For tests: invented articles of one story, each [outlet, text, publishedAt, modifiedAt] (ids a1, a2, …). */
export const storyOf = (rows: readonly [string, string, string | null, string | null][]) =>
  segmentAll(
    rows.map(([outlet, text, publishedAt, modifiedAt], i) => ({
      ...articleFromText(`a${i + 1}`, text, { outlet }),
      publishedAt,
      modifiedAt,
    })),
    createContext(),
  );

/**
 * For tests (midreview28's inputs): the sentences of other outlets, published on `published`, that still
 * give what the Kell Courier's `note` puts right (the note made 2031-05-04, its page's last change).
 */
export const carriersOf = (note: string, others: readonly string[], published = '2031-05-05') =>
  storyCorrections(
    storyOf([
      ['Kell Courier', `A stand collapsed at Kell Park on Saturday.\n${note}`, '2031-05-03', '2031-05-04'],
      ...others.map((text, i): [string, string, string, null] => [`Outlet ${i}`, text, published, null]),
    ]),
  ).flatMap((n) => n.stillCarried.map((c) => c.text));
