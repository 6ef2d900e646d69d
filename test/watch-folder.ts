import { writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './cli-harness.ts';

/** The arguments of a `watch` run in the folder `watchFolder` makes. */
export const WATCH_ARGS = [
  'watch',
  '--sources',
  'sources.csv',
  '--db',
  'w.db',
  '--allow-private',
  '--every',
  '1m',
];

/**
 * A temporary folder whose sources.csv names one source at a local port nothing listens on: `watch`
 * (WATCH_ARGS) polls it, fails, says "polled Quay Radio" and waits for the next poll.
 */
export async function watchFolder(): Promise<string> {
  const dir = tempDir();
  const port = await new Promise<number>((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => done(port));
    });
  });
  writeFileSync(join(dir, 'sources.csv'), `name,urls\nQuay Radio,http://127.0.0.1:${port}/feed.xml\n`);
  return dir;
}
