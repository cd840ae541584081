/**
 * The CPU time of a benchmark run, on both sides: this process (`process.cpuUsage`) and the
 * PostgreSQL sessions on the bench's database, read from `/proc/<pid>/stat` when the server runs on
 * this machine. A PostgreSQL session runs on one core, so a run cannot be faster than
 * max(import CPU, server CPU, their sum ÷ cores) — `cpuFloor`.
 */
import { readFileSync } from "node:fs";
import type postgres from "postgres";

/** CPU seconds of a run: this process and the server's sessions (undefined when not measurable). */
export interface RunCpu {
  readonly import: number;
  readonly server: number | undefined;
}

/** CPU ticks (1/100 s on Linux) of a process by its /proc entry; undefined when it cannot be read. */
const procTicks = (pid: number): number | undefined => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
};

/** The fastest a run can be on `cores` cores given the CPU it took (seconds), or undefined. */
export const cpuFloor = (cpu: RunCpu, cores: number): number | undefined =>
  cpu.server === undefined ? undefined : Math.max(cpu.import, cpu.server, (cpu.import + cpu.server) / cores);

/**
 * A meter of runs against the database `dbName` of the server at `serverUrl`, whose sessions
 * `admin` lists: `meter(work)` runs `work` (which answers its wall seconds) and answers them with
 * the CPU of the run. A session opened during the run counts from 0. The server's side is
 * undefined without `admin` or when the server is on another machine.
 */
export const cpuMeter = (admin: postgres.Sql | undefined, dbName: string, serverUrl: string) => {
  // the server's processes can be read in /proc only when it runs on this machine
  const local = ["127.0.0.1", "localhost", "[::1]", ""].includes(new URL(serverUrl).hostname);
  const sessionTicks = async (): Promise<Map<number, number> | undefined> => {
    if (admin === undefined || !local) return undefined;
    const rows = await admin<Array<{ pid: number }>>`select pid from pg_stat_activity where datname = ${dbName}`;
    const ticks = new Map<number, number>();
    for (const { pid } of rows) {
      const t = procTicks(pid);
      if (t === undefined) return undefined;
      ticks.set(pid, t);
    }
    return ticks;
  };
  return async (work: () => Promise<number>): Promise<[number, RunCpu]> => {
    const before = await sessionTicks();
    const cpuBefore = process.cpuUsage();
    const seconds = await work();
    const used = process.cpuUsage(cpuBefore);
    const after = await sessionTicks();
    let server: number | undefined;
    if (before !== undefined && after !== undefined) {
      let ticks = 0;
      for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0);
      server = ticks / 100;
    }
    return [seconds, { import: (used.user + used.system) / 1e6, server }];
  };
};
