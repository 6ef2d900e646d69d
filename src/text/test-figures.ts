import { createContext } from '../model/index.ts';
import { articleFromText, segmentAll } from '../stages/extract/from-text.ts';
import { type ClaimFigure, sentenceFigures } from './quantities.ts';

/** The figures the support judge reads in an invented text, sentence by sentence (for tests). */
export function figuresOf(text: string): ClaimFigure[] {
  const [doc] = segmentAll([articleFromText('a', text)], createContext());
  return (doc?.sentences ?? []).flatMap((s) => sentenceFigures(s));
}
