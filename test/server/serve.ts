/** Serves a Node request handler (an Express app is one) on a free port of 127.0.0.1, for tests. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A listening test server: its base URL, and close() to stop it. */
export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts `handler` on a free port. */
export async function serve(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void): Promise<Served> {
  const server = http.createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
