// Imported first by the library's entry (index.ts), so that an old Node is told in one line which
// Node the package needs, before a module of the package calls what that Node lacks (on Node 20,
// "TypeError: Map.groupBy is not a function" deep in dist/). The CLI checks the version in
// bin/node-check.js before it loads anything.

/**
 * Why this runtime cannot run the library, or null when it can: the features the package uses
 * that Node.js before 22 lacks.
 * @example
 * nodeSupportProblem({ version: 'v20.11.0', hasGroupBy: false }) // 'parallax-news needs Node.js 22.18 or later …'
 */
export function nodeSupportProblem(runtime: { version: string; hasGroupBy: boolean }): string | null {
  return runtime.hasGroupBy
    ? null
    : `parallax-news needs Node.js 22.18 or later, 24 recommended (this is ${runtime.version})`;
}

const problem = nodeSupportProblem({
  version: process.version,
  hasGroupBy: typeof (Map as { groupBy?: unknown }).groupBy === 'function',
});
if (problem) throw new Error(problem);
