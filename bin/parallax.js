#!/usr/bin/env node
// Runs the TypeScript sources directly when they are here (a checkout), else the built package.
import { existsSync } from 'node:fs';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `parallax: needs Node.js 24 (this is ${process.version}); run it through npx or npm scripts\n`,
  );
  process.exit(2);
}
const source = new URL('../src/cli/main.ts', import.meta.url);
await import(existsSync(source) ? source.href : new URL('../dist/cli/main.js', import.meta.url).href);
