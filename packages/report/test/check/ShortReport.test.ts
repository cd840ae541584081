import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/check/CheckReport.js";
import { consistentReport, defectiveReport } from "../fixtures/shortReport.js";

// The seed-free counterpart of CheckReport.test.ts: a short report written for the test with one
// defect of every class, so that a plain clone tests every rule of the checker end to end.
const result = checkReport(defectiveReport);
const rules = (rule: string) => result.findings.filter((f) => f.rule === rule);
const highlighted = (f: { index: number; length: number }) => defectiveReport.slice(f.index, f.index + f.length);

describe("checkReport on a short report written for the test", () => {
  it("reads the quarter's window from the title and the report date from the header", () => {
    expect(result.period).toEqual({ code: "2023-Q1", start: "2022-12-15", end: "2023-03-14", source: "text" });
    expect(result.reportDate).toBe("2023-03-16");
  });

  it("finds parts that exceed their total and a total its parts do not add up to", () => {
    const [exceed] = rules("parts-exceed-total");
    expect(exceed?.message).toContain("3 + 2 + 0 = 5");
    expect(highlighted(exceed as never)).toMatch(/^4 nhiệm vụ/u);
    const [sum] = rules("total-parts-mismatch");
    expect(sum?.severity).toBe("error");
    expect(sum?.message).toContain("950");
    expect(highlighted(sum as never)).toMatch(/^1\.000; trong đó/u);
  });

  it("finds a rate that does not follow from its amounts", () => {
    expect(rules("rate-mismatch").map((f) => [f.excerpt, f.suggestion])).toEqual([["52,0%", "50,0%"]]);
    expect(rules("rate-mismatch")[0]?.message).toContain("500.000.000 đồng / 1.000.000.000 đồng = 50,0%");
  });

  it("finds an event dated outside the period", () => {
    expect(rules("date-outside-period").map((f) => [f.excerpt, f.severity, f.line])).toEqual([
      ["Ngày 20 tháng 02 năm 2021", "warning", 17],
    ]);
  });

  it("finds the missing section III and proposes the renumbered title", () => {
    expect(rules("numbering-gap").map((f) => [f.excerpt, f.suggestion])).toEqual([
      ["IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II NĂM 2023"],
    ]);
  });

  it("finds each class of misspelling: an area's name, a missing accent, a system's name, a heading", () => {
    expect(rules("term-misspelled").map((f) => [highlighted(f), f.suggestion])).toEqual([
      ["thủ ché", "thể chế"],
      ["cung cố", "củng cố"],
      ["Công Thông tin điện tử", "Cổng Thông tin điện tử"],
      ["Noi nhận", "Nơi nhận"],
    ]);
  });

  it("reports nothing else, and nothing at all once the defects are corrected", () => {
    expect(result.findings).toHaveLength(1 + 1 + 1 + 1 + 1 + 4);
    expect(checkReport(consistentReport).findings).toEqual([]);
  });
});
