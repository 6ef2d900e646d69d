/**
 * A small TF-IDF sentence similarity for the support-pair builder, kept apart from the compare
 * stage's own vectors so the labelled set does not inherit its choices.
 */

const STOP = new Set(
  'a an the and or but of to in on at for from by with as is are was were be been being it its this that these those he she they we you i his her their our your has have had do does did not no will would can could should may might said says say about after before over than then there here who whom which what when where while into out up down also just more most some any all one two'.split(
    ' ',
  ),
);

/** Lower-cased content words of a sentence (letters and digits, stop words left out, crude plural fold). */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (STOP.has(w)) continue;
    out.push(w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
  }
  return out;
}

/** Sparse TF-IDF vectors (L2-normalised) of a list of texts, the IDF taken over that list. */
export function tfidfVectors(texts: readonly string[]): Map<string, number>[] {
  const bags = texts.map(contentWords);
  const df = new Map<string, number>();
  for (const bag of bags) for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1);
  return bags.map((bag) => {
    const v = new Map<string, number>();
    for (const w of bag) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const x = (1 + Math.log(tf)) * Math.log((texts.length + 1) / ((df.get(w) ?? 0) + 0.5));
      v.set(w, x);
      norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, x] of v) v.set(w, x / norm);
    return v;
  });
}

/** Cosine of two L2-normalised sparse vectors. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
  return dot;
}
