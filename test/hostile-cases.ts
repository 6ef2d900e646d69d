// The hostile inputs of issue 16, generated at any size: runs of one token class, unique prose, one
// long line, a page of many elements. Every text is invented here; nothing comes from real news.

/** One hostile case: a file name (its ending picks the format) and a generator of about `bytes` bytes. */
export interface HostileCase {
  readonly name: string;
  readonly file: string;
  readonly make: (bytes: number) => string;
}

/** A short invented article that sits beside each hostile one, so the run has a normal story too. */
export const NORMAL_ARTICLE = `Ferry to Almsby paused for engine work

The ferry between Almsby and Kettle Point will stop running for two weeks from 3 April while its engines are replaced, the operator said on Monday.

"We would rather lose two quiet weeks than a summer," said Marta Vell, who runs the Kettle Point line.

A replacement bus will leave the harbour every hour, and season tickets will be extended by 14 days at a cost of $12,000 to the operator.

Shop owners on the island said the pause came at a quiet time of year, though some worried about deliveries.
`;

// Repeat `unit(i)` (joined by `sep`) until the text reaches `bytes` characters.
function run(bytes: number, unit: (i: number) => string, sep = ' '): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length + sep.length;
  }
  return parts.join(sep);
}

// A small deterministic generator (mulberry32), so every run builds the same text.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mir',
  'den',
  'sa',
  'vol',
  'tre',
  'bin',
  'ost',
  'ul',
  'pha',
  'rek',
  'ny',
  'gar',
];
const VERBS = ['said', 'reported', 'warned', 'announced', 'found', 'agreed', 'denied', 'confirmed'];
const NOUNS = ['council', 'harbour', 'budget', 'bridge', 'school', 'road', 'market', 'station', 'report'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];

// Invented words and names, so no two sentences of the prose repeat.
function word(next: () => number, syllables = 2 + Math.floor(next() * 2)): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
  return out;
}
const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// One sentence of unique prose: a named speaker, a verb, figures, dates and invented words.
function sentence(next: () => number): string {
  const name = `${cap(word(next))} ${cap(word(next))}`;
  const place = cap(word(next));
  const n = Math.floor(next() * 900) + 10;
  switch (Math.floor(next() * 4)) {
    case 0:
      return `${name}, the ${pick(next, NOUNS)} chief in ${place}, ${pick(next, VERBS)} that ${n} ${word(next)}s would ${word(next)} the ${pick(next, NOUNS)} by ${pick(next, MONTHS)} ${1 + (n % 28)}.`;
    case 1:
      return `"The ${word(next)} of the ${pick(next, NOUNS)} is not ${word(next)}," ${pick(next, VERBS)} ${name} on Tuesday.`;
    case 2:
      return `The ${pick(next, NOUNS)} in ${place} cost $${n} million, up ${n % 40} percent from ${2000 + (n % 25)}, according to ${name}.`;
    default:
      return `Residents of ${place} ${pick(next, VERBS)} the ${word(next)} ${pick(next, NOUNS)} after ${name} ${word(next)}ed it.`;
  }
}

// Paragraphs of five sentences, blank lines between them (`oneLine`: no line break at all).
function prose(bytes: number, oneLine: boolean): string {
  const next = random(16);
  const paragraphs: string[] = [];
  let length = 0;
  while (length < bytes) {
    const paragraph = Array.from({ length: 5 }, () => sentence(next)).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return `${cap(word(next))} ${pick(next, NOUNS)} plan ${pick(next, VERBS)}\n\n${paragraphs.join(oneLine ? ' ' : '\n\n')}`;
}

const letters = (alphabet: string) => (bytes: number) => {
  let out = '';
  while (out.length < bytes) out += alphabet;
  return out.slice(0, bytes);
};

/** The cases of issue 16, in the order the bench prints them. */
export const HOSTILE_CASES: readonly HostileCase[] = [
  { name: 'unique prose', file: 'prose.txt', make: (bytes) => prose(bytes, false) },
  { name: 'prose on one line', file: 'one-line.txt', make: (bytes) => prose(bytes, true) },
  { name: 'hyphenated words', file: 'hyphens.txt', make: (bytes) => run(bytes, (i) => `w${i % 97}`, '-') },
  {
    name: 'word@x.y.z tokens',
    file: 'at-tokens.txt',
    make: (bytes) => run(bytes, (i) => `word${i % 89}@x.y.z`),
  },
  { name: 'upper-case letters', file: 'upper.txt', make: letters('ABCDEFGHIJKLMNOPQRSTUVWXYZ') },
  { name: 'lower-case letters', file: 'lower.txt', make: letters('abcdefghijklmnopqrstuvwxyz') },
  { name: 'money amounts', file: 'money.txt', make: (bytes) => run(bytes, (i) => `$${(i % 999) + 1},000`) },
  { name: 'month names', file: 'months.txt', make: (bytes) => run(bytes, (i) => MONTHS[i % 8] as string) },
  { name: 'double-quoted words', file: 'dquotes.txt', make: (bytes) => run(bytes, (i) => `"w${i % 53}"`) },
  { name: 'single-quoted words', file: 'squotes.txt', make: (bytes) => run(bytes, (i) => `'w${i % 53}'`) },
  { name: 'said "x" repeated', file: 'said.txt', make: (bytes) => run(bytes, () => 'said "x"') },
  { name: 'spaced digits', file: 'digits.txt', make: (bytes) => run(bytes, (i) => String(i % 10)) },
  { name: 'spaced dots', file: 'dots.txt', make: (bytes) => run(bytes, () => '.') },
  {
    name: 'Markdown brackets',
    file: 'brackets.md',
    make: (bytes) => run(bytes, (i) => (i % 2 ? '![' : '['), ''),
  },
  {
    name: 'Markdown links unclosed',
    file: 'links.md',
    make: (bytes) => run(bytes, (i) => `[w${i % 7}](`, ''),
  },
  {
    name: 'HTML of sibling <p>',
    file: 'page.html',
    make: (bytes) =>
      `<!doctype html><html><head><title>Many paragraphs</title></head><body><article>${run(bytes - 100, (i) => `<p>w${i % 71} ${word(random(i), 2)}</p>`, '')}</article></body></html>`,
  },
];
