/**
 * Whether an error is the store's server not answering (a PostgreSQL store whose server is stopped,
 * restarting or out of reach), which a moment later may answer again: node's connection error codes
 * and PostgreSQL's connection SQLSTATEs (class 08, and 57P01–57P03: shut down, crashed, starting).
 * A SQLite file has no server: its errors are never this.
 */
export function storeUnreachable(error: unknown): boolean {
  const { code, syscall, message } = (error ?? {}) as {
    code?: unknown;
    syscall?: unknown;
    message?: unknown;
  };
  // no socket file: the server is not running there (any other missing file is another error)
  if (code === 'ENOENT') return syscall === 'connect';
  if (typeof code === 'string' && (UNREACHABLE.has(code) || code.startsWith('08'))) return true;
  // the pg driver's words for a connection the server closed under it
  return typeof message === 'string' && /^Connection terminated/.test(message);
}

const UNREACHABLE: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
]);
