import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { sql } from "kysely";
import { AccountRepo } from "../../src/accounts/AccountRepo.js";
import { SessionRepo } from "../../src/accounts/SessionRepo.js";
import { TokenRepo } from "../../src/accounts/TokenRepo.js";
import { Versions } from "../../src/cache/Versions.js";
import { Database } from "../../src/Database.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

const sync = Effect.flatMap(Versions, (v) => v.sync);
const exec = (q: (k: (typeof Database.Service)["kysely"]) => Promise<unknown>) =>
  Effect.flatMap(Database, ({ kysely }) => Effect.promise(() => q(kysely)));

describe.each(testDatabases())("cache versions on $name", (db) => {
  const Test = Layer.mergeAll(Versions.layer, AccountRepo.layer, SessionRepo.layer, TokenRepo.layer).pipe(Layer.provideMerge(db.layer));

  layer(Test)("triggers and the shared read", (it) => {
    it.effect("moves reference with a unit, data and the (unit, period) version with its narrative, in the write's transaction", () =>
      Effect.gen(function* () {
        const versions = yield* Versions;
        const before = yield* sync;
        yield* exec((k) => sql`insert into org_unit (code, name, kind) values ('VX', 'Đơn vị thử', 'province')`.execute(k));
        const afterUnit = yield* sync;
        expect(afterUnit.reference).toBeGreaterThan(before.reference);
        expect(afterUnit.data).toBe(before.data);
        expect(yield* versions.dataVersion(UnitCode.make("VX"), PeriodCode.make("2022-H1"))).toBe(0);

        const write = (text: string) =>
          exec((k) =>
            k.transaction().execute(async (tx) => {
              await sql`insert into narrative (unit_code, period_code, section, text, updated_by, updated_at, version)
                values ('VX', '2022-H1', 'I', ${text}, 'thử', now(), 1)
                on conflict (unit_code, period_code, section) do update set text = excluded.text`.execute(tx);
              // inside the transaction, before commit: the counters have not moved yet (deferred to commit)
              const row = await sql<{ data: number }>`select data from cache_epoch`.execute(tx);
              return Number(row.rows[0]?.data);
            }),
          );
        const insideBefore = yield* write("một");
        expect(insideBefore).toBe(afterUnit.data);
        const afterWrite = yield* sync;
        expect(afterWrite.data).toBeGreaterThan(afterUnit.data);
        expect(yield* versions.dataVersion(UnitCode.make("VX"), PeriodCode.make("2022-H1"))).toBe(1);
        yield* write("hai");
        yield* sync;
        expect(yield* versions.dataVersion(UnitCode.make("VX"), PeriodCode.make("2022-H1"))).toBe(2);
        expect(yield* versions.dataVersion(UnitCode.make("VX"), PeriodCode.make("2022-Q1"))).toBe(0);
        // a rolled-back write moves nothing
        const beforeRollback = (yield* sync).data;
        const rolled = yield* Effect.either(
          exec((k) =>
            k.transaction().execute(async (tx) => {
              await sql`update narrative set text = 'ba' where unit_code = 'VX'`.execute(tx);
              throw new Error("bỏ");
            }),
          ).pipe(Effect.catchAllDefect((e) => Effect.fail(e))),
        );
        expect(rolled._tag).toBe("Left");
        expect((yield* sync).data).toBe(beforeRollback);
        expect(yield* versions.dataVersion(UnitCode.make("VX"), PeriodCode.make("2022-H1"))).toBe(2);
      }),
    );

    it.effect("moves auth when a session or token ends or a role changes, not when one starts or is used", () =>
      Effect.gen(function* () {
        const accounts = yield* AccountRepo;
        const sessions = yield* SessionRepo;
        const tokens = yield* TokenRepo;
        const user = yield* accounts.create({ username: "phien.thu", displayName: "Phiên thử", password: "mat-khau-dai-12" });
        const s0 = (yield* sync).auth;
        const opened = yield* sessions.open(user.id);
        expect((yield* sync).auth).toBe(s0);
        const created = yield* tokens.create({
          userId: user.id,
          name: "thử",
          scopes: ["read"],
          unit: "*",
          expiresAt: null,
          createdBy: null,
        });
        const t0 = (yield* sync).auth;
        expect(yield* tokens.resolve(created.secret)).toBeDefined();
        expect((yield* sync).auth).toBe(t0);
        yield* sessions.close(opened.secret);
        const s1 = (yield* sync).auth;
        expect(s1).toBeGreaterThan(t0);
        yield* tokens.revoke(created.info.id);
        const s2 = (yield* sync).auth;
        expect(s2).toBeGreaterThan(s1);
        yield* accounts.grant(user.id, { role: "viewer", unit: "*" });
        const s3 = (yield* sync).auth;
        expect(s3).toBeGreaterThan(s2);
        yield* accounts.setPassword(user.id, "mat-khau-moi-123");
        expect((yield* sync).auth).toBeGreaterThan(s3);
      }),
    );

    it.effect("answers every caller from a read that started after its call, sharing reads under load", () =>
      Effect.gen(function* () {
        const versions = yield* Versions;
        const start = (yield* sync).reference;
        // 50 concurrent callers, a change committed between two waves: the second wave sees it
        const first = yield* Effect.all(
          Array.from({ length: 50 }, () => sync),
          { concurrency: "unbounded" },
        );
        expect(first.every((e) => e.reference === start)).toBe(true);
        yield* exec((k) => sql`update cache_epoch set reference = reference + 1`.execute(k));
        const second = yield* Effect.all(
          Array.from({ length: 50 }, () => sync),
          { concurrency: "unbounded" },
        );
        expect(second.every((e) => e.reference === start + 1)).toBe(true);
        yield* versions.bump("reference");
        expect((yield* sync).reference).toBe(start + 2);
        expect(versions.current().reference).toBe(start + 2);
      }),
    );
  });
});

describe("cache versions on the embedded database (one process holds it)", () => {
  const Test = Versions.layer.pipe(Layer.provideMerge(Database.layer({ kind: "pglite", dataDir: "memory" })));

  layer(Test)("reads the counters again only after a write", (it) => {
    it.effect("a read moves nothing; a write, a commit and a raw command each make the next sync read", () =>
      Effect.gen(function* () {
        const { raw } = yield* Database;
        if (raw.kind !== "pglite") throw new Error("PGlite expected");
        let epochReads = 0;
        const query = raw.pglite.query.bind(raw.pglite);
        raw.pglite.query = ((text: string, ...rest: []) => {
          if (text.includes("cache_epoch") && /^\s*select/i.test(text)) epochReads++;
          return query(text, ...rest);
        }) as typeof raw.pglite.query;

        const first = yield* sync;
        const reads = epochReads;
        yield* exec((k) => k.selectFrom("org_unit").selectAll().execute());
        expect(yield* sync).toBe(first);
        expect(epochReads).toBe(reads);

        const w0 = raw.writes.count();
        yield* exec((k) => sql`insert into org_unit (code, name, kind) values ('VY', 'Đơn vị thử', 'province')`.execute(k));
        expect(raw.writes.count()).toBeGreaterThan(w0);
        const afterInsert = yield* sync;
        expect(afterInsert.reference).toBeGreaterThan(first.reference);
        expect(epochReads).toBe(reads + 1);

        yield* exec((k) => k.transaction().execute((tx) => sql`update org_unit set name = 'Đổi tên' where code = 'VY'`.execute(tx)));
        expect((yield* sync).reference).toBeGreaterThan(afterInsert.reference);

        const beforeExec = (yield* sync).reference;
        yield* Effect.promise(() => raw.pglite.exec("update cache_epoch set reference = reference + 1"));
        expect((yield* sync).reference).toBe(beforeExec + 1);
        expect(yield* sync).toBe(yield* sync);
      }),
    );
  });
});
