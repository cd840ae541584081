/**
 * An in-process HTTP load generator for the API benchmark: `connections` keep-alive connections,
 * each sending its next request as soon as the previous answer is read, for `seconds`. Counts
 * answers with the expected status, errors (other statuses, socket errors, timeouts) and the
 * latency of every request.
 */
import http from "node:http";

/** What one run measured. */
export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly bytes: number;
}

/** One request target. */
export interface Target {
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly expect?: number;
}

const percentile = (sorted: ReadonlyArray<number>, p: number): number =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN);

/** Runs the load and resolves with its figures. */
export const load = (target: Target, connections: number, seconds: number, timeoutMs = 10_000): Promise<LoadResult> =>
  new Promise((done) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
    const url = new URL(target.url);
    const latencies: number[] = [];
    let errors = 0;
    let bytes = 0;
    let stopping = false;
    let active = connections;
    const started = performance.now();
    const finish = () => {
      active -= 1;
      if (active > 0) return;
      const elapsed = (performance.now() - started) / 1000;
      agent.destroy();
      latencies.sort((a, b) => a - b);
      done({
        requests: latencies.length,
        errors,
        rps: latencies.length / elapsed,
        p50Ms: percentile(latencies, 50),
        p99Ms: percentile(latencies, 99),
        bytes,
      });
    };
    const one = () => {
      if (stopping) return finish();
      const t0 = performance.now();
      const req = http.request(
        { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, headers: target.headers ?? {}, timeout: timeoutMs },
        (res) => {
          res.on("data", (chunk: Buffer) => {
            bytes += chunk.length;
          });
          res.on("end", () => {
            if (res.statusCode === (target.expect ?? 200)) latencies.push(performance.now() - t0);
            else errors += 1;
            one();
          });
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => {
        errors += 1;
        setImmediate(one);
      });
      req.end();
    };
    setTimeout(() => {
      stopping = true;
    }, seconds * 1000);
    for (let i = 0; i < connections; i++) one();
  });
