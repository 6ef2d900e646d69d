import { StoreRefusedError } from '../errors.ts';

/**
 * Why PostgreSQL would not open a store, told as the user's to fix (the CLI's one line, exit 2):
 * a password the server asks for and the URL does not give, a wrong one, a role that may not
 * create or migrate the schema. Any other error is left as it is. And what a role that may only read
 * cannot keep (a report it computed) is not kept.
 */

// SQLSTATEs: invalid_password, insufficient_privilege
const WRONG_PASSWORD = '28P01';
const NO_RIGHT = '42501';

const codeOf = (error: Error): string | undefined => (error as { code?: string }).code;

/** A refused connection: the pg driver's words for a missing password are its own internals. */
export function connectRefusal(error: Error): Error {
  if (/client password must be a string/.test(error.message))
    return new StoreRefusedError(
      'the server asks for a password and none was given: write it in the URL ' +
        '(postgres://USER:PASSWORD@HOST/DATABASE) or set $PGPASSWORD',
      { cause: error },
    );
  if (codeOf(error) === WRONG_PASSWORD) return new StoreRefusedError(error.message, { cause: error });
  return error;
}

/** A migration (or the first schema) that the role has no right to write. */
export function migrationRefusal(error: Error, found: number, target: number): Error {
  if (codeOf(error) !== NO_RIGHT) return error;
  const what =
    found === 0
      ? 'this database holds no Parallax store yet'
      : `this PostgreSQL store has schema version ${found}, older than this Parallax reads (${target})`;
  return new StoreRefusedError(
    `${what}, and this role may not write its schema (${error.message}): ` +
      'run parallax ingest once as a role that may, such as the database owner',
    { cause: error },
  );
}

/** Whether this role may store articles: a writer, whose refused report write is a grant mistake. */
export type MayStoreArticles = () => Promise<boolean>;

/**
 * The writes of one open store of what a reader made (a story's report, its page's piece), which a
 * role that may only read has no right to: then it is not kept and `otherwise` answers, as with a
 * read-only SQLite file. Said once (on stderr) when a role that may store articles was refused:
 * a writer's grant mistake, which would otherwise make every reader compute each report again with
 * nothing said. A role that may only read is silent, as designed.
 */
export function keptOrSaid(
  mayStoreArticles: MayStoreArticles,
  say: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): <T>(write: Promise<T>, otherwise: T) => Promise<T> {
  let told = false;
  return async (write, otherwise) => {
    try {
      return await write;
    } catch (error) {
      if (codeOf(error as Error) !== NO_RIGHT) throw error;
      if (!told) {
        told = true;
        if (await mayStoreArticles().catch(() => false))
          say(
            `parallax: this role may store articles but may not keep reports (${(error as Error).message}): ` +
              'each report is computed again for each reader; grant it UPDATE and INSERT on the store’s tables',
          );
      }
      return otherwise;
    }
  };
}

/** `keptOrSaid` of a role that may only read: what it may not keep is not kept, and nothing said. */
export const keptIfAllowed = keptOrSaid(async () => false);
