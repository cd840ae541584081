import type { LocalDate } from "@cchc/domain/LocalDate";
import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";
import * as ReportPeriod from "../../src/check/ReportPeriod.js";

const read = (text: string, options: ReportPeriod.ReportTimeOptions = {}) => ReportPeriod.read(Prose.make(text), options);

describe("ReportPeriod", () => {
  it("reads the period from the title with the regime's dates when no cut-off is written", () => {
    const t = read("Đồng Tháp, ngày 05 tháng 3 năm 2022\n\nBÁO CÁO\n\nKết quả cải cách hành chính quý I năm 2022\n\nI. KẾT QUẢ");
    expect(t.period).toEqual({ code: "2022-Q1", start: "2021-12-15", end: "2022-03-14", source: "text" });
    expect(t.reportDate).toBe("2022-03-05");
    expect(read("BÁO CÁO\n\nquý I năm 2022", { regime: "calendar" }).period?.end).toBe("2022-03-31");
  });

  it("names a cut-off without a label by the period it matches", () => {
    expect(read("BÁO CÁO\n\nSố liệu tính từ 15/12/2021 đến 14/6/2022").period?.code).toBe("2022-H1");
    expect(read("BÁO CÁO\n\nSố liệu tính từ 01/01/2022 đến 20/6/2022").period?.code).toBe("2022-01-01/2022-06-20");
  });

  it("prefers what the caller gives", () => {
    const t = read("Đồng Tháp, ngày 10 tháng 6 năm 2022\n\n6 tháng đầu năm 2022", {
      period: "2022-Y",
      reportDate: "2022-12-20" as LocalDate,
    });
    expect(t.period).toEqual({ code: "2022-Y", start: "2021-12-15", end: "2022-12-14", source: "given" });
    expect(t.reportDate).toBe("2022-12-20");
  });

  it("returns nulls for a text without a header", () => {
    expect(read("Nội dung không có tiêu đề.")).toMatchObject({ period: null, reportDate: null });
  });
});
