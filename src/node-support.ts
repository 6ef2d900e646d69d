// Imported first by the library's entry (index.ts), so that an old Node is told in one line which
// Node the package needs, before a module of the package calls what that Node lacks (on Node 20,
// "TypeError: Map.groupBy is not a function" deep in dist/). The CLI checks the version in
// bin/node-check.js before it loads anything; both read the one oldest version, MIN_NODE, which the
// packed package's `engines` states too (scripts/pack-manifest.ts).
import { MIN_NODE, olderThanMin } from '../bin/node-check.js';

/**
 * Why this Node cannot run the library, or null when it can: a version older than the package's
 * `engines` (22.18, the first Node that strips TypeScript types by default, as a checkout needs).
 * @example
 * nodeSupportProblem('v20.11.0') // 'parallax-news needs Node.js 22.18 or later …'
 */
export function nodeSupportProblem(version: string): string | null {
  if (!olderThanMin(version)) return null;
  return `parallax-news needs Node.js ${MIN_NODE.join('.')} or later, 24 recommended (this is ${version})`;
}

const problem = nodeSupportProblem(process.version);
if (problem) throw new Error(problem);
