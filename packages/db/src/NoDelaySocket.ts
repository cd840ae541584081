/**
 * Client sockets to a PostgreSQL server with Nagle's algorithm off (`TCP_NODELAY`). postgres.js
 * leaves it on, and a statement that follows a COPY on the same connection then waits ≈ 40 ms for
 * the server's delayed ACK (docs/benchmarks.md): once per ingest batch, twice per bulk-load batch.
 *
 * postgres.js takes such a socket through its `socket` option and writes the startup message at
 * once; Node keeps the writes until the connection is made, connection errors reach postgres.js's
 * own handler, and its connect timeout still runs until the server is ready. Only for one host
 * over TCP without TLS: other URLs (several hosts, a Unix socket, `sslmode`) keep the default.
 */
import { Socket } from "node:net";

/** What postgres.js passes to the `socket` option (its parsed connection options). */
interface SocketOptions {
  readonly host: ReadonlyArray<string>;
  readonly port: ReadonlyArray<number>;
}

/** The `socket` option for `url`, or undefined when the URL is not one plain TCP host. */
export const noDelaySocket = (url: string): ((options: SocketOptions) => Socket) | undefined => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const tls = ["ssl", "sslmode", "sslnegotiation", "host"].some((p) => parsed.searchParams.has(p));
  if (tls || parsed.hostname === "" || parsed.hostname.includes(",") || parsed.host.includes(",")) return undefined;
  return ({ host, port }) => {
    const socket = new Socket();
    socket.setNoDelay(true);
    socket.connect({ host: host[0] ?? "localhost", port: port[0] ?? 5432, noDelay: true });
    return socket;
  };
};
