import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { nodeVersionProblem } from '../bin/node-check.js';

/** The system's own Node, when it is older than Parallax needs (Debian's 20 here and in CI). */
export const OLD_NODE: string | undefined = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => {
  if (!existsSync(path)) return false;
  const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
  return nodeVersionProblem(version, { checkout: true, viaNpm: false }) !== null;
});

/** The `skip` of a test that needs OLD_NODE: it says why it did not run. */
export const NEEDS_OLD_NODE = OLD_NODE === undefined ? 'no Node older than 22.18 on this machine' : false;
