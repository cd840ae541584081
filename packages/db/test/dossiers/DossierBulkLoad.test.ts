import * as LocalDate from "@cchc/domain/LocalDate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Either } from "effect";
import { Database } from "../../src/Database.js";
import { DossierIngest } from "../../src/dossiers/DossierIngest.js";
import { DossierStatistics } from "../../src/dossiers/DossierStatistics.js";
import { units } from "../../src/dossiers/SyntheticDossiers.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { asyncLines, csv, ingestServices, insertUnits, lines, provinceCsv, randomQueries, smallProvince } from "./fixtures.js";

/** Every row of a table in a stable order, as text, to compare two loads cell by cell. */
const snapshot = (table: "dossier" | "dossier_daily" | "dossier_monthly") =>
  Effect.flatMap(Database, ({ raw }) =>
    Effect.promise(async () => {
      const text = `select t::text as row from ${table} t order by 1`;
      const rows =
        raw.kind === "pglite" ? (await raw.pglite.query<{ row: string }>(text)).rows : await raw.sql.unsafe<{ row: string }[]>(text);
      // a normal import may leave a counter row at zero (a version counted, then replaced); that row counts nothing
      return rows.map((r) => r.row).filter((row) => !/^\([^,]*,[^,]*,[^,]*,[^,]*(,0)+\)$/.test(row));
    }),
  );

const sql = (text: string) =>
  Effect.flatMap(Database, ({ raw }) =>
    Effect.promise(async () =>
      raw.kind === "pglite"
        ? (await raw.pglite.query<Record<string, unknown>>(text)).rows
        : await raw.sql.unsafe<Record<string, unknown>[]>(text),
    ),
  );

const emptyTables = sql("truncate dossier, dossier_source, dossier_daily, dossier_monthly");
const keyDefinition = Effect.map(sql("select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'dossier_pk'"), (r) =>
  r.map((c) => c.def).join(";"),
);
const hasKey = Effect.map(sql("select count(*)::integer as n from pg_constraint where conname = 'dossier_pk'"), (r) => Number(r[0]?.n));

/** The same records under other source names (a source is what a bulk load must find empty). */
const renamed = (text: string, prefix: string): string =>
  text
    .split("\n")
    .map((l, i) => (i === 0 ? l : `${prefix}${l}`))
    .join("\n");

describe.each(testDatabases())("dossier bulk first load on $name", (db) => {
  const Test = ingestServices(db.layer);

  layer(Test)("bulk", (it) => {
    it.effect("stores exactly what a normal import stores, counters cell by cell, the key built after into an empty table", () =>
      Effect.gen(function* () {
        const o = smallProvince("BA");
        const text = yield* provinceCsv(o, 4000);
        const ingest = yield* DossierIngest;

        const normal = yield* ingest.ingestCsvStream(asyncLines(text), { batchLines: 900 });
        const expected = {
          dossier: yield* snapshot("dossier"),
          daily: yield* snapshot("dossier_daily"),
          monthly: yield* snapshot("dossier_monthly"),
        };
        expect(expected.daily.length).toBeGreaterThan(100);
        yield* emptyTables;

        const bulk = yield* ingest.bulkLoadCsvStream(asyncLines(text), { batchLines: 700 });
        expect(bulk.lines).toBe(4000);
        expect(bulk.inserted).toBe(normal.inserted);
        expect(bulk.superseded).toBe(4000 - normal.inserted);
        expect(bulk.superseded).toBeGreaterThan(0);
        expect(bulk.keyBuiltAfter).toBe(true);
        expect(yield* keyDefinition).toBe("PRIMARY KEY (dossier_id, source)");
        expect(yield* snapshot("dossier")).toEqual(expected.dossier);
        expect(yield* snapshot("dossier_daily")).toEqual(expected.daily);
        expect(yield* snapshot("dossier_monthly")).toEqual(expected.monthly);

        // the counter changes added during the load, a few hundred cells at a time, end the same
        yield* emptyTables;
        yield* ingest.bulkLoadCsvStream(asyncLines(text), { batchLines: 500, counterCells: 300 });
        expect(yield* snapshot("dossier")).toEqual(expected.dossier);
        expect(yield* snapshot("dossier_daily")).toEqual(expected.daily);
        expect(yield* snapshot("dossier_monthly")).toEqual(expected.monthly);

        // a filter of keys met so small that it takes most first lines for later ones: those keys
        // are inserted from the scratch table, and the load ends the same
        yield* emptyTables;
        const crowded = yield* ingest.bulkLoadCsvStream(asyncLines(text), { batchLines: 700, keyFilterBits: 512 });
        expect(crowded).toEqual(bulk);
        expect(yield* snapshot("dossier")).toEqual(expected.dossier);
        expect(yield* snapshot("dossier_daily")).toEqual(expected.daily);
        expect(yield* snapshot("dossier_monthly")).toEqual(expected.monthly);

        const statistics = yield* DossierStatistics;
        for (const q of randomQueries(o, 20))
          expect(yield* statistics.stats(q.unit, q.window)).toEqual(yield* statistics.scanStats(q.unit, q.window));

        // a later load of another source adds its counts
        const more = yield* ingest.bulkLoadCsvStream(asyncLines(renamed(text, "B2-")));
        expect(more).toMatchObject({ lines: 4000, inserted: normal.inserted, keyBuiltAfter: false });
        for (const q of randomQueries(o, 20, 2))
          expect(yield* statistics.stats(q.unit, q.window)).toEqual(yield* statistics.scanStats(q.unit, q.window));
      }),
    );

    it.effect("keeps each key's latest line: later updatedAt, then the later line; an older later line changes nothing", () =>
      Effect.gen(function* () {
        const o = smallProvince("BV", 5);
        yield* insertUnits(o);
        const unit = units(o)[1]?.code as string;
        // a quoted procedure code makes the line one `decodeLine` reads (not read in place)
        const line = (id: string, channel: string, resolvedAt: string, outcome: string, updatedAt: string, code = "P1") =>
          `BV-SRC,${id},${code},province,${unit},${channel},2022-03-01T08:00:00+07:00,2022-03-10,,${resolvedAt},${outcome},1,0,0,${updatedAt}`;
        const text = csv([
          line("A", "in-person", "2022-03-05T09:00:00+07:00", "resolved", "2022-03-05T09:00:00+07:00"),
          line("A", "post", "", "", "2022-03-01T08:00:00+07:00"), // older: loses
          line("B", "in-person", "", "", "2022-03-02T08:00:00+07:00"),
          line("B", "online-full", "2022-03-12T09:00:00+07:00", "resolved", "2022-03-02T08:00:00+07:00"), // same time: the later line wins
          line("C", "in-person", "", "", "2022-03-01T08:00:00+07:00"),
          line("C", "online-partial", "2022-03-20T09:00:00+07:00", "returned", "2022-03-21T08:00:00+07:00"), // newer: wins
          line("C", "post", "", "", "2022-03-03T08:00:00+07:00", '"P1"'), // between: loses
          line("D", "in-person", "", "", "2022-03-01T08:00:00+07:00"),
          line("D", "post", "", "", "2022-03-04T08:00:00+07:00", '"P1"'), // newer
          line("D", "online-full", "2022-03-06T09:00:00+07:00", "withdrawn", "2022-03-04T08:00:00+07:00"), // same time, later line: wins
          line("D", "in-person", "", "", "2022-03-04T07:00:00+07:00"), // older: loses
        ]);
        // two lines a batch (a key's lines fall in different batches), then all in one batch (a
        // later line replaces its key's row before the COPY, unless a line of the key went to the
        // scratch table before it)
        for (const batchLines of [2, 100]) {
          yield* emptyTables;
          const summary = yield* Effect.flatMap(DossierIngest, (i) => i.bulkLoadCsvStream(asyncLines(text), { batchLines }));
          expect(summary).toMatchObject({ lines: 11, inserted: 4, superseded: 7 });
          const stored = yield* sql("select dossier_id, channel, outcome from dossier where source = 'BV-SRC' order by 1");
          expect(stored).toEqual([
            { dossier_id: "A", channel: "in-person", outcome: "resolved" },
            { dossier_id: "B", channel: "online-full", outcome: "resolved" },
            { dossier_id: "C", channel: "online-partial", outcome: "returned" },
            { dossier_id: "D", channel: "online-full", outcome: "withdrawn" },
          ]);
          // the counters count each key once, as its latest version
          const statistics = yield* DossierStatistics;
          const window = { start: LocalDate.make(2022, 2, 15), end: LocalDate.make(2022, 3, 31) };
          expect(yield* statistics.stats(UnitCode.make(unit), window)).toEqual(yield* statistics.scanStats(UnitCode.make(unit), window));
          const [counted] = yield* sql(
            `select sum(received)::integer as received, sum(finished)::integer as finished, sum(returned)::integer as returned,
               sum(withdrawn)::integer as withdrawn from dossier_daily where unit_code = '${unit}'`,
          );
          expect(counted).toEqual({ received: 4, finished: 4, returned: 1, withdrawn: 1 });
        }
      }),
    );

    it.effect("into an empty record table: the key is dropped for the load, built after, and back after a refusal", () =>
      Effect.gen(function* () {
        const o = smallProvince("BK", 13);
        yield* insertUnits(o);
        yield* emptyTables;
        const ingest = yield* DossierIngest;
        const text = renamed(csv(lines(o, 900)), "BK-");
        // a bad line in the fourth batch: the batches before it go in without the key, then all rolls back
        const cells = text.split("\n");
        cells[700] = (cells[700] as string).replace(/,(in-person|online-full|online-partial|post),/, ",qua-mang,");
        const refused = yield* Effect.either(ingest.bulkLoadCsvStream(asyncLines(cells.join("\n")), { batchLines: 300 }));
        expect(Either.isLeft(refused) && refused.left.issues.map((i) => [i.line, i.field])).toEqual([[701, "channel"]]);
        expect(yield* keyDefinition).toBe("PRIMARY KEY (dossier_id, source)");
        expect(yield* sql("select count(*)::integer as n from dossier")).toEqual([{ n: 0 }]);

        const loaded = yield* ingest.bulkLoadCsvStream(asyncLines(text), { batchLines: 300 });
        expect(loaded).toMatchObject({ lines: 900, keyBuiltAfter: true });
        expect(yield* keyDefinition).toBe("PRIMARY KEY (dossier_id, source)");
        // the key built after refuses a second row of a stored key
        const copy = yield* Effect.either(
          Effect.flatMap(Database, ({ raw }) =>
            Effect.tryPromise(async () => {
              const text = "insert into dossier select * from dossier limit 1";
              if (raw.kind === "pglite") await raw.pglite.query(text);
              else await raw.sql.unsafe(text);
            }),
          ),
        );
        expect(Either.isLeft(copy) && String(copy.left.cause)).toMatch(/dossier_pk/);
        // the table holds records now: the next source's load keeps the key
        const next = yield* ingest.bulkLoadCsvStream(asyncLines(renamed(csv(lines(o, 200)), "BL-")));
        expect(next).toMatchObject({ lines: 200, keyBuiltAfter: false });
      }),
    );

    it.effect("refuses a source that has records, a bad line, an unknown or forbidden unit — and leaves everything as it was", () =>
      Effect.gen(function* () {
        const o = smallProvince("BB", 11);
        yield* insertUnits(o);
        const ingest = yield* DossierIngest;
        const text = renamed(csv(lines(o, 600)), "BB-");
        yield* ingest.bulkLoadCsvStream(asyncLines(text));
        // sources stored by a normal import, streamed or in one batch, are found as taken too
        // (`dossier_source`: the key, dossier id first, cannot find a source by itself)
        yield* ingest.ingestCsvStream(asyncLines(renamed(csv(lines(o, 300)), "BN-")), { batchLines: 100 });
        yield* ingest.ingestCsv(renamed(csv(lines(o, 200)), "BO-"));
        for (const source of ["BN-", "BO-"]) {
          const taken = yield* Effect.either(ingest.bulkLoadCsvStream(asyncLines(renamed(csv(lines(o, 50)), source))));
          expect(Either.isLeft(taken) && taken.left.issues[0]).toMatchObject({ line: 2, field: "source", reason: "source-not-empty" });
        }
        const registered = yield* sql("select source from dossier_source order by 1");
        const stored = yield* sql("select distinct source from dossier order by 1");
        expect(registered).toEqual(stored);
        expect(registered.length).toBeGreaterThanOrEqual(3);

        const before = { dossier: yield* snapshot("dossier"), daily: yield* snapshot("dossier_daily") };

        const again = yield* Effect.either(ingest.bulkLoadCsvStream(asyncLines(text)));
        expect(Either.isLeft(again) && again.left.issues[0]).toMatchObject({ line: 2, field: "source", reason: "source-not-empty" });

        const withCell = (source: string, line: number, cell: number, value: string, count = 600): string => {
          const all = renamed(csv(lines(o, count)), source).split("\n");
          const cells = (all[line - 1] as string).split(",");
          cells[cell] = value;
          all[line - 1] = cells.join(",");
          return all.join("\n");
        };
        const bad = yield* Effect.either(ingest.bulkLoadCsvStream(asyncLines(withCell("BC-", 301, 6, "ngày-sai")), { batchLines: 100 }));
        expect(Either.isLeft(bad) && bad.left.issues.map((i) => [i.line, i.field])).toEqual([[301, "receivedAt"]]);

        // a batch is checked a few thousand lines at a time (the COPY of the previous one streams
        // meanwhile): every bad line of it is still counted and listed in order
        const slices = withCell("BF-", 5502, 7, "2022-02-30", 6000).split("\n");
        slices[9] = (slices[9] as string).replace(/,(in-person|online-full|online-partial|post),/, ",bằng-chim,");
        const many = yield* Effect.either(ingest.bulkLoadCsvStream(asyncLines(slices.join("\n"))));
        expect(Either.isLeft(many) && [many.left.total, many.left.issues.map((i) => [i.line, i.field])]).toEqual([
          2,
          [
            [10, "channel"],
            [5502, "appointmentDate"],
          ],
        ]);

        const unknown = yield* Effect.either(ingest.bulkLoadCsvStream(asyncLines(withCell("BD-", 451, 4, "KHONG.CO"))));
        expect(Either.isLeft(unknown) && unknown.left.issues.map((i) => [i.line, i.reason])).toEqual([[451, "unit-unknown"]]);

        const forbidden = yield* Effect.either(
          ingest.bulkLoadCsvStream(asyncLines(renamed(csv(lines(o, 50)), "BE-")), { allowedUnits: new Set(["BB"]) }),
        );
        expect(Either.isLeft(forbidden) && forbidden.left.issues[0]?.reason).toBe("unit-not-allowed");

        expect(yield* snapshot("dossier")).toEqual(before.dossier);
        expect(yield* snapshot("dossier_daily")).toEqual(before.daily);
        expect(yield* hasKey).toBe(1);
      }),
    );
  });
});
