import { readFileSync } from 'node:fs';
import { sharedPath } from '../../test/shared.ts';

/** One ECB+ document as stored in ../shared/datasets/ecbplus/docs.jsonl (fields used here). */
export interface EcbDoc {
  readonly doc_id: string;
  readonly topic: number;
  readonly subtopic: string;
  readonly event_cluster: string;
  readonly title: string;
  readonly text: string;
  readonly sentences: readonly [number, number][];
  readonly mentions: readonly {
    tag: string;
    start: number;
    end: number;
    text: string;
    cross_doc_instance?: string;
  }[];
}

/** Read the 982 ECB+ documents (sorted by id), or exit with one line where the shared data is absent. */
export function loadEcbPlus(): EcbDoc[] {
  const path = sharedPath('datasets', 'ecbplus', 'docs.jsonl');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    process.stderr.write(`needs ${path} (set PARALLAX_SHARED)\n`);
    process.exit(2);
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as EcbDoc)
    .sort((a, b) => (a.doc_id < b.doc_id ? -1 : 1));
}
