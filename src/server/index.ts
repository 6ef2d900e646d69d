import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AppOptions, createApp } from './app.ts';

export { type AppOptions, type AppReports, createApp } from './app.ts';
export { WARMED_STORIES } from './patterns.ts';

/** The loopback addresses and names: a server bound to one answers to these names only. */
const LOOPBACK = ['127.0.0.1', 'localhost', '::1', '[::1]'];

/** Where to listen. */
export interface ListenOptions {
  /** Default 8080; 0 picks a free port. */
  readonly port?: number;
  /** Default 127.0.0.1: only this machine can connect unless another address is given. */
  readonly host?: string;
}

/** A running server. */
export interface RunningServer {
  /** `http://host:port`. */
  readonly url: string;
  /**
   * Stop listening, wait for the ingests under way and the report computed ahead under way, stop the
   * report thread (the store is the caller's to close).
   */
  close(): Promise<void>;
}

/**
 * Serve the web app on `host:port` (127.0.0.1:8080 by default).
 * @example
 * const server = await startServer({ store: await openStore('news.db') }, { port: 0 });
 * console.log(server.url);
 */
export async function startServer(options: AppOptions, listen: ListenOptions = {}): Promise<RunningServer> {
  const host = listen.host ?? '127.0.0.1';
  // bound to this machine only, it answers to this machine's names only (no DNS rebinding)
  const loopback = LOOPBACK.includes(host);
  const { app, jobs, reports } = createApp(
    loopback && !options.hosts ? { ...options, hosts: LOOPBACK } : options,
  );
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: listen.port ?? 8080, hostname: host },
      (info: AddressInfo) => {
        const shown = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${shown}:${info.port}`,
          close: () =>
            new Promise<void>((done) => {
              server.close(() =>
                jobs
                  .idle()
                  .then(() => reports.close())
                  .then(() => done()),
              );
              (server as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
        });
      },
    );
    // not listening (a busy port): the reports computed ahead stop before the caller closes the store
    server.once('error', (error) => void reports.close().finally(() => reject(error)));
  });
}
