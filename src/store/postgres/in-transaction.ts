import type { Pool, PoolClient } from 'pg';

/** Run `work` in one transaction on a connection of its own. */
export async function inTransaction(pool: Pool, work: (client: PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
    client.release();
  } catch (error) {
    const broken = await client.query('ROLLBACK').then(
      () => undefined,
      (rollback: Error) => rollback,
    );
    client.release(broken);
    throw error;
  }
}
