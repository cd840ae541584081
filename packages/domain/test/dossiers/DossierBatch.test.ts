import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import { checkCsv, checkJsonLines, checkRecords, maxBatchLines } from "../../src/dossiers/DossierBatch.js";
import { header } from "../../src/dossiers/DossierCsv.js";
import { validInput } from "./arbitraries.js";

const line = (o: Record<string, unknown>) =>
  Object.values(o)
    .map((v) => (v === null ? "" : typeof v === "boolean" ? (v ? "1" : "0") : String(v)))
    .join(",");

describe("DossierBatch", () => {
  it("accepts a good CSV batch and keeps the line numbers", () => {
    const text = `${header}\n${line(validInput)}\n\n${line({ ...validInput, dossierId: "B" })}\n`;
    const batch = Either.getOrThrow(checkCsv(text));
    expect(batch.rows).toHaveLength(2);
    expect(batch.lines).toEqual([2, 4]);
  });

  it("names every bad line with field and Vietnamese reason, and refuses the whole batch", () => {
    const bad = { ...validInput, appointmentDate: "2022-02-01" };
    const text = [header, line(validInput), line(bad), line({ ...validInput, channel: "" })].join("\n");
    const refused = Either.getLeft(checkCsv(text));
    expect(refused._tag).toBe("Some");
    if (refused._tag === "Some" && refused.value._tag === "DossierBatchInvalid") {
      expect(refused.value.total).toBe(2);
      expect(refused.value.issues.map((i) => [i.line, i.field, i.reason])).toEqual([
        [3, "appointmentDate", "appointment-before-received"],
        [4, "channel", "missing"],
      ]);
      expect(refused.value.issues[0]?.message).toBe("Dòng 3: appointmentDate: ngày hẹn trả trước ngày tiếp nhận (giá trị: 2022-02-01)");
    }
  });

  it("refuses a batch over the limit before reading it", () => {
    const text = [header, line(validInput), line(validInput), line(validInput)].join("\n");
    expect(Either.getLeft(checkCsv(text, 2))).toMatchObject({ _tag: "Some", value: { _tag: "DossierBatchTooLarge", lines: 3, limit: 2 } });
    expect(maxBatchLines).toBe(50_000);
  });

  it("checks JSON lines and parsed records the same way", () => {
    const text = `${JSON.stringify(validInput)}\nnot json\n${JSON.stringify({ ...validInput, unitCode: "dt.x" })}`;
    const refused = Either.getLeft(checkJsonLines(text));
    expect(refused).toMatchObject({
      _tag: "Some",
      value: {
        total: 2,
        issues: [
          { line: 2, field: "line" },
          { line: 3, field: "unitCode", reason: "invalid" },
        ],
      },
    });
    const ok = Either.getOrThrow(checkRecords([validInput]));
    expect(ok.rows[0]).toEqual(Either.getOrThrow(checkCsv(`${header}\n${line(validInput)}`)).rows[0]);
  });
});
