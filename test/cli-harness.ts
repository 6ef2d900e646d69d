import { mkdtempSync } from 'node:fs';
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

/** A fresh temporary folder for one test. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parallax-test-'));
}
