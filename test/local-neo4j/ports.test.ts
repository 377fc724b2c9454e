import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, portOpen } from '../../src/local-neo4j/ports.js';

describe('local-neo4j: freePort and portOpen', () => {
  it('gives a port nothing listens on, and sees a server once one listens there', async () => {
    const port = await freePort();
    expect(Number.isInteger(port) && port > 0 && port <= 65535).toBe(true);
    expect(await portOpen(port)).toBe(false);
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await portOpen(port)).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(await portOpen(port)).toBe(false);
  });
});
