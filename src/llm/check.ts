// Words that may open a sentence capitalised without being a name.
const OPENERS = new Set(
  'a an the in on at after before during as while when with without for from by to of this that these those its their his her both officials it they he she there some many most several'.split(
    ' ',
  ),
);

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The figures of a text: digit runs with their separators removed ("2,400" → "2400"). */
export function figuresOf(text: string): string[] {
  return [...text.matchAll(/\d[\d,.]*\d|\d/g)].map((m) => m[0].replace(/,/g, '').replace(/\.$/, ''));
}

/** The proper names of a text: capitalised words, except an ordinary word opening a sentence. */
export function namesOf(text: string): string[] {
  const out: string[] = [];
  for (const sentence of text.split(/(?<=[.!?]["”’]?)\s+/)) {
    const words = sentence.match(/[\p{L}][\p{L}\p{M}'’-]*/gu) ?? [];
    words.forEach((word, i) => {
      if (!/^\p{Lu}/u.test(word)) return;
      if (i === 0 && OPENERS.has(word.toLowerCase())) return;
      out.push(word.replace(/['’]s$/, ''));
    });
  }
  return out;
}

/** Why a rewritten sentence fails its check: the names and figures it has that its cited text lacks. */
export interface CheckResult {
  readonly ok: boolean;
  readonly missing: readonly string[];
}

/**
 * Check a rewritten sentence against the text it cites: every figure and every proper name in it must
 * appear there (names accent- and case-folded; a sentence-opening ordinary word is not a name).
 * @example
 * checkRewrite('Officials met on 27 December.', ['Officials met on Dec. 27.']).ok // true
 */
export function checkRewrite(rewritten: string, cited: readonly string[]): CheckResult {
  const source = cited.join(' \n ');
  const sourceFigures = new Set(figuresOf(source));
  const sourceWords = new Set(
    (fold(source).match(/[\p{L}][\p{L}'’-]*/gu) ?? []).map((w) => w.replace(/['’]s$/, '')),
  );
  const missing = [
    ...figuresOf(rewritten).filter((f) => !sourceFigures.has(f)),
    ...namesOf(rewritten).filter((n) => !sourceWords.has(fold(n))),
  ];
  return { ok: missing.length === 0, missing };
}
