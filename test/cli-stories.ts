import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './cli-harness.ts';

/** Two reports of one event (a ferry fire) and one of another (a library prize), for the CLI tests. */
export const STORY_A = [
  'Ferry service halted after engine fire',
  '',
  'The Larkport ferry service was halted on Monday after an engine fire on the vessel Grey Heron, the harbour authority said.',
  'No passengers were hurt, and the 120 people on board were brought back to the pier by tugboats.',
].join('\n');
export const STORY_A2 = [
  'Engine fire stops Larkport ferries',
  '',
  'Ferries in Larkport stopped running on Monday when fire broke out in the engine room of the Grey Heron.',
  'The harbour authority said all 120 passengers on the ferry were returned safely to the pier.',
].join('\n');
export const STORY_B = [
  'Library wins national design prize',
  '',
  'The new Millbrook public library won the national architecture prize for its timber reading hall.',
  'The jury praised the library for its light, its reading rooms and its garden.',
].join('\n');

/** A temporary folder holding these files (names may hold subfolders). */
export function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
