#!/usr/bin/env node
// Runs the TypeScript sources directly when they are here (a checkout), else the built package.
// Plain JavaScript that any Node can parse, so that an old Node gets a message instead of a crash.
import { spawn } from 'node:child_process';
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

/**
 * Run this command again with the checkout's own Node 24 and wait for it: resolves to how it ended,
 * or null when it could not start. The command runs in a session of its own, so that every signal
 * reaches it once, through this process: Ctrl-C, SIGTERM (a service manager's, `kill`), SIGHUP (the
 * terminal closed) and SIGQUIT are passed on (without that a SIGTERM here left it running with no
 * parent; and a Ctrl-C the terminal sent to both would be a second Ctrl-C to it, which ends a fetch at
 * once); so are the terminal's resizes, and Ctrl-Z stops it with this process, `fg` goes on with both.
 * @returns {Promise<{ code: number | null, signal: NodeJS.Signals | null } | null>}
 */
function runWithOwnNode() {
  return new Promise((resolve) => {
    const child = spawn(ownNode, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, PARALLAX_OWN_NODE: '1' },
      detached: true,
    });
    /** @param {NodeJS.Signals} signal */
    const pass = (signal) => child.kill(signal);
    const stop = () => {
      child.kill('SIGSTOP');
      process.kill(process.pid, 'SIGSTOP');
    };
    /** @type {[NodeJS.Signals, (signal: NodeJS.Signals) => void][]} */
    const handlers = [
      ['SIGINT', pass],
      ['SIGTERM', pass],
      ['SIGHUP', pass],
      ['SIGQUIT', pass],
      ['SIGWINCH', pass],
      ['SIGCONT', pass],
      ['SIGTSTP', stop],
    ];
    for (const [signal, handler] of handlers) process.on(signal, handler);
    // Started by npm (npx): killing npx ends the shell it ran this in without passing the signal on;
    // once this process's parent is gone, the command is stopped as by SIGTERM (as serve stops itself)
    const parent = process.ppid;
    const orphaned = () => process.ppid !== parent || process.ppid === 1;
    const check =
      process.env.npm_command === undefined
        ? undefined
        : setInterval(() => {
            if (!orphaned()) return;
            clearInterval(check);
            child.kill('SIGTERM');
          }, 1000);
    /** @param {{ code: number | null, signal: NodeJS.Signals | null } | null} ended */
    const done = (ended) => {
      for (const [signal, handler] of handlers) process.off(signal, handler);
      clearInterval(check);
      resolve(ended);
    };
    child.on('error', () => done(null));
    child.on('exit', (code, signal) => done({ code, signal }));
  });
}

// A checkout started by an older Node from anywhere (`npx --prefix CLONE parallax`, the file's path, a
// link on the PATH): run it again with the checkout's own Node 24, once (the variable stops a loop),
// and end as it ended (a signal it died of is raised here again, with no handler left).
if (problem && checkout && existsSync(ownNode) && process.env.PARALLAX_OWN_NODE === undefined) {
  const ended = await runWithOwnNode();
  if (ended?.signal) process.kill(process.pid, ended.signal);
  if (ended) process.exit(ended.code ?? 1);
}
if (problem) {
  process.stderr.write(`parallax: ${problem}\n`);
  process.exit(2);
}
// Node keeps the compiled (and type-stripped) modules in its cache folder: later starts skip that work.
module.enableCompileCache();
await import(checkout ? source.href : new URL('../dist/cli/main.js', import.meta.url).href);
