/**
 * The embedded database's folder and settings (ADR 0020). PGlite runs PostgreSQL in a WebAssembly
 * heap that grows while PostgreSQL works and never shrinks. Creating a database (initdb) grows it
 * the most — a server that created its folder itself kept ≈ 165 MB more for its whole life than one
 * that opened a folder created before — so a new folder is initialised by a short-lived Node
 * process and the server only opens it. The buffer pool is 32 MB instead of PGlite's 128 MB.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";

/** PGlite's own start parameters with a 32 MB buffer pool (measured against 16 MB and 128 MB, ADR 0020). */
export const embeddedStartParams: ReadonlyArray<string> = [...PGlite.defaultStartParams, "-c", "shared_buffers=32MB"];

/** Whether the folder already holds a database (initdb writes `PG_VERSION` into it). */
export const holdsDatabase = (dataDir: string): boolean => existsSync(join(dataDir, "PG_VERSION"));

// Run by `node -e` with the PGlite entry and the folder as arguments; prints the cause on failure.
const initialiseScript = `
const [entry, dataDir] = process.argv.slice(1);
require(entry).PGlite.create({ dataDir })
  .then((pg) => pg.close())
  .then(() => process.exit(0), (e) => {
    // PGlite's file-system errors are Emscripten objects with a name and a number, not Errors
    process.stderr.write(e && e.message ? String(e.message) : e && e.errno !== undefined ? e.name + " " + e.errno : String(e));
    process.exit(1);
  });
`;

/**
 * Creates the database in `dataDir` in a separate Node process, so that initdb's share of the
 * WebAssembly heap ends with that process. Rejects with the child's own message when it fails.
 */
export const initialiseApart = (dataDir: string): Promise<void> =>
  new Promise((done, fail) => {
    const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
    execFile(process.execPath, ["-e", initialiseScript, entry, resolve(dataDir)], { maxBuffer: 1 << 20 }, (error, _out, stderr) => {
      if (error === null) return done();
      const cause = stderr.trim().split("\n").at(-1) ?? "";
      fail(new Error(cause === "" ? error.message : cause));
    });
  });
