import type { LocalDate } from "@cchc/domain/LocalDate";
import { describe, expect, it } from "vitest";
import * as DateRule from "../../src/check/DateRule.js";
import * as Prose from "../../src/check/Prose.js";

const period = { start: "2021-12-15" as LocalDate, end: "2022-06-14" as LocalDate };
const check = (text: string, reportDate: string | null = "2022-06-10") =>
  DateRule.check(Prose.make(text), { period, reportDate: reportDate as LocalDate | null, skip: new Set() });

describe("DateRule", () => {
  it("flags an event after the period and proposes the period's year", () => {
    const [f, ...rest] = check("Ngày 28 tháng 4 năm 2024, Tổ Kiểm tra đã tiến hành kiểm tra các phòng.");
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "date-outside-period",
      severity: "error",
      confidence: "certain",
      column: 1,
      suggestion: "Ngày 28 tháng 4 năm 2022",
    });
  });

  it("flags an event after the report date inside the period", () => {
    const [f] = check("Ngày 12/6/2022, đơn vị tổ chức hội nghị.");
    expect(f).toMatchObject({ rule: "date-after-report", excerpt: "12/6/2022" });
  });

  it("skips dates of cited documents, even long before the period", () => {
    const text =
      "Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh; Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 của Chính phủ; Quyết định số 36/QĐ-VPUBND ngày 27/4/2022.";
    expect(check(text)).toEqual([]);
  });

  it("skips deadlines, plans and month mentions, and dates inside the period", () => {
    expect(check("Kết quả được tổng hợp trong tháng 9 năm 2022 và gửi trước ngày 30/9/2022.")).toEqual([]);
    expect(check("Nhiệm vụ 6 tháng cuối năm 2022; dự kiến ngày 15/8/2022 tổ chức hội nghị.")).toEqual([]);
    expect(check("+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.923.692.615 đồng.")).toEqual([]);
  });

  it("accepts future dates in the section of directions and tasks ahead", () => {
    expect(check("V. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2022\n\n1. Tổ chức hội nghị sơ kết vào ngày 20/7/2022.")).toEqual([]);
    expect(check("II. KẾT QUẢ THỰC HIỆN\n\n1. Tổ chức hội nghị sơ kết vào ngày 20/7/2022.")).toHaveLength(1);
  });

  it("flags an event before the period only as a likely warning, and not when it cites a document", () => {
    const [f] = check("Ngày 20/11/2021, Tổ Kiểm tra làm việc tại đơn vị.");
    expect(f).toMatchObject({ rule: "date-outside-period", severity: "warning", confidence: "likely" });
    expect(check("Ngày 20/11/2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính.")).toEqual([]);
  });

  it("takes a date in a table column headed «Thời hạn» as a deadline, and still checks the other columns", () => {
    const table = [
      "| STT | Nhiệm vụ | Thời hạn | Ngày thực hiện |",
      "| :---: | :--- | :---: | :---: |",
      "| 1 | Tự kiểm tra công tác cải cách hành chính | 30/11/2022 | 28/4/2024 |",
    ].join("\n");
    const findings = check(table);
    expect(findings.map((f) => f.excerpt)).toEqual(["28/4/2024"]);
    expect(check("| 1 | Tổ chức hội nghị | 30/11/2022 |")).toHaveLength(1);
  });

  it("checks only the report date when the period is unknown", () => {
    const r = DateRule.check(Prose.make("Ngày 12/6/2022, hội nghị. Ngày 28/4/2024, kiểm tra."), {
      period: null,
      reportDate: null,
      skip: new Set(),
    });
    expect(r).toEqual([]);
  });
});
