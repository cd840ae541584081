import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "@effect/vitest";
import { Effect, Exit, Layer, ManagedRuntime } from "effect";
import { sql } from "kysely";
import { Database } from "../src/Database.js";
import { holdsDatabase, initialiseApart } from "../src/PgliteFolder.js";

const root = mkdtempSync(join(tmpdir(), "cchc-pglite-folder-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const setting = (name: string) =>
  Effect.flatMap(Database, ({ kysely }) =>
    Effect.promise(() => sql<{ v: string }>`select current_setting(${name}) as v`.execute(kysely)),
  ).pipe(Effect.map((r) => r.rows[0]?.v));

describe("the embedded database's folder", () => {
  it("a new folder is created by a separate process, then opened here with the embedded settings; its data stays", async () => {
    const dataDir = join(root, "new");
    expect(holdsDatabase(dataDir)).toBe(false);
    const first = ManagedRuntime.make(Database.layer({ kind: "pglite", dataDir }));
    expect(await first.runPromise(setting("shared_buffers"))).toBe("32MB");
    expect(holdsDatabase(dataDir)).toBe(true);
    await first.runPromise(
      Effect.flatMap(Database, ({ kysely }) =>
        Effect.promise(() =>
          kysely.insertInto("org_unit").values({ code: "T1", name: "Đơn vị thử", kind: "province", parent_code: null }).execute(),
        ),
      ),
    );
    await first.dispose();
    // opened again (no initialisation this time): the row is there, the settings too
    const again = ManagedRuntime.make(Database.layer({ kind: "pglite", dataDir }));
    const names = await again.runPromise(
      Effect.flatMap(Database, ({ kysely }) =>
        Effect.promise(() => kysely.selectFrom("org_unit").select("name").where("code", "=", "T1").execute()),
      ),
    );
    expect(names).toEqual([{ name: "Đơn vị thử" }]);
    expect(await again.runPromise(setting("shared_buffers"))).toBe("32MB");
    await again.dispose();
  });

  it("the separate process leaves a database in the folder and nothing of it in this process", async () => {
    const dataDir = join(root, "apart");
    const before = process.memoryUsage().external;
    await initialiseApart(dataDir);
    expect(holdsDatabase(dataDir)).toBe(true);
    // PGlite's WebAssembly heap (external memory, ≥ 128 MB when created here) stayed in the child
    expect(process.memoryUsage().external - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("a folder left half-made by an interrupted first start (files, no PG_VERSION) is created again and opened", async () => {
    // what killing the creating process before its end leaves (checked by hand at 1,2–3,9 s): initdb writes PG_VERSION last
    const dataDir = join(root, "half-made");
    mkdirSync(join(dataDir, "base"), { recursive: true });
    writeFileSync(join(dataDir, "postgresql.conf"), "# cut short\n");
    const runtime = ManagedRuntime.make(Database.layer({ kind: "pglite", dataDir }));
    expect(await runtime.runPromise(setting("shared_buffers"))).toBe("32MB");
    expect(holdsDatabase(dataDir)).toBe(true);
    await runtime.dispose();
  });

  it("the in-memory database has the same buffer pool", async () => {
    const memory = ManagedRuntime.make(Database.layer({ kind: "pglite", dataDir: "memory" }));
    expect(await memory.runPromise(setting("shared_buffers"))).toBe("32MB");
    await memory.dispose();
  });

  it("a folder the separate process cannot create is refused with its cause, and the open fails naming the folder", async () => {
    const file = join(root, "a-file");
    writeFileSync(file, "không phải thư mục");
    await expect(initialiseApart(file)).rejects.toThrow(/ErrnoError 54/);
    const inside = join(file, "data");
    const exit = await Effect.runPromiseExit(Layer.build(Database.layer({ kind: "pglite", dataDir: inside })).pipe(Effect.scoped));
    expect(Exit.isFailure(exit)).toBe(true);
    expect(String(Exit.isFailure(exit) ? exit.cause : "")).toContain(`Không mở được cơ sở dữ liệu PGlite tại ${inside}`);
  });
});
