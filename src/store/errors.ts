/**
 * A store location the store refuses to open: no SQLite file can be opened there, or the file is not
 * a Parallax store of a schema this code reads. The user's to fix (another path, an upgrade, an
 * ingest), never a failure of the program: the CLI says it in one line and exits 2.
 */
export class StoreRefusedError extends Error {
  override readonly name = 'StoreRefusedError';
}

/**
 * A store of an older schema opened read-only, which cannot migrate it: a caller that may write
 * opens it once for writing (the migration keeps every row), as a PostgreSQL store's read does.
 */
export class StoreOlderError extends StoreRefusedError {}
