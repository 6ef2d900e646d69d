import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type CliIo, runCli } from '../src/cli/index.ts';

/** What one in-memory CLI run printed and returned. */
export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI in this process with captured streams (stdin given as a string). */
export async function cli(argv: readonly string[], stdin = ''): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readStdin: async () => new TextEncoder().encode(stdin),
    progress: false,
  };
  const status = await runCli(argv, io);
  return { status, stdout, stderr };
}

// The folders made by tempDir in this process, removed when it exits, whether its tests passed,
// failed or timed out (node --test runs each test file in a process of its own; a timed-out test is
// cancelled and the process exits). A process killed by a signal (Ctrl-C, a CI job killed) runs no exit
// handler and leaves its folders: they are named parallax-test-* in the system's temporary folder.
const made = new Set<string>();
let removing = false;

/** A fresh temporary folder for one test, removed with everything in it when the test file's process exits. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parallax-test-'));
  made.add(dir);
  if (!removing) {
    removing = true;
    process.once('exit', () => {
      for (const folder of made) rmSync(folder, { recursive: true, force: true });
    });
  }
  return dir;
}
