import { fields } from "@cchc/domain/dossiers/DossierRecord";
import { describe, expect, it } from "vitest";
import { ApiFailure } from "../src/api/Http";
import { batchesOf, planImport, refusalsOf } from "../src/dossiers/CsvImport";
import { runBulkLoad, runImport } from "../src/dossiers/ImportRun";

const header = fields.join(",");
const row = (id: string) =>
  `motcua,${id},1.001,province,DT.VPUBND,online-full,2022-02-01T08:00:00+07:00,2022-02-10,,2022-02-08T10:00:00+07:00,resolved,1,1,0,2022-02-08T10:00:00+07:00`;

describe("planImport", () => {
  it("maps Vietnamese and differently cased headings to the API's field names and keeps each line's number in the file", () => {
    const vi = ["Nguồn", "Mã hồ sơ", ...fields.slice(2).map((f) => f.toUpperCase())].join(",");
    const read = planImport(`\uFEFF${vi}\r\n${row("A1")}\r\n\r\n${row("A2")}\r\n`);
    if (!("plan" in read)) throw new Error("refused");
    expect(read.plan.header).toBe(header);
    expect(read.plan.lines.map((l) => l.line)).toEqual([2, 4]);
    expect(read.plan.lines[1]?.text).toBe(row("A2"));
  });

  it("refuses a header with an unknown column or one missing, as line 1, in Vietnamese", () => {
    const unknown = planImport(`${header},ghichu\n${row("A1")}`);
    expect("refusal" in unknown && unknown.refusal).toMatchObject({ line: 1, message: expect.stringMatching(/^Dòng 1: header: .*ghichu/) });
    const missing = planImport(`${fields.filter((f) => f !== "channel").join(",")}\n`);
    expect("refusal" in missing && missing.refusal.message).toMatch(/^Dòng 1: channel: /);
  });
});

describe("batches and refusals", () => {
  const read = planImport([header, row("A1"), "", row("A2"), row("A3"), row("A4"), row("A5")].join("\n"));
  const plan = "plan" in read ? read.plan : { header, lines: [] };

  it("cuts the file into batches each starting with the header, remembering the file's lines", () => {
    const batches = batchesOf(plan, 2);
    expect(batches.map((b) => b.lines)).toEqual([[2, 4], [5, 6], [7]]);
    expect(batches[1]?.csv).toBe([header, row("A3"), row("A4")].join("\n"));
  });

  it("renumbers the API's line numbers (within the batch, header = 1) with the file's", () => {
    const batch = batchesOf(plan, 2)[1];
    if (!batch) throw new Error("no batch");
    const refusals = refusalsOf(batch, [
      { line: 3, field: "channel", reason: "invalid", message: "Dòng 3: channel: giá trị không hợp lệ (giá trị: fax)" },
      { nonsense: true },
    ]);
    expect(refusals).toEqual([{ line: 6, message: "Dòng 6: channel: giá trị không hợp lệ (giá trị: fax)" }]);
  });

  it("sends every batch, sums what was stored and lists the refused batch with the file's line numbers", async () => {
    const sent: string[] = [];
    const progress: number[] = [];
    const final = await runImport(
      async (csv) => {
        sent.push(csv);
        if (csv.includes("A3"))
          throw new ApiFailure({
            status: 400,
            code: "DOSSIER_BATCH_INVALID",
            message: "Lô hồ sơ có 1 dòng không hợp lệ",
            details: [{ line: 2, field: "receivedAt", reason: "invalid", message: "Dòng 2: receivedAt: không hợp lệ" }],
          });
        return { lines: 2, inserted: 1, updated: 1, unchanged: 0 };
      },
      plan,
      (s) => progress.push(s.sent),
      2,
    );
    expect(sent).toHaveLength(3);
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(final.stored).toEqual({ lines: 4, inserted: 2, updated: 2, unchanged: 0 });
    expect(final.refused).toEqual([{ from: 5, to: 6, refusals: [{ line: 5, message: "Dòng 5: receivedAt: không hợp lệ" }] }]);
    expect(final.stopped).toBeNull();
  });

  it("stops at a failure that is not about lines (no right to the unit)", async () => {
    const final = await runImport(
      async () => {
        throw new ApiFailure({ status: 403, code: "ACCESS_DENIED", message: "Không có quyền" });
      },
      plan,
      () => undefined,
      2,
    );
    expect(final.sent).toBe(0);
    expect(final.stopped).toBeInstanceOf(ApiFailure);
  });

  it("sends a first load whole, in one request, and tells the stored dossiers from the earlier versions", async () => {
    const sent: string[] = [];
    const final = await runBulkLoad(
      async (csv) => {
        sent.push(csv);
        return { lines: 5, inserted: 4, superseded: 1, keyBuiltAfter: true };
      },
      plan,
      () => undefined,
    );
    expect(sent).toEqual([[header, ...plan.lines.map((l) => l.text)].join("\n")]);
    expect(final.stored).toEqual({ lines: 5, inserted: 4, updated: 0, unchanged: 0 });
    expect(final.superseded).toBe(1);
    expect([final.batches, final.sent, final.refused, final.stopped]).toEqual([1, 1, [], null]);
  });

  it("lists a refused first load's bad lines with the file's numbers (blank lines left out of what is sent)", async () => {
    const final = await runBulkLoad(
      async () => {
        throw new ApiFailure({
          status: 400,
          code: "DOSSIER_BATCH_INVALID",
          message: "Nguồn đã có hồ sơ",
          details: [{ line: 4, field: "source", reason: "source-not-empty", message: "Dòng 4: source: nguồn đã có hồ sơ" }],
        });
      },
      plan,
      () => undefined,
    );
    expect(final.stored.lines).toBe(0);
    expect(final.refused).toEqual([{ from: 2, to: 7, refusals: [{ line: 5, message: "Dòng 5: source: nguồn đã có hồ sơ" }] }]);
  });
});
