// The options and exit codes the store's commands share (store-commands.ts, ingest-command.ts).
import { UsageError } from '../io/files.ts';
import type { InterruptLine } from './interrupted.ts';
import type { startProgress } from './progress.ts';

export const EXIT = { ok: 0, usage: 2, partial: 3 } as const;

export const DB = { db: { type: 'string' } } as const;
export const FILTERS = {
  since: { type: 'string' },
  outlet: { type: 'string' },
  limit: { type: 'string' },
} as const;
export const FORMAT = { format: { type: 'string', short: 'f' } } as const;
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** The format asked for, among those a command writes (the first by default); another is a usage error. */
export function listFormat<T extends string>(format: string | undefined, allowed: readonly T[]): T {
  const chosen = (format?.toLowerCase() ?? allowed[0]) as T;
  if (!allowed.includes(chosen)) throw new UsageError(`unknown format "${format}" (${allowed.join(' or ')})`);
  return chosen;
}

/** The streams a store command talks to (the CLI's `CliIo`, and the real stderr for a progress bar). */
export interface StoreIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<Uint8Array>;
  readonly progress: boolean;
  readonly progressStream?: Parameters<typeof startProgress>[0]['progressStream'];
  readonly sayIfInterrupted?: (line: string, belowBar?: boolean) => InterruptLine;
}
