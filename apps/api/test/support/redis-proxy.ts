import * as net from 'node:net';

/**
 * A TCP relay in front of the test Redis, so a test can make Redis unreachable for one API
 * instance (open connections dropped, new ones refused) and bring it back.
 */
export class RedisProxy {
  private readonly sockets = new Set<net.Socket>();
  private server: net.Server | null = null;
  private port = 0;

  private constructor(private readonly target: URL) {}

  static async start(redisUrl: string): Promise<RedisProxy> {
    const proxy = new RedisProxy(new URL(redisUrl));
    await proxy.listen();
    return proxy;
  }

  /** The Redis URL to give the instance under test. */
  get url(): string {
    const url = new URL(this.target.href);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.href;
  }

  /** Redis goes away: every open connection is dropped and new ones are refused. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /** Redis is back, on the same port. */
  restore(): Promise<void> {
    return this.listen();
  }

  private listen(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(Number(this.target.port || 6379), this.target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    return new Promise((resolve) => server.listen(this.port, '127.0.0.1', () => {
      this.port = (server.address() as net.AddressInfo).port;
      resolve();
    }));
  }
}
