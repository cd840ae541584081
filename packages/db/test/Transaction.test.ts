import { describe, expect, layer } from "@effect/vitest";
import { Data, Deferred, Effect, Exit, Fiber } from "effect";
import { sql } from "kysely";
import { Database } from "../src/Database.js";
import { retryLostRaces, type Trx } from "../src/Transaction.js";
import { testDatabases } from "../src/testing/TestDatabases.js";

class Refused extends Data.TaggedError("Refused")<{ readonly n: number }> {}

const insert = (trx: Trx, n: number) => Effect.promise(() => sql`insert into tx_probe (n) values (${n})`.execute(trx));
const stored = Effect.flatMap(Database, ({ kysely }) =>
  Effect.promise(() => sql<{ n: number }>`select n from tx_probe order by n`.execute(kysely)),
).pipe(Effect.map((r) => r.rows.map((x) => x.n)));
const reset = Effect.flatMap(Database, ({ kysely }) =>
  Effect.promise(async () => {
    await sql`create table if not exists tx_probe (n int primary key)`.execute(kysely);
    await sql`delete from tx_probe`.execute(kysely);
  }),
);

describe.each(testDatabases())("Database.transaction on $name", (db) => {
  layer(db.layer)("transactions", (it) => {
    it.effect("commits on success; rolls back on a failure, a defect and an interruption", () =>
      Effect.gen(function* () {
        yield* reset;
        expect(yield* Database.transaction((trx) => Effect.as(insert(trx, 1), "done"))).toBe("done");
        const failed = yield* Effect.exit(
          Database.transaction((trx) => Effect.zipRight(insert(trx, 2), Effect.fail(new Refused({ n: 2 })))),
        );
        expect(failed).toEqual(Exit.fail(new Refused({ n: 2 })));
        const died = yield* Effect.exit(Database.transaction((trx) => Effect.zipRight(insert(trx, 3), Effect.die("boom"))));
        expect(Exit.isFailure(died)).toBe(true);
        const inserted = yield* Deferred.make<void>();
        const fiber = yield* Effect.fork(
          Database.transaction((trx) =>
            insert(trx, 4).pipe(Effect.zipRight(Deferred.succeed(inserted, undefined)), Effect.zipRight(Effect.never)),
          ),
        );
        yield* Deferred.await(inserted);
        yield* Fiber.interrupt(fiber);
        expect(yield* stored).toEqual([1]);
        // the connection is free again after each outcome
        yield* Database.transaction((trx) => insert(trx, 5));
        expect(yield* stored).toEqual([1, 5]);
      }),
    );

    it.effect("a transaction that dies of a lost race runs again", () =>
      Effect.gen(function* () {
        yield* reset;
        let attempts = 0;
        const once = Database.transaction((trx) =>
          Effect.zipRight(
            insert(trx, 10),
            Effect.suspend(() => {
              attempts += 1;
              return attempts < 3 ? Effect.die({ code: "40001" }) : Effect.void;
            }),
          ),
        );
        yield* retryLostRaces(once, 4);
        expect(attempts).toBe(3);
        expect(yield* stored).toEqual([10]);
        const other = yield* Effect.exit(
          retryLostRaces(
            Database.transaction(() => Effect.die(new Error("other"))),
            4,
          ),
        );
        expect(Exit.isFailure(other)).toBe(true);
      }),
    );
  });
});
