import { describe, expect, it } from "@effect/vitest";
import { Either, Schema } from "effect";
import { DossierRecord, decode, messageVi, parseTimestamp, toFacts, vietnamDay } from "../../src/dossiers/DossierRecord.js";
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
