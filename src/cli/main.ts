import { readCapped } from '../io/files.ts';
import { runCli } from './index.ts';

// The process adapter: real streams in, exit status out.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readCapped(process.stdin),
  progress: process.stderr.isTTY === true,
  progressStream: process.stderr,
});
