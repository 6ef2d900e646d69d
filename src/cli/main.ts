import { readCapped } from '../io/files.ts';
import { runCli } from './index.ts';
import { sayOnInterrupt } from './interrupted.ts';

// A reader that stops early (`| head`, a jq that failed) closes the pipe: end quietly, as Unix tools
// do, not with a stack trace of the unhandled EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(0);
});

// The process adapter: real streams in, exit status out.
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: () => readCapped(process.stdin),
  progress: process.stderr.isTTY === true,
  progressStream: process.stderr,
  stdoutTerminal: process.stdout.isTTY === true,
  sayIfInterrupted: sayOnInterrupt,
});
