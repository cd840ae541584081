import { describe, expect, it } from "vitest";
import { noDelaySocket } from "../src/NoDelaySocket.js";

describe("noDelaySocket", () => {
  it("is given for one plain TCP host", () => {
    expect(noDelaySocket("postgres://postgres@127.0.0.1:5432/cchc")).toBeTypeOf("function");
    expect(noDelaySocket("postgres://u:p@db.example.vn/cchc?application_name=cchc")).toBeTypeOf("function");
  });

  it("leaves TLS, several hosts, Unix sockets and unreadable URLs to postgres.js", () => {
    for (const url of [
      "postgres://u@db.example.vn/cchc?sslmode=require",
      "postgres://u@db.example.vn/cchc?ssl=true",
      "postgres://u@a.example.vn,b.example.vn/cchc",
      "postgres://u@/cchc?host=/var/run/postgresql",
      "not a url",
    ])
      expect(noDelaySocket(url), url).toBeUndefined();
  });

  it("connects to the host and port postgres.js passes it", async () => {
    const { createServer } = await import("node:net");
    const server = createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const make = noDelaySocket(`postgres://u@127.0.0.1:${port}/x`);
    const socket = make?.({ host: ["127.0.0.1"], port: [port] });
    await new Promise<void>((resolve, reject) => {
      socket?.once("connect", resolve);
      socket?.once("error", reject);
    });
    expect(socket?.remotePort).toBe(port);
    socket?.destroy();
    await new Promise<void>((r) => server.close(() => r()));
  });
});
