// Which Node runs Parallax, and what to tell the user when it is too old. Kept apart from
// parallax.js (and in JavaScript) so that it is table-tested and parses on any Node.

/** The oldest Node that runs Parallax: 22.18 strips TypeScript types by default. */
export const MIN_NODE = [22, 18];

/**
 * Whether a Node version is older than MIN_NODE: the one comparison the CLI (here) and the
 * library (src/node-support.ts) make.
 * @param {string} version `process.version`, e.g. 'v22.17.1'
 * @returns {boolean}
 */
export function olderThanMin(version) {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major < MIN_NODE[0] || (major === MIN_NODE[0] && minor < MIN_NODE[1]);
}

/**
 * Why this Node cannot run Parallax, in words that fit how it was started, or null when it can.
 * In a checkout, `npx` and npm scripts use the project's own Node 24 (its `node` dev dependency).
 * @param {string} version `process.version`, e.g. 'v20.11.0'
 * @param {{ checkout: boolean, viaNpm: boolean, ownNode?: boolean }} how a checkout (the TypeScript
 *   sources are there) or an installed copy; started through npm/npx (`npm_command` is set) or not;
 *   whether the checkout's own Node (node_modules/node) is installed
 * @returns {string | null}
 * @example
 * nodeVersionProblem('v20.11.0', { checkout: false, viaNpm: true }); // 'needs Node.js 24 …'
 */
export function nodeVersionProblem(version, how) {
  if (!olderThanMin(version)) return null;
  const needs = `needs Node.js 24 (this is ${version})`;
  if (!how.checkout)
    return `${needs}: install a newer Node.js, or run it with npm's copy of Node: npx -p node@24 -p parallax-news parallax …`;
  // installed, yet not the Node that runs: npx started from another folder (`npx --prefix …`) does
  // not put the checkout's node_modules/.bin on the PATH
  if (how.viaNpm && how.ownNode)
    return `${needs}; the project's own Node.js 24 is installed but not used from outside the checkout: run npx parallax … from inside it`;
  if (how.viaNpm)
    return `${needs}; the project's own Node.js 24 (its "node" dev dependency) is not installed: run npm install`;
  return `${needs}; run it through npx or npm scripts (npx parallax …), which use the project's own Node.js 24`;
}
