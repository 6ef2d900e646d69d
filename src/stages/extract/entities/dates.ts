import type { Entity, Evidence } from '../../../model/index.ts';
import { ownedDecade } from '../../../text/ages.ts';
import { type Doc, isSkipped, sentenceOf, type Tok } from '../../../text/annotated.ts';
import { foldName } from '../../../text/normalise.ts';
import { DATE_EDGE_WORDS } from '../data/function-words.ts';
import { CALENDAR_WORD } from '../patterns.ts';

const DATE_START = /^[\p{L}\p{N}]/u;

// "in his 30s", "her mid-40s": a decade of someone's life is an age, no date (the 1930s, the '30s are dates).
function ageDecade(toks: readonly Tok[], a: number, b: number): boolean {
  if (a !== b || !/^(?:(?:early|mid|late)-)?\d0s$/.test((toks[a] as Tok).text)) return false;
  return ownedDecade(toks, a);
}

/** The date phrases of one article as wink-nlp marks them ("Dec. 27", "Wednesday", "January 2024"). */
function datesOf(doc: Doc): { surface: string; evidence: Evidence }[] {
  const out: { surface: string; evidence: Evidence }[] = [];
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if ((toks[i] as Tok).entity !== 'DATE') continue;
    let j = i;
    while (
      j + 1 < toks.length &&
      (toks[j + 1] as Tok).entity === 'DATE' &&
      sentenceOf(doc, j + 1) === sentenceOf(doc, i)
    )
      j++;
    let a = i;
    let b = j;
    // a date names a day, a month or a year; the words around it ("this", "of") are not part of the name
    while (a <= b && (DATE_EDGE_WORDS.has((toks[a] as Tok).norm) || !DATE_START.test((toks[a] as Tok).text)))
      a++;
    while (b >= a && (DATE_EDGE_WORDS.has((toks[b] as Tok).norm) || !DATE_START.test((toks[b] as Tok).text)))
      b--;
    i = j;
    if (a > b) continue;
    // "this month", "last week" are relative: only a day, a month or a year names a date
    let named = false;
    for (let k = a; k <= b && !named; k++)
      named = /\d/.test((toks[k] as Tok).text) || CALENDAR_WORD.test((toks[k] as Tok).text);
    if (!named || ageDecade(toks, a, b)) continue;
    const start = (toks[a] as Tok).start;
    const end = (toks[b] as Tok).end;
    if (isSkipped(doc, start, end) || doc.sentences[sentenceOf(doc, a)]?.titleCase) continue;
    out.push({ surface: doc.text.slice(start, end), evidence: { articleId: doc.id, span: { start, end } } });
  }
  return out;
}

/** Date entities of a story: the same date as written in several articles is one entity with all mentions. */
export function findDateEntities(docs: readonly Doc[], idPrefix: string, firstNumber: number): Entity[] {
  const groups = new Map<string, { surfaces: Map<string, number>; mentions: Evidence[] }>();
  for (const doc of docs) {
    for (const d of datesOf(doc)) {
      const key = foldName(d.surface).replace(/,/g, '');
      const g = groups.get(key) ?? { surfaces: new Map<string, number>(), mentions: [] as Evidence[] };
      g.surfaces.set(d.surface, (g.surfaces.get(d.surface) ?? 0) + 1);
      g.mentions.push(d.evidence);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g, n) => {
    const byUse = [...g.surfaces.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const name = (byUse[0] as [string, number])[0];
    return {
      id: `${idPrefix}e${firstNumber + n}`,
      kind: 'date' as const,
      name,
      aliases: byUse.slice(1).map(([s]) => s),
      flags: [],
      mentions: g.mentions,
    };
  });
}
