// prepack: build the installable package — src/ compiled to dist/ as JavaScript with .d.ts, since
// Node strips types only outside node_modules. Data files that stages read at run time are copied.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
cpSync(`${root}src`, `${root}dist`, {
  recursive: true,
  filter: (path) => !/\.(ts)$/.test(path) && !path.includes('/fixtures'),
});
process.stdout.write('built dist/\n');
