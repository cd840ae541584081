import { type DossierRow, decodeLine, readHeader } from "@cchc/domain/dossiers/DossierCsv";
import { parseTimestamp } from "@cchc/domain/dossiers/DossierRecord";
import { PlainLine } from "@cchc/domain/dossiers/PlainLine";
import { describe, expect, it, layer } from "@effect/vitest";
import { Effect, Either } from "effect";
import { Database } from "../../src/Database.js";
import { ChunkPool } from "../../src/dossiers/BinaryTuples.js";
import { withBulkTransaction } from "../../src/dossiers/BulkTransaction.js";
import { rowLine } from "../../src/dossiers/DossierMerge.js";
import { recordColumns, recordTypes } from "../../src/dossiers/DossierSql.js";
import { postgresDays, postgresMicros, RecordTuples } from "../../src/dossiers/RecordTuples.js";
import { csvLines, provinceOptions } from "../../src/dossiers/SyntheticDossiers.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

const header = readHeader(
  "source,dossierId,procedureCode,procedureLevel,unitCode,channel,receivedAt,appointmentDate,extensionDate,resolvedAt,outcome,dossierDigitised,resultDigitised,paidOnline,updatedAt",
).pipe(Either.getOrThrow);

/** Lines at the edges of what the check accepts: quoting, Vietnamese text, offsets, fractions, days before 2000 and 1970. */
const lines = [
  "MOTCUA,DT-1,1.001,province,DT,in-person,2022-03-01T08:15:00+07:00,2022-03-05,,2022-03-04T16:00:00+07:00,resolved,1,1,0,2022-03-04T16:00:01+07:00",
  '"Một cửa, tỉnh","hồ sơ ""đặc biệt"" số 2",Thủ tục Đất đai,district,DT.H01,online-full,2022-03-01T08:15:00Z,2022-03-01,2022-03-10,,,0,0,1,2022-03-01T08:15:00.5Z',
  "MOTCUA,DT-3,1.003,commune,DT.H01.X01,post,2022-03-01 08:15:00.123456-05:30,2022-03-02,,2022-03-09T23:59:59.999999+07:00,returned,true,false,true,2022-03-10T00:00:00.000001+07:00",
  "MOTCUA,DT-4,1.004,province,DT,online-partial,2022-03-01T08:15,2022-03-01,,,,0,0,0,2022-03-01T08:15:00",
  "CU,DT-5,1.005,province,DT,in-person,1999-12-31T23:59:59.999999Z,2000-01-01,2000-02-29,2000-01-01T00:00:00Z,withdrawn,0,1,0,2000-01-01T00:00:00.1+0700",
  "CU,DT-6,1.006,province,DT,in-person,1969-07-20T20:17:40Z,1969-07-21,,1969-07-21T02:56:15.25Z,rejected,1,0,1,1969-07-21T02:56:16+07:00",
];

const rows: DossierRow[] = lines.map((l) => decodeLine(l, header).pipe(Either.getOrThrow));

const columns = recordColumns.join(", ");
const table = (name: string) => `create temp table ${name} (${recordColumns.map((c) => `${c} ${recordTypes[c]}`).join(", ")})`;

describe("RecordTuples: PostgreSQL's binary forms", () => {
  it("counts microseconds and days from 2000-01-01 UTC", () => {
    const micros = (text: string) => postgresMicros(text, parseTimestamp(text) as number);
    expect(micros("2000-01-01T00:00:00Z")).toBe(0);
    expect(micros("2000-01-01T07:00:00.000001+07:00")).toBe(1);
    expect(micros("1999-12-31T23:59:59.5Z")).toBe(-500_000);
    expect(micros("2022-03-01T08:15")).toBe(Date.UTC(2022, 2, 1, 1, 15) * 1000 - Date.UTC(2000, 0, 1) * 1000);
    expect(postgresDays("2000-01-01")).toBe(0);
    expect(postgresDays("1999-12-31")).toBe(-1);
    expect(postgresDays("2022-03-01")).toBe(8095);
  });
});

describe("RecordTuples of lines read in place", () => {
  it("writes the same bytes as the record decodeLine gives, for every line PlainLine takes", () => {
    const synthetic = [...csvLines({ ...provinceOptions, seed: 7 }, 3000)];
    const plain = new PlainLine(header);
    const fromPlain = new RecordTuples();
    const fromRows = new RecordTuples();
    let taken = 0;
    for (const line of [...lines, ...synthetic]) {
      if (!plain.read(line)) continue;
      taken++;
      fromPlain.pushPlain(plain);
      fromRows.push(decodeLine(line, header).pipe(Either.getOrThrow));
    }
    // every synthetic line, and the one edge line in the common form (the first)
    expect(taken).toBe(synthetic.length + 1);
    expect(Buffer.concat(fromPlain.chunks())).toEqual(Buffer.concat(fromRows.chunks()));
  });
  it("writes into chunks given back by an earlier batch the same bytes as into new ones", () => {
    const synthetic = [...csvLines({ ...provinceOptions, seed: 11 }, 20_000)];
    const decoded = synthetic.map((l) => decodeLine(l, header).pipe(Either.getOrThrow));
    const pool = new ChunkPool();
    const earlier = new RecordTuples(pool);
    for (const r of decoded.slice(0, 10_000)) earlier.push(r);
    const earlierChunks = earlier.chunks();
    expect(earlierChunks.length).toBeGreaterThan(3); // header, chunks, trailer
    earlier.release();
    const later = new RecordTuples(pool);
    const fresh = new RecordTuples();
    for (const r of decoded.slice(10_000)) {
      later.push(r);
      fresh.push(r);
    }
    expect(Buffer.concat(later.chunks())).toEqual(Buffer.concat(fresh.chunks()));
    // the later batch wrote over the earlier one's chunks: they were used again
    const earlierData = earlierChunks.slice(1, -1);
    const laterData = later.chunks().slice(1, -1);
    const earlierBuffers = new Set(earlierData.map((c) => c.buffer));
    expect(laterData.filter((c) => earlierBuffers.has(c.buffer)).length).toBe(Math.min(laterData.length, earlierData.length));
  });
});

describe.each(testDatabases())("RecordTuples on $name", (db) => {
  layer(db.layer)("binary COPY", (t) => {
    t.effect("stores exactly what the CSV COPY of the same rows stores, and reads a row back as PostgreSQL reads it", () =>
      Effect.gen(function* () {
        const { raw } = yield* Database;
        const tuples = new RecordTuples();
        for (const r of rows) tuples.push(r);
        expect(tuples.size).toBe(rows.length);
        const [differences, readBack] = yield* withBulkTransaction(raw, (tx) =>
          Effect.gen(function* () {
            yield* tx.query(table("by_binary"));
            yield* tx.query(table("by_text"));
            yield* tx.copy(
              `copy by_binary (${columns}) from stdin with (format binary)`,
              `copy by_binary (${columns}) from '/dev/blob' with (format binary)`,
              tuples.chunks(),
            );
            yield* tx.copy(
              `copy by_text (${columns}) from stdin with (format csv)`,
              `copy by_text (${columns}) from '/dev/blob' with (format csv)`,
              rows.map(rowLine),
            );
            const differences = yield* tx.query<{ n: number }>(
              `select (select count(*) from (select * from by_binary except select * from by_text) a)::int
                + (select count(*) from (select * from by_text except select * from by_binary) b)::int
                + abs((select count(*) from by_binary) - ${rows.length})::int as n`,
            );
            // the rows read back, typed by PostgreSQL as the update of replaced versions types them
            const readBack = yield* tx.query<{ n: number }>(
              `select count(*)::int as n from (
                select * from json_to_recordset($1::text::json) as s(${recordColumns.map((c) => `${c} ${recordTypes[c]}`).join(", ")})
                except select * from by_text) d`,
              [JSON.stringify(rows.map((_, i) => tuples.record(i)))],
            );
            return [differences[0]?.n, readBack[0]?.n] as const;
          }),
        );
        expect(differences).toBe(0);
        expect(readBack).toBe(0);
      }),
    );

    t.effect("sends only the rows kept, scattered or in runs across chunks", () =>
      Effect.gen(function* () {
        const { raw } = yield* Database;
        const tuples = new RecordTuples();
        // enough rows for several one-megabyte chunks
        const many = Array.from({ length: 12_000 }, (_, i) => ({ ...(rows[i % rows.length] as DossierRow), dossierId: `K-${i}` }));
        for (const r of many) tuples.push(r);
        for (const keep of [(i: number) => i % 7 === 3, (i: number) => i % 1000 !== 0, () => true]) {
          const kept = yield* withBulkTransaction(raw, (tx) =>
            Effect.gen(function* () {
              yield* tx.query(table("kept"));
              yield* tx.copy(
                `copy kept (${columns}) from stdin with (format binary)`,
                `copy kept (${columns}) from '/dev/blob' with (format binary)`,
                tuples.chunksOf(keep),
              );
              const ids = yield* tx.query<{ dossier_id: string }>("select dossier_id from kept");
              yield* tx.query("drop table kept");
              return ids;
            }),
          );
          const expected = many.filter((_, i) => keep(i)).map((r) => r.dossierId);
          expect(kept.map((k) => k.dossier_id).sort()).toEqual([...expected].sort());
        }
        expect(tuples.record(11_999).dossier_id).toBe("K-11999");
      }),
    );
  });
});
