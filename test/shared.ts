import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The read-only shared data folder (corpus, datasets): `$PARALLAX_SHARED`, else `../shared` beside
 * the repository. Tests and evaluations read real data from here; nothing of it is copied into the repo.
 */
export const SHARED_DIR: string = resolve(
  process.env.PARALLAX_SHARED ?? join(import.meta.dirname, '..', '..', 'shared'),
);

/** A path inside the shared folder. */
export function sharedPath(...parts: string[]): string {
  return join(SHARED_DIR, ...parts);
}

/**
 * For `node:test`'s `skip` option: false when the shared path exists, else a reason that the test
 * runner prints, so a missing folder is a visible skip and never a silent pass.
 * @example
 * test('reads the corpus', { skip: needsShared('corpus/border-talks-2023') }, () => { ... });
 */
export function needsShared(...parts: string[]): false | string {
  const path = sharedPath(...parts);
  return existsSync(path) ? false : `needs shared data at ${path} (set PARALLAX_SHARED)`;
}
