import { DossierBatchInvalid } from "@cchc/domain/dossiers/DossierBatch";
import { describe, expect, layer } from "@effect/vitest";
import { Data, Deferred, Effect, Either, Exit, Fiber, Layer } from "effect";
import { sql } from "kysely";
import { Database } from "../../src/Database.js";
import { type BulkTransaction, withBulkTransaction } from "../../src/dossiers/BulkTransaction.js";
import { DossierIngest } from "../../src/dossiers/DossierIngest.js";
import { csvHeader } from "../../src/dossiers/SyntheticDossiers.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

class Refused extends Data.TaggedError("Refused")<{ readonly n: number }> {}

const insert = (tx: BulkTransaction, n: number) => tx.query("insert into bulk_probe (n) values ($1)", [n]);
const stored = Effect.flatMap(Database, ({ kysely }) =>
  Effect.promise(() => sql<{ n: number }>`select n from bulk_probe order by n`.execute(kysely)),
).pipe(Effect.map((r) => r.rows.map((x) => x.n)));

const refusal = new DossierBatchInvalid({
  issues: [{ line: 3, field: "line", reason: "encoding-invalid", value: "", message: "Dòng 3: không phải văn bản UTF-8" }],
  total: 1,
});

/** Lines of a body: the header, then `rest`, then (when `refuse`) the refusal a body reader throws (`apps/api` BulkBody). */
const body = (rest: ReadonlyArray<string>, refuse: boolean) => {
  const state = { finished: false };
  async function* lines(): AsyncGenerator<string> {
    try {
      yield csvHeader;
      yield* rest;
      if (refuse) throw refusal;
    } finally {
      state.finished = true;
    }
  }
  return { state, lines: lines() };
};

const storedDossiers = Effect.flatMap(Database, ({ kysely }) =>
  Effect.promise(() => sql<{ n: number }>`select count(*)::int as n from dossier`.execute(kysely)),
).pipe(Effect.map((r) => r.rows[0]?.n));

describe.each(testDatabases())("withBulkTransaction on $name", (db) => {
  layer(DossierIngest.layer.pipe(Layer.provideMerge(db.layer)))("bulk transactions", (it) => {
    it.effect("commits on success; rolls back on a failure, a defect and an interruption; the connection is free after each", () =>
      Effect.gen(function* () {
        const { kysely, raw } = yield* Database;
        yield* Effect.promise(() => sql`create table if not exists bulk_probe (n int primary key)`.execute(kysely));
        expect(yield* withBulkTransaction(raw, (tx) => Effect.as(insert(tx, 1), "done"))).toBe("done");
        const failed = yield* Effect.exit(
          withBulkTransaction(raw, (tx) => Effect.zipRight(insert(tx, 2), Effect.fail(new Refused({ n: 2 })))),
        );
        expect(failed).toEqual(Exit.fail(new Refused({ n: 2 })));
        const died = yield* Effect.exit(withBulkTransaction(raw, (tx) => Effect.zipRight(insert(tx, 3), Effect.die("boom"))));
        expect(Exit.isFailure(died)).toBe(true);
        // a statement the database refuses is a defect, and the transaction still ends
        const broken = yield* Effect.exit(withBulkTransaction(raw, (tx) => Effect.zipRight(insert(tx, 4), insert(tx, 4))));
        expect(Exit.isFailure(broken)).toBe(true);
        const inserted = yield* Deferred.make<void>();
        const fiber = yield* Effect.fork(
          withBulkTransaction(raw, (tx) =>
            insert(tx, 5).pipe(Effect.zipRight(Deferred.succeed(inserted, undefined)), Effect.zipRight(Effect.never)),
          ),
        );
        yield* Deferred.await(inserted);
        yield* Fiber.interrupt(fiber);
        expect(yield* stored).toEqual([1]);
        yield* withBulkTransaction(raw, (tx) => insert(tx, 6));
        expect(yield* stored).toEqual([1, 6]);
      }),
    );

    it.effect("a refusal thrown by the lines is a typed failure; a refused load lets its unread lines go; nothing is stored", () =>
      Effect.gen(function* () {
        const ingest = yield* DossierIngest;
        for (const run of [
          (lines: AsyncIterable<string>) => Effect.asVoid(ingest.bulkLoadCsvStream(lines)),
          (lines: AsyncIterable<string>) => Effect.asVoid(ingest.ingestCsvStream(lines, { batchLines: 1 })),
        ]) {
          const thrown = body([], true);
          expect(yield* Effect.either(run(thrown.lines))).toEqual(Either.left(refusal));
          const early = body(["not,a,record", "more", "lines"], false);
          const refused = yield* Effect.either(run(early.lines));
          expect(Either.isLeft(refused) && refused.left.issues[0]?.line).toBe(2);
          expect(early.state.finished).toBe(true);
        }
        expect(yield* storedDossiers).toBe(0);
      }),
    );
  });
});
