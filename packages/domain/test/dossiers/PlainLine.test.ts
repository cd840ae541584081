import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as fc from "fast-check";
import { type ColumnIndex, type DossierRow, decodeLine, readHeader } from "../../src/dossiers/DossierCsv.js";
import { fields } from "../../src/dossiers/DossierRecord.js";
import {
  channelNames,
  dayNumberOf,
  levelNames,
  outcomeNames,
  PlainLine,
  plainFields,
  vietnamDayNumber,
} from "../../src/dossiers/PlainLine.js";
import { validInput } from "./arbitraries.js";

const nanOr = (n: number | null): number => (n === null ? Number.NaN : n);

/** What the plain reading gave, in the terms of `DossierRow`. */
const asRow = (p: PlainLine) => ({
  source: p.source,
  dossierId: p.dossierId,
  procedureCode: p.cell(plainFields.procedureCode),
  procedureLevel: levelNames[p.level],
  unitCode: p.unitCode,
  channel: channelNames[p.channel],
  receivedAt: p.cell(plainFields.receivedAt),
  receivedMs: p.receivedMs,
  receivedDay: p.receivedDay,
  appointmentDay: p.appointmentDay,
  extensionDay: p.extensionDay,
  dueDay: p.dueDay,
  resolvedAt: Number.isNaN(p.resolvedMs) ? null : p.cell(plainFields.resolvedAt),
  resolvedMs: p.resolvedMs,
  finishedDay: p.finishedDay,
  outcome: outcomeNames[p.outcome],
  dossierDigitised: p.dossierDigitised,
  resultDigitised: p.resultDigitised,
  paidOnline: p.paidOnline,
  updatedAt: p.updatedAt,
  updatedMs: p.updatedMs,
});

/** The same facts of the row `decodeLine` gives. */
const ofRow = (r: DossierRow) => ({
  source: r.source,
  dossierId: r.dossierId,
  procedureCode: r.procedureCode,
  procedureLevel: r.procedureLevel,
  unitCode: r.unitCode,
  channel: r.channel,
  receivedAt: r.receivedAt,
  receivedMs: r.receivedMs,
  receivedDay: dayNumberOf(r.receivedDay),
  appointmentDay: dayNumberOf(r.appointmentDate),
  extensionDay: r.extensionDate === null ? Number.NaN : dayNumberOf(r.extensionDate),
  dueDay: dayNumberOf(r.dueDay),
  resolvedAt: r.resolvedAt,
  resolvedMs: nanOr(r.resolvedMs),
  finishedDay: r.finishedDay === null ? Number.NaN : dayNumberOf(r.finishedDay),
  outcome: r.outcome,
  dossierDigitised: r.dossierDigitised,
  resultDigitised: r.resultDigitised,
  paidOnline: r.paidOnline,
  updatedAt: r.updatedAt,
  updatedMs: r.updatedMs,
});

const cellsOf = (o: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    fields.map((f) => {
      const v = o[f];
      return [f, v === null || v === undefined ? "" : typeof v === "boolean" ? (v ? "1" : "0") : String(v)];
    }),
  );
const lineOf = (cells: Record<string, string>, order: ReadonlyArray<string>): string => order.map((f) => cells[f]).join(",");

/** Cell values that are valid, invalid, or valid but not in the plain form, for any field. */
const values = [
  "",
  "x",
  " x",
  "a b",
  '"q"',
  "hồ sơ",
  "2022-02-30",
  "2022-02-29",
  "2024-02-29",
  "2000-02-29",
  "1900-02-29",
  "2022-13-01",
  "2022-3-01",
  "2022-03-01",
  "2022-03-02",
  "2022-02-28",
  "2022-03-03",
  "2022-03-05",
  "2022-03-01T08:00:00+07:00",
  "2022-03-01T08:14:59+07:00",
  "2022-03-01T00:30:00Z",
  "2022-02-28T23:30:00Z",
  "2022-03-04T08:00:00+07:00",
  "2022-03-01T08:00:00.250+07:00",
  "2022-03-01 08:00:00+07:00",
  "2022-03-01T08:00:00",
  "2022-03-01T08:00+07:00",
  "2022-03-01T24:00:00+07:00",
  "2022-03-01T08:00:00*07:00",
  "2022-03-01T08:00:00-05:30",
  "0050-03-01T08:00:00+07:00",
  "province",
  "district",
  "Province",
  "post",
  "online-partial",
  "fax",
  "0",
  "1",
  "true",
  "false",
  "yes",
  "DT.Y",
  "DT..Y",
  "DT.Y.",
  "-DT",
  "DT-1.X2",
  "dt.y",
  "resolved",
  "returned",
  "rejected",
  "r".repeat(201),
  "r".repeat(200),
];

describe("PlainLine", () => {
  const index = Either.getOrThrow(readHeader(fields.join(",")));

  it("takes the common form of a line, with the row decodeLine gives", () => {
    const p = new PlainLine(index);
    const line = lineOf(cellsOf(validInput), fields);
    expect(p.read(line)).toBe(true);
    expect(asRow(p)).toEqual(ofRow(Either.getOrThrow(decodeLine(line, index))));
    expect(p.receivedDay).toBe(dayNumberOf("2022-03-01"));
    expect(vietnamDayNumber(Date.parse("2022-02-28T17:00:00Z"))).toBe(dayNumberOf("2022-03-01"));
  });

  it("never takes a line decodeLine refuses, and gives decodeLine's row for every line it takes, in any column order", () => {
    const damage = fc.record({
      changes: fc.array(fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...values)), { minLength: 0, maxLength: 3 }),
      order: fc.shuffledSubarray([...fields], { minLength: fields.length, maxLength: fields.length }),
      extra: fc.constantFrom("", "", "", "", ",", ",x", "\r"),
    });
    let taken = 0;
    let refused = 0;
    fc.assert(
      fc.property(damage, ({ changes, order, extra }) => {
        const cells = cellsOf(validInput);
        for (const [f, v] of changes) cells[f] = v;
        const columns: ColumnIndex = Either.getOrThrow(readHeader(order.join(",")));
        const line = lineOf(cells, order) + extra;
        const p = new PlainLine(columns);
        const decoded = decodeLine(line, columns);
        if (p.read(line)) {
          taken++;
          expect(Either.isRight(decoded), line).toBe(true);
          if (Either.isRight(decoded)) expect(asRow(p), line).toEqual(ofRow(decoded.right));
        } else if (Either.isLeft(decoded)) refused++;
      }),
      { numRuns: 10_000 },
    );
    // both kinds of line were generated
    expect(taken).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(100);
  });

  it("reads days by the calendar: leap years, month ends, day numbers", () => {
    expect(dayNumberOf("1970-01-01")).toBe(0);
    expect(dayNumberOf("2000-03-01") - dayNumberOf("2000-02-28")).toBe(2);
    expect(dayNumberOf("1900-03-01") - dayNumberOf("1900-02-28")).toBe(1);
    expect(dayNumberOf("2022-06-14")).toBe(Date.UTC(2022, 5, 14) / 86_400_000);
    expect(dayNumberOf("2022-02-29")).toBeNaN();
    expect(dayNumberOf("2022-04-31")).toBeNaN();
    expect(dayNumberOf("2022-4-30")).toBeNaN();
  });
});
