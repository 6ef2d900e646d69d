// prepack/postpack: the package.json of the packed (published) copy. A checkout runs the TypeScript
// sources (Node 24 strips types), so its `exports` point at src/ and the README's library example
// works right after `npm install`; its Node 24 comes from the `node` dev dependency, so it states no
// `engines` (npm, run by an older system Node, would warn on every `npx`). An installed copy lives in
// node_modules, where Node strips no types: there `exports` must point at the JavaScript in dist/
// (built by scripts/build.ts just before), and `engines` says which Node runs it.
//   node scripts/pack-manifest.ts apply     rewrite package.json for the tarball, keeping the original
//   node scripts/pack-manifest.ts restore   put the original back (also after a pack that failed)
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { MIN_NODE } from '../bin/node-check.js';

const root = new URL('..', import.meta.url);
const manifest = new URL('package.json', root);
const original = new URL('.parallax-tmp/package.json', root);
const step = process.argv[2];

if (step === 'apply') {
  if (existsSync(original)) {
    process.stderr.write(
      'pack-manifest: a packed package.json is still in place; run with "restore" first\n',
    );
    process.exit(1);
  }
  const text = readFileSync(manifest, 'utf8');
  mkdirSync(new URL('.parallax-tmp/', root), { recursive: true });
  writeFileSync(original, text);
  const packed = {
    ...JSON.parse(text),
    exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } },
    engines: { node: `>=${MIN_NODE.join('.')}` },
  };
  writeFileSync(manifest, `${JSON.stringify(packed, null, 2)}\n`);
} else if (step === 'restore') {
  if (existsSync(original)) renameSync(original, manifest);
} else {
  process.stderr.write('usage: node scripts/pack-manifest.ts apply|restore\n');
  process.exit(2);
}
