import { describe, expect, it } from "@effect/vitest";
import { Either, Schema } from "effect";
import * as fc from "fast-check";
import { DossierRecord, decode, messageVi, parseCommonAt, parseTimestamp, toFacts, vietnamDay } from "../../src/dossiers/DossierRecord.js";
import { validInput } from "./arbitraries.js";

const refusal = (input: unknown) => Either.getLeft(decode(input)).pipe((o) => (o._tag === "Some" ? o.value : undefined));

describe("DossierRecord", () => {
  it("decodes a valid record and reduces it to Vietnam days", () => {
    const r = Either.getOrThrow(decode(validInput));
    expect(toFacts(r)).toMatchObject({ receivedDay: "2022-03-01", dueDay: "2022-03-04", finishedDay: "2022-03-03", extended: false });
    expect(Schema.is(DossierRecord)(r)).toBe(true);
  });

  it("reads timestamps without offset as Vietnam time and puts late-UTC instants on the next Vietnam day", () => {
    expect(parseTimestamp("2022-03-01T08:15:00")).toBe(Date.UTC(2022, 2, 1, 1, 15));
    expect(vietnamDay(parseTimestamp("2022-06-14T17:30:00Z") as number)).toBe("2022-06-15");
    expect(parseTimestamp("2022-02-30T08:00:00Z")).toBeUndefined();
    expect(parseTimestamp("01/03/2022")).toBeUndefined();
  });

  it("refuses impossible dates with the field and the reason", () => {
    expect(refusal({ ...validInput, resolvedAt: "2022-03-01T08:00:00+07:00" })).toMatchObject({
      field: "resolvedAt",
      reason: "resolved-before-received",
    });
    expect(refusal({ ...validInput, appointmentDate: "2022-02-28" })).toMatchObject({
      field: "appointmentDate",
      reason: "appointment-before-received",
    });
    expect(refusal({ ...validInput, extensionDate: "2022-03-03" })).toMatchObject({
      field: "extensionDate",
      reason: "extension-before-appointment",
    });
    expect(refusal({ ...validInput, outcome: null })).toMatchObject({ field: "outcome", reason: "resolved-without-outcome" });
    expect(refusal({ ...validInput, resolvedAt: null })).toMatchObject({ field: "resolvedAt", reason: "outcome-without-resolved" });
    expect(Schema.is(DossierRecord)({ ...validInput, appointmentDate: "2022-02-28" })).toBe(false);
  });

  it("names missing and invalid fields, with a Vietnamese message", () => {
    const { dossierId: _, ...noId } = validInput;
    const missing = refusal(noId);
    expect(missing).toMatchObject({ _tag: "DossierRecordInvalid", field: "dossierId", reason: "missing" });
    const bad = refusal({ ...validInput, channel: "fax" });
    expect(bad).toMatchObject({ field: "channel", reason: "invalid", value: "fax" });
    expect(messageVi(bad as never)).toBe("channel: giá trị không hợp lệ (giá trị: fax)");
    expect(messageVi(refusal({ ...validInput, appointmentDate: "2022-02-28" }) as never)).toContain("ngày hẹn trả trước ngày tiếp nhận");
  });

  it("judges a dossier with an extension against the new date", () => {
    const r = Either.getOrThrow(decode({ ...validInput, extensionDate: "2022-03-10", resolvedAt: "2022-03-08T09:00:00+07:00" }));
    expect(toFacts(r)).toMatchObject({ dueDay: "2022-03-10", extended: true });
  });
});

describe("parseCommonAt", () => {
  /** The reading by Date.UTC it replaces (two-digit years included). */
  const byDate = (y: number, mo: number, d: number, h: number, mi: number, s: number, offsetMs: number): number | undefined =>
    mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate() || h > 23 || mi > 59 || s > 59
      ? undefined
      : Date.UTC(y, mo - 1, d, h, mi, s) - offsetMs;
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("reads the common form to the same instant as Date.UTC, leap days, two-digit years and offsets included", () => {
    fc.assert(
      fc.property(
        fc.record({
          y: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1890, max: 2110 }), fc.integer({ min: 0, max: 9999 })),
          mo: fc.integer({ min: 0, max: 13 }),
          d: fc.integer({ min: 0, max: 32 }),
          h: fc.integer({ min: 0, max: 24 }),
          mi: fc.integer({ min: 0, max: 60 }),
          s: fc.integer({ min: 0, max: 60 }),
          zone: fc.constantFrom("Z", "+07:00", "-05:30", "+00:00", "+14:00"),
        }),
        ({ y, mo, d, h, mi, s, zone }) => {
          const text = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}T${pad(h, 2)}:${pad(mi, 2)}:${pad(s, 2)}${zone}`;
          const sign = zone === "Z" ? 0 : zone.startsWith("-") ? -1 : 1;
          const offsetMs = sign * (Number(zone.slice(1, 3)) * 3_600_000 + Number(zone.slice(4, 6)) * 60_000);
          const padded = `..${text}..`;
          expect(parseCommonAt(padded, 2, text.length), text).toBe(byDate(y, mo, d, h, mi, s, offsetMs));
          expect(parseTimestamp(text), text).toBe(byDate(y, mo, d, h, mi, s, offsetMs));
        },
      ),
      { numRuns: 5000 },
    );
    expect(parseCommonAt("2024-02-29T00:00:00Z", 0, 20)).toBe(Date.UTC(2024, 1, 29));
    expect(parseCommonAt("2023-02-29T00:00:00Z", 0, 20)).toBeUndefined();
    expect(parseCommonAt("0000-02-29T00:00:00Z", 0, 20)).toBeUndefined();
    // the days remembered (years 1800–2199) and those computed each time, read twice
    for (const [y, mo, d] of [
      [1799, 12, 31],
      [1800, 1, 1],
      [1800, 12, 31],
      [2199, 12, 31],
      [2200, 1, 1],
      [2022, 1, 1],
      [2022, 12, 31],
    ] as const) {
      const text = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}T23:59:59+07:00`;
      for (let i = 0; i < 2; i++) expect(parseCommonAt(text, 0, 25), text).toBe(Date.UTC(y, mo - 1, d, 16, 59, 59));
    }
  });
});
