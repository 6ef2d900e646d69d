#!/usr/bin/env node
// Runs the TypeScript sources directly when they are here (a checkout), else the built package.
// Plain JavaScript that any Node can parse, so that an old Node gets a message instead of a crash.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';
import { nodeVersionProblem } from './node-check.js';

const source = new URL('../src/cli/main.ts', import.meta.url);
const checkout = existsSync(source);
const ownNode = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
const problem = nodeVersionProblem(process.version, {
  checkout,
  viaNpm: process.env.npm_command !== undefined,
  ownNode: existsSync(ownNode),
});
// A checkout started by an older Node from anywhere (`npx --prefix CLONE parallax`, the file's path, a
// link on the PATH): run it again with the checkout's own Node 24, once (the variable stops a loop).
if (problem && checkout && existsSync(ownNode) && process.env.PARALLAX_OWN_NODE === undefined) {
  // Ctrl-C reaches the child from the terminal (one process group): this process waits for it to stop
  // (a fetch stores the pages in hand first) and passes on its status, instead of ending before it
  const waitForChild = () => {};
  process.on('SIGINT', waitForChild);
  const run = spawnSync(ownNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PARALLAX_OWN_NODE: '1' },
  });
  process.off('SIGINT', waitForChild);
  if (run.signal) process.kill(process.pid, run.signal);
  if (run.error === undefined) process.exit(run.status ?? 1);
}
if (problem) {
  process.stderr.write(`parallax: ${problem}\n`);
  process.exit(2);
}
// Node keeps the compiled (and type-stripped) modules in its cache folder: later starts skip that work.
module.enableCompileCache();
await import(checkout ? source.href : new URL('../dist/cli/main.js', import.meta.url).href);
