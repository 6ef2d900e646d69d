#!/usr/bin/env node
// Runs the TypeScript sources directly when they are here (a checkout), else the built package.
// Plain JavaScript that any Node can parse, so that an old Node gets a message instead of a crash.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { nodeVersionProblem } from './node-check.js';

const source = new URL('../src/cli/main.ts', import.meta.url);
const checkout = existsSync(source);
const problem = nodeVersionProblem(process.version, {
  checkout,
  viaNpm: process.env.npm_command !== undefined,
  ownNode: existsSync(new URL('../node_modules/node/bin/node', import.meta.url)),
});
if (problem) {
  process.stderr.write(`parallax: ${problem}\n`);
  process.exit(2);
}
// Node keeps the compiled (and type-stripped) modules in its cache folder: later starts skip that work.
module.enableCompileCache();
await import(checkout ? source.href : new URL('../dist/cli/main.js', import.meta.url).href);
