import type { Doc, Tok } from './doc.ts';
import { hasQuoteMark, isSkipped } from './doc.ts';
import { MIN_INDIRECT_WORDS } from './patterns.ts';
import type { FoundQuote } from './quotes.ts';
import { isIndirectCue, phraseAfter, phraseBefore, resolveSpeaker, type SpeakerContext } from './speaker.ts';

const END_PUNCT = new Set(['.', '!', '?', ';', ':', ',', '—', '–']);
const OBJECT_AFTER = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'warned',
  'assured',
  'informed',
  'reminded',
  'asked',
  'urged',
]);

function trimContent(doc: Doc, a: number, b: number): [number, number] | null {
  while (a < b && (END_PUNCT.has((doc.tokens[a] as Tok).text) || (doc.tokens[a] as Tok).norm === 'that')) a++;
  while (
    b > a &&
    (END_PUNCT.has((doc.tokens[b - 1] as Tok).text) || (doc.tokens[b - 1] as Tok).pos === 'PUNCT')
  )
    b--;
  // "agreed to meet": an infinitive is an intention, not reported speech
  if (b - a < MIN_INDIRECT_WORDS || (doc.tokens[a] as Tok).pos === 'PART') return null;
  for (let k = a; k < b; k++) if (['VERB', 'AUX'].includes((doc.tokens[k] as Tok).pos)) return [a, b];
  return null;
}

/** Indirect speech: "X said (that) …", "…, X said.", "…, said X.", "according to X, …". */
export function findIndirect(ctx: SpeakerContext, usedCues: ReadonlySet<number>): FoundQuote[] {
  const { doc } = ctx;
  const out: FoundQuote[] = [];
  for (const s of doc.sentences) {
    const first = doc.tokens[s.first] as Tok;
    const last = doc.tokens[s.end - 1] as Tok;
    if (s.titleCase || hasQuoteMark(doc, first.start, last.end) || isSkipped(doc, first.start, last.end))
      continue;
    for (let c = s.first; c < s.end; c++) {
      const t = doc.tokens[c] as Tok;
      if (usedCues.has(c)) continue;
      let content: [number, number] | null = null;
      let np: [number, number] | null = null;
      if (t.norm === 'according' && doc.tokens[c + 1]?.norm === 'to') {
        np = phraseAfter(doc, c + 2, s.end);
        if (!np) continue;
        content = np[0] - 2 === s.first ? trimContent(doc, np[1], s.end) : trimContent(doc, s.first, c);
      } else if (isIndirectCue(t)) {
        const prev = doc.tokens[c - 1];
        np = phraseBefore(doc, c, s.first);
        if (np) {
          let k = c + 1;
          if (OBJECT_AFTER.has(t.norm)) {
            const obj = phraseAfter(doc, k, s.end);
            if (obj) k = obj[1];
          }
          content = trimContent(doc, k, s.end);
          // "…, officials said." — the content is before; the tail after the cue must be short
          if (!content && np[0] > s.first && doc.tokens[np[0] - 1]?.text === ',' && s.end - c <= 8) {
            content = trimContent(doc, s.first, np[0] - 1);
          }
        } else if (prev?.text === ',') {
          np = phraseAfter(doc, c + 1, s.end);
          if (np && s.end - np[1] <= 2) content = trimContent(doc, s.first, c - 1);
        }
      }
      if (!content || !np) continue;
      const speaker = resolveSpeaker(ctx, np[0], np[1], c);
      const start = (doc.tokens[content[0]] as Tok).start;
      const end = (doc.tokens[content[1] - 1] as Tok).end;
      out.push({
        articleId: doc.id,
        kind: 'indirect',
        start,
        end,
        text: doc.text.slice(start, end),
        speaker,
      });
      ctx.previous.push(speaker);
      break;
    }
  }
  return out;
}
