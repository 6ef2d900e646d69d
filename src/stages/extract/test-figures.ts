// (in src/stages/extract, beside from-text.ts, which it reads: src/text imports no stage, text/layers.test.ts)
import { createContext } from '../../model/index.ts';
import { type ClaimFigure, sentenceFigures } from '../../text/quantities.ts';
import { articleFromText, segmentAll } from './from-text.ts';

/** The figures the support judge reads in an invented text, sentence by sentence (for tests). */
export function figuresOf(text: string): ClaimFigure[] {
  const [doc] = segmentAll([articleFromText('a', text)], createContext());
  return (doc?.sentences ?? []).flatMap((s) => sentenceFigures(s));
}
