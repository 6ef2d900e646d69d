import type { Span } from '../../model/index.ts';

/**
 * Whether a clause (at `span` of its `sentence`) is a piece of a sentence the segmenter cut or a
 * scrape broke: its sentence opens lower-case or with the rest of a number, ends inside one or on
 * a title cut from its name, or the clause's brackets do not pair.
 */
export function isBroken(text: string, sentence: Span, span: Span): boolean {
  return brokenSentence(text, sentence) || !bracketsPair(text.slice(span.start, span.end));
}

const NUMBER_END = /[\d$€£¥]\.$/;
// a title cut from the name it belongs to ("… Vancouver police Const." | "Tim Fanning told …")
const TITLE_END =
  /(?:^|[\s(“"])(?:Const|Sgt|Lt|Capt|Col|Gen|Maj|Cpl|Pvt|Adm|Det|Insp|Supt|Gov|Sen|Rep|Dr|Mr|Mrs|Ms|Prof|Rev)\.$/;

// A sentence cut inside a number ("… worth $2." + "6 million …"), after a title ("… police Const." +
// "Tim Fanning told …") or opening lower-case ("30am and …").
function brokenSentence(text: string, sentence: Span): boolean {
  const own = text.slice(sentence.start, sentence.end).trim();
  const before = text.slice(Math.max(0, sentence.start - 4), sentence.start).trimEnd();
  const after = text.slice(sentence.end, sentence.end + 4).trimStart();
  return (
    /^\p{Ll}/u.test(own) ||
    (NUMBER_END.test(before) && /^\d/.test(own)) ||
    (NUMBER_END.test(own) && /^\d/.test(after)) ||
    TITLE_END.test(own) ||
    TITLE_END.test(text.slice(Math.max(0, sentence.start - 10), sentence.start).trimEnd())
  );
}

// Whether the round and square brackets of a text pair up.
function bracketsPair(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
