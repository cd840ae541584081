import { checkCsv } from "@cchc/domain/dossiers/DossierBatch";
import { type DossierRow, header } from "@cchc/domain/dossiers/DossierCsv";
import { toIndicatorValues } from "@cchc/domain/dossiers/DossierIndicators";
import type { DossierFacts } from "@cchc/domain/dossiers/DossierRecord";
import { compute, violations } from "@cchc/domain/dossiers/DossierStats";
import * as LocalDate from "@cchc/domain/LocalDate";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { describe, expect, layer } from "@effect/vitest";
import { Effect, Either } from "effect";
import { sql } from "kysely";
import { Database } from "../../src/Database.js";
import { DossierIngest } from "../../src/dossiers/DossierIngest.js";
import { DossierStatistics } from "../../src/dossiers/DossierStatistics.js";
import { type SyntheticOptions, units } from "../../src/dossiers/SyntheticDossiers.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";
import { asyncLines, csv, ingestServices, insertUnits, lines, provinceCsv, randomQueries, smallProvince } from "./fixtures.js";

const withoutUnit = <T extends { unitCode: string }>(s: T) => ({ ...s, unitCode: "" });

/** The latest version per key, as the reference for the stored state. */
const latest = (text: string): DossierRow[] => {
  const batch = Either.getOrThrow(checkCsv(text, Number.MAX_SAFE_INTEGER));
  const byKey = new Map<string, DossierRow>();
  for (const r of batch.rows) {
    const key = `${r.source}|${r.dossierId}`;
    const old = byKey.get(key);
    if (old === undefined || r.updatedAt > old.updatedAt) byKey.set(key, r);
  }
  return [...byKey.values()];
};
const facts = (r: DossierRow): DossierFacts => ({ ...r, extended: r.extensionDate !== null });

describe.each(testDatabases())("dossier ingest and statistics on $name", (db) => {
  const Test = ingestServices(db.layer);

  layer(Test)("ingest", (it) => {
    it.effect("statistics from the counters equal a plain scan and the domain definition", () =>
      Effect.gen(function* () {
        const o = smallProvince("TA");
        const text = yield* provinceCsv(o, 3000);
        const ingest = yield* DossierIngest;
        const summary = yield* ingest.ingestCsvStream(asyncLines(text), { batchLines: 700 });
        expect(summary.batches).toBe(5);
        expect(summary.lines).toBe(3000);
        expect(summary.inserted + summary.updated + summary.unchanged).toBe(3000);
        expect(summary.updated).toBeGreaterThan(0);

        const statistics = yield* DossierStatistics;
        for (const q of randomQueries(o, 25)) {
          const fromCounters = yield* statistics.stats(q.unit, q.window);
          expect(fromCounters).toEqual(yield* statistics.scanStats(q.unit, q.window));
          expect(violations(fromCounters.total)).toEqual([]);
        }
        // windows that start or end exactly on the days a record changes state
        const rows = latest(text);
        const late = rows.filter((r) => r.finishedDay === null || r.finishedDay > r.dueDay);
        for (const r of [...late.slice(0, 12), ...rows.slice(0, 6)]) {
          const windows = [
            { start: LocalDate.addDays(r.dueDay, -20), end: r.dueDay },
            { start: r.receivedDay, end: LocalDate.addDays(r.dueDay, 1) },
            ...(r.finishedDay === null
              ? []
              : [
                  { start: r.finishedDay, end: LocalDate.addDays(r.finishedDay, 45) },
                  { start: o.from, end: r.finishedDay },
                ]),
          ];
          for (const w of windows) expect(yield* statistics.stats(UnitCode.make("TA"), w)).toEqual(compute("TA", w, rows.map(facts)));
        }
        const h1 = { start: LocalDate.make(2022, 1, 15), end: LocalDate.make(2022, 4, 14) };
        const root = yield* statistics.stats(UnitCode.make("TA"), h1);
        expect(root).toEqual(compute("TA", h1, latest(text).map(facts)));
        expect(root.total.carriedOver).toBeGreaterThan(0);
        expect(root.total.resolvedByTimeliness.late).toBeGreaterThan(0);
        expect(root.total.pendingByState.overdue).toBeGreaterThan(0);

        // adjacent periods chain
        const next = { start: LocalDate.make(2022, 4, 15), end: LocalDate.make(2022, 5, 14) };
        expect((yield* statistics.stats(UnitCode.make("TA"), next)).total.carriedOver).toBe(root.total.pending);

        const values = yield* statistics.indicatorValues(UnitCode.make("TA"), h1);
        expect(values).toEqual(toIndicatorValues(root));
        expect(values.find((v) => v.indicator === "tthc.hoso.tiepnhanmoi" && v.disaggregation === "channel=online")?.value).toBe(
          root.total.newByGroup.online,
        );
        const rates = yield* statistics.serviceIndicators(UnitCode.make("TA"), h1);
        expect(rates.find((r) => r.code === "tthc.hoso.dunghan.tyle")?.denominator).toBe(root.total.resolved);
      }),
    );

    it.effect("importing the same batch twice changes nothing", () =>
      Effect.gen(function* () {
        const o = smallProvince("TB", 11);
        const text = yield* provinceCsv(o, 1500);
        const ingest = yield* DossierIngest;
        const statistics = yield* DossierStatistics;
        const first = yield* ingest.ingestCsv(text);
        const w = { start: LocalDate.make(2022, 2, 15), end: LocalDate.make(2022, 5, 14) };
        const before = yield* statistics.stats(UnitCode.make("TB"), w);
        const second = yield* ingest.ingestCsv(text);
        expect(first.inserted).toBeGreaterThan(0);
        expect(second).toMatchObject({ inserted: 0, updated: 0, unchanged: 1500 });
        expect(yield* statistics.stats(UnitCode.make("TB"), w)).toEqual(before);
      }),
    );

    it.effect("out-of-order updates end the same as in-order ones", () =>
      Effect.gen(function* () {
        const inOrder = smallProvince("TC", 23);
        const reversed = smallProvince("TD", 23);
        yield* insertUnits(inOrder);
        yield* insertUnits(reversed);
        const ingest = yield* DossierIngest;
        const statistics = yield* DossierStatistics;
        yield* ingest.ingestCsv(csv(lines(inOrder, 1500)));
        // later versions first, one line a batch for part of it so the stored version is replaced
        const rev = lines(reversed, 1500).reverse();
        yield* ingest.ingestCsv(csv(rev.slice(0, 1000)));
        for (const chunk of [rev.slice(1000, 1250), rev.slice(1250)]) yield* ingest.ingestCsv(csv(chunk));
        for (const q of randomQueries(inOrder, 10, 5)) {
          const a = yield* statistics.stats(q.unit, q.window);
          const b = yield* statistics.stats(UnitCode.make(q.unit.replace(/^TC/, "TD")), q.window);
          expect(withoutUnit(b)).toEqual(withoutUnit(a));
        }
      }),
    );

    it.effect("lines read in place and lines decoded as rows mix in one batch, in both imports, with the same result", () =>
      Effect.gen(function* () {
        const [plain, mixed, bulk] = ["TM", "TN", "TO"].map((root) => smallProvince(root, 41)) as [
          SyntheticOptions,
          SyntheticOptions,
          SyntheticOptions,
        ];
        for (const o of [plain, mixed, bulk]) yield* insertUnits(o);
        // every other line's source quoted: not the common form, so checked by decodeLine, same row
        const quoted = (o: SyntheticOptions, prefix = "") =>
          lines(o, 2000).map((line, i) =>
            i % 2 === 0 ? `${prefix}${line}` : `"${prefix}${line.slice(0, line.indexOf(","))}"${line.slice(line.indexOf(","))}`,
          );
        const ingest = yield* DossierIngest;
        const statistics = yield* DossierStatistics;
        const a = yield* ingest.ingestCsvStream(asyncLines(csv(lines(plain, 2000))), { batchLines: 600 });
        const b = yield* ingest.ingestCsvStream(asyncLines(csv(quoted(mixed))), { batchLines: 600 });
        // a bulk load takes only sources without records: the same sources renamed
        const c = yield* ingest.bulkLoadCsvStream(asyncLines(csv(quoted(bulk, "B"))), { batchLines: 600 });
        expect(b).toEqual(a);
        expect(a.updated + c.superseded).toBeGreaterThan(0);
        expect(c.inserted).toBe(a.inserted);
        for (const q of randomQueries(plain, 12, 9)) {
          // the counters, and the records themselves (a scan)
          const expected = withoutUnit(yield* statistics.stats(q.unit, q.window));
          expect(withoutUnit(yield* statistics.scanStats(q.unit, q.window))).toEqual(expected);
          for (const root of ["TN", "TO"]) {
            const unit = UnitCode.make(q.unit.replace(/^TM/, root));
            expect(withoutUnit(yield* statistics.stats(unit, q.window))).toEqual(expected);
            expect(withoutUnit(yield* statistics.scanStats(unit, q.window))).toEqual(expected);
          }
        }
      }),
    );

    it.effect("a key another writer stores during a streamed import of a new source is found again, not stored twice", () =>
      Effect.gen(function* () {
        const o = smallProvince("TP", 43);
        yield* insertUnits(o);
        const ingest = yield* DossierIngest;
        const statistics = yield* DossierStatistics;
        const all = lines(o, 1500);
        const keyOf = (line: string) => line.split(",").slice(0, 2).join(",");
        // a dossier first named in the third batch, which another writer stores (an earlier version) during the second
        const at = all.findIndex((line, i) => i >= 1000 && !all.slice(0, i).some((l) => keyOf(l) === keyOf(line)));
        const target = all[at] as string;
        const earlier = [...target.split(",").slice(0, 14), "2021-01-01T00:00:00+07:00"].join(",");
        async function* source(): AsyncGenerator<string> {
          yield csv([]);
          for (const [i, line] of all.entries()) {
            if (i === 700) await Effect.runPromise(ingest.ingestCsv(csv([earlier])));
            yield line;
          }
        }
        const summary = yield* ingest.ingestCsvStream(source(), { batchLines: 500 });
        expect(summary.batches).toBe(3);
        expect(summary.updated).toBeGreaterThanOrEqual(1);
        const { kysely } = yield* Database;
        const [source_, id] = target.split(",") as [string, string];
        const stored = yield* Effect.promise(() =>
          sql<{
            n: number;
            updated: string;
          }>`select count(*)::int as n, max(to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI')) as updated
            from dossier where source = ${source_} and dossier_id = ${id}`.execute(kysely),
        );
        expect(stored.rows[0]?.n).toBe(1);
        // the file's version, not the other writer's earlier one
        const updatedAt = target.split(",")[14] as string;
        expect(stored.rows[0]?.updated).toBe(new Date(updatedAt).toISOString().slice(0, 16).replace("T", " "));
        for (const q of randomQueries(o, 10, 3))
          expect(yield* statistics.stats(q.unit, q.window)).toEqual(yield* statistics.scanStats(q.unit, q.window));
      }),
    );

    it.effect("a batch with a bad line or an unknown unit stores nothing and names the line", () =>
      Effect.gen(function* () {
        const o = smallProvince("TE", 31);
        yield* insertUnits(o);
        const ingest = yield* DossierIngest;
        const statistics = yield* DossierStatistics;
        const good = lines(o, 200);
        const w = { start: LocalDate.make(2021, 12, 15), end: LocalDate.make(2022, 6, 14) };
        const empty = yield* statistics.stats(UnitCode.make("TE"), w);

        const cells = (good[41] as string).split(",");
        cells[9] = "2021-01-01T08:00:00+07:00"; // resolvedAt long before receipt
        cells[10] = "resolved";
        const bad = [...good.slice(0, 41), cells.join(","), ...good.slice(42)];
        const refused = yield* Effect.flip(ingest.ingestCsv(csv(bad)));
        expect(refused._tag).toBe("DossierBatchInvalid");
        if (refused._tag === "DossierBatchInvalid") {
          expect(refused.issues[0]).toMatchObject({ line: 43, field: "resolvedAt", reason: "resolved-before-received" });
          expect(refused.issues[0]?.message).toContain("Dòng 43");
        }
        const unknown = good.map((l, i) => (i === 99 ? l.replace(/,TE[.A-Z0-9]*,/, ",TE.NOWHERE,") : l));
        const refusedUnit = yield* Effect.flip(ingest.ingestCsv(csv(unknown)));
        expect(refusedUnit).toMatchObject({
          _tag: "DossierBatchInvalid",
          issues: [{ line: 101, field: "unitCode", reason: "unit-unknown" }],
        });
        expect(yield* statistics.stats(UnitCode.make("TE"), w)).toEqual(empty);

        const stream = yield* Effect.flip(ingest.ingestCsvStream(asyncLines(csv(bad)), { batchLines: 30 }));
        expect(stream).toMatchObject({ _tag: "DossierBatchInvalid", issues: [{ line: 43 }] });
        // the batch with line 43 (lines 32–61) and the later ones are not stored
        const partial = yield* statistics.stats(UnitCode.make("TE"), w);
        expect(partial.total.received).toBeLessThanOrEqual(30);
        expect(Either.isLeft(checkCsv(`${header}\n${"x,".repeat(14)}x\n`.repeat(1), 0))).toBe(true);
      }),
    );

    it.effect(
      "keys with quotes, backslashes, commas and Vietnamese are found again, and a newer version replaces the stored one whole",
      () =>
        Effect.gen(function* () {
          const o = smallProvince("TF", 37);
          yield* insertUnits(o);
          const { kysely } = yield* Database;
          const ingest = yield* DossierIngest;
          const unit = units(o)[0]?.code as string;
          const line = (id: string, updated: string, outcome: string) =>
            [
              '"Một cửa ""tỉnh"", mới"',
              id,
              "1.001",
              "province",
              unit,
              "online-full",
              "2022-03-01T08:15:00.123456+07:00",
              "2022-03-05",
              "",
              "2022-03-04T16:00:00.5Z",
              outcome,
              "1",
              "0",
              "1",
              updated,
            ].join(",");
          const ids = ['"hồ sơ ""1"""', '"a\\b, c"', "plain-3"];
          const first = yield* ingest.ingestCsv(csv(ids.map((id) => line(id, "2022-03-04T16:00:01+07:00", "resolved"))));
          expect(first).toMatchObject({ inserted: 3, updated: 0 });
          const again = yield* ingest.ingestCsv(
            csv(ids.map((id, i) => line(id, i === 1 ? "2022-03-04T16:00:02.000001+07:00" : "2022-03-04T16:00:01+07:00", "returned"))),
          );
          expect(again).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
          const stored = yield* Effect.promise(() =>
            sql<{ source: string; dossier_id: string; outcome: string; received: string; resolved: string; updated: string }>`
            select source, dossier_id, outcome, to_char(received_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as received,
              to_char(resolved_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as resolved,
              to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') as updated
            from dossier where unit_code = ${unit} order by dossier_id`.execute(kysely),
          );
          expect(stored.rows).toEqual(
            [
              { dossier_id: 'hồ sơ "1"', outcome: "resolved", updated: "2022-03-04 09:00:01.000000" },
              { dossier_id: "a\\b, c", outcome: "returned", updated: "2022-03-04 09:00:02.000001" },
              { dossier_id: "plain-3", outcome: "resolved", updated: "2022-03-04 09:00:01.000000" },
            ]
              .map((r) => ({
                source: 'Một cửa "tỉnh", mới',
                received: "2022-03-01 01:15:00.123456",
                resolved: "2022-03-04 16:00:00.500000",
                ...r,
              }))
              .sort((a, b) => (a.dossier_id < b.dossier_id ? -1 : 1)),
          );
        }),
    );

    it.effect("refuses an unknown unit and an inverted window", () =>
      Effect.gen(function* () {
        const statistics = yield* DossierStatistics;
        const w = { start: LocalDate.make(2022, 1, 1), end: LocalDate.make(2022, 1, 31) };
        expect((yield* Effect.flip(statistics.stats(UnitCode.make("NOPE"), w)))._tag).toBe("OrgUnitNotFound");
        expect((yield* Effect.flip(statistics.stats(UnitCode.make("NOPE"), { start: w.end, end: w.start })))._tag).toBe(
          "DossierWindowInvalid",
        );
      }),
    );
  });
});
