import net from 'node:net';

/**
 * A TCP proxy on loopback in front of a server (PostgreSQL here) that a drill can break on purpose:
 * stall() holds every byte in both directions (a hung server), cut() resets every connection,
 * refuse() stops listening (a server that is down), accept() listens again on the same port.
 */
export interface FaultProxy {
  port: number;
  connections(): number;
  stall(): void;
  resume(): void;
  cut(): void;
  refuse(): Promise<void>;
  accept(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(target: { host: string; port: number }): Promise<FaultProxy> {
  const pairs = new Set<{ client: net.Socket; upstream: net.Socket }>();
  let stalled = false;
  const server = net.createServer((client) => {
    const upstream = net.connect(target.port, target.host);
    const pair = { client, upstream };
    pairs.add(pair);
    const end = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
    if (stalled) {
      client.pause();
      upstream.pause();
    }
  });
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        port = (server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const proxy: FaultProxy = {
    port,
    connections: () => pairs.size,
    stall() {
      stalled = true;
      for (const { client, upstream } of pairs) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    resume() {
      stalled = false;
      for (const { client, upstream } of pairs) {
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
        upstream.resume();
      }
    },
    cut() {
      for (const { client, upstream } of [...pairs]) {
        client.resetAndDestroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    async refuse() {
      proxy.cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    async accept() {
      if (!server.listening) await listen();
    },
    async close() {
      proxy.cut();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
