import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedPath } from '../../test/shared.ts';

/**
 * PolNeAR's attributions as the quote evaluation (bench/eval-quotes.ts) reads them: brat .ann files
 * parsed into content and source spans, each told direct when most of its content is inside quote marks.
 */

/** A half-open character span. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One gold attribution: its content, source and cue spans, and whether the content is a direct quote. */
export interface Gold {
  readonly content: Span[];
  readonly source: Span[];
  readonly direct: boolean;
}

const QUOTE_OPEN = new Set(['“', '"']);

/** Which characters lie inside quote marks (an independent, simple scan: “ ” open and close, " and '' toggle, per paragraph). */
export function insideQuotes(text: string): Uint8Array {
  const mask = new Uint8Array(text.length);
  let inside = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') inside = false;
    else if (c === '“') inside = true;
    else if (c === '”') inside = false;
    else if (c === '"') inside = !inside;
    else if (c === "'" && text[i + 1] === "'") {
      inside = !inside;
      i++;
    } else if (inside) mask[i] = 1;
  }
  return mask;
}

/** Parse a brat .ann file of PolNeAR into attributions; direct when most of the content is inside quote marks. */
export function parseBrat(ann: string, text: string): Gold[] {
  const spans = new Map<string, { type: string; spans: Span[] }>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const [type, ...rest] = body.split(' ');
      const list = rest
        .join(' ')
        .split(';')
        .map((p) => {
          const [s, e] = p.trim().split(' ').map(Number);
          return { start: s as number, end: e as number };
        });
      spans.set(id, { type: type as string, spans: list });
    } else if (id.startsWith('E')) events.push(body.split(' '));
  }
  const mask = insideQuotes(text);
  return events.map((parts) => {
    const gold = { content: [] as Span[], source: [] as Span[] };
    for (const part of parts) {
      const [role, ref] = part.split(':');
      const t = ref ? spans.get(ref) : undefined;
      if (!t) continue;
      if (role?.startsWith('Content')) gold.content.push(...t.spans);
      if (role?.startsWith('Source')) gold.source.push(...t.spans);
    }
    let chars = 0;
    let quoted = 0;
    for (const s of gold.content) {
      for (let i = s.start; i < s.end; i++) {
        if (/\s/.test(text[i] ?? ' ') || QUOTE_OPEN.has(text[i] ?? '')) continue;
        chars++;
        quoted += mask[i] ?? 0;
      }
    }
    return { ...gold, direct: chars > 0 && quoted / chars >= 0.5 };
  });
}

const root = sharedPath('datasets', 'polnear', 'dev');

/** The dev articles in name order, each with its first annotator's attributions. */
export function loadPolnear(dir = root): { name: string; text: string; gold: Gold[] }[] {
  const anns = readdirSync(join(dir, 'attributions')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -4);
      const ann = anns.find((a) => a.startsWith(`${name}_`)) as string;
      const text = readFileSync(join(dir, 'text', f), 'utf8');
      return { name, text, gold: parseBrat(readFileSync(join(dir, 'attributions', ann), 'utf8'), text) };
    });
}

/**
 * The articles of PolNeAR's train split listed in bench/data/polnear-train-sample.txt (`<article>_<annotator>`),
 * read from `dir` laid out as upstream's data/train (text/, attributions/): a second check on articles that
 * neither half of the dev split holds.
 */
export function loadPolnearSample(dir: string): { name: string; text: string; gold: Gold[] }[] {
  const list = readFileSync(join(import.meta.dirname, '..', 'data', 'polnear-train-sample.txt'), 'utf8');
  return list
    .split('\n')
    .filter(Boolean)
    .map((ann) => {
      const name = ann.replace(/_[0-9a-f]{4}$/, '');
      const text = readFileSync(join(dir, 'text', `${name}.txt`), 'utf8');
      return {
        name,
        text,
        gold: parseBrat(readFileSync(join(dir, 'attributions', `${ann}.ann`), 'utf8'), text),
      };
    });
}
