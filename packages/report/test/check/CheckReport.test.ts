import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { checkReport } from "../../src/check/CheckReport.js";
import { CheckResult } from "../../src/check/Finding.js";
import { hasSeed, seedBlock, seedLine, seedText } from "../seedText.js";

const result = checkReport(seedText);
const byRule = (rule: string) => result.findings.filter((f) => f.rule === rule);
const highlighted = (f: { index: number; length: number }) => seedText.slice(f.index, f.index + f.length);

describe.skipIf(!hasSeed)(seedBlock("checkReport on the seed report"), () => {
  it("reads the period and the report date from the header", () => {
    expect(result.period).toEqual({ code: "2022-H1", start: "2021-12-15", end: "2022-06-14", source: "text" });
    expect(result.reportDate).toBe("2022-06-10");
  });

  it("finds the tasks whose parts exceed their total (across the broken line)", () => {
    const [f, ...rest] = byRule("parts-exceed-total");
    expect(rest).toEqual([]);
    expect(f?.severity).toBe("error");
    expect(f?.line).toBe(seedLine("Tỉnh có 4 nhiệm vụ"));
    expect(f?.message).toContain("35 + 9 + 0 = 44");
    expect(highlighted(f as never)).toMatch(/^4 nhiệm vụ được Chính phủ.*35 nhiệm vụ giải\n\nquyết.*không có nhiệm vụ$/su);
    expect(byRule("total-parts-mismatch")).toEqual([]);
  });

  it("finds the one wrong rate 49,5% and accepts 46,6%, 98,5% and 64,3%", () => {
    const rates = byRule("rate-mismatch");
    expect(rates.map((f) => [f.excerpt, f.suggestion, f.line])).toEqual([["49,5%", "49,4%", seedLine("đạt tỷ lệ: 49,5%")]]);
    expect(rates[0]?.message).toContain("4.923.692.615 đồng / 9.961.000.000 đồng = 49,4%");
  });

  it("finds the event dated two years after the period and nothing else", () => {
    const dates = [...byRule("date-outside-period"), ...byRule("date-after-report")];
    expect(dates.map((f) => [f.rule, f.excerpt, f.severity, f.suggestion])).toEqual([
      ["date-outside-period", "Ngày 28 tháng 4 năm 2024", "error", "Ngày 28 tháng 4 năm 2022"],
    ]);
  });

  it("finds the missing section IV once and proposes renumbering", () => {
    expect(byRule("numbering-repeat")).toEqual([]);
    const gaps = byRule("numbering-gap");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]?.line).toBe(seedLine("V. PHƯƠNG HƯỚNG"));
    expect(gaps[0]?.message).toContain("Thiếu mục IV");
    expect(gaps[0]?.message).toContain("VI → V");
    expect(gaps[0]?.suggestion).toBe("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ III NĂM 2022");
  });

  it("notes the blank document number of the draft and no other reference", () => {
    expect(byRule("document-reference-malformed")).toEqual([]);
    expect(byRule("document-reference-incomplete").map((f) => [f.excerpt, f.severity, f.line])).toEqual([["Số: /BC-VPUBND", "info", 3]]);
  });

  it("finds every misspelled term with its correction", () => {
    const terms = byRule("term-misspelled").map((f) => [highlighted(f), f.suggestion]);
    expect(terms).toEqual([
      ["gắp với", "gắn với"],
      ["thủ ché", "thể chế"],
      ["Công dịch vụ công", "Cổng Dịch vụ công"],
      ["Công dịch vụ công", "Cổng Dịch vụ công"],
      ["cung cố", "củng cố"],
      ["Công Thông tin điện tử", "Cổng Thông tin điện tử"],
      ["trực dữ liệu liên thông", "trục dữ liệu liên thông"],
      ["trực liên thông", "trục liên thông"],
      ["ĐÈ XUẤT", "ĐỀ XUẤT"],
      ["Đè nghị", "Đề nghị"],
      ["gửi báo theo quy định", "gửi báo cáo theo quy định"],
      ["Noi nhận", "Nơi nhận"],
    ]);
    expect(byRule("term-misspelled").find((f) => f.excerpt === "gửi báo theo quy định")?.confidence).toBe("likely");
  });

  it("finds the repeated phrases, the doubled word and the parenthesis left open", () => {
    expect(byRule("phrase-repeated").map((f) => f.excerpt)).toEqual([
      "Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh",
      "Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh",
    ]);
    expect(byRule("word-doubled").map((f) => f.excerpt)).toEqual(["các sử dụng các"]);
    expect(byRule("bracket-unclosed").map((f) => [f.line, f.excerpt.slice(0, 7)])).toEqual([[seedLine("(Dự án: Kho"), "(Dự án:"]]);
  });

  it("reports nothing else, in text order, and every finding encodes with the API schema", () => {
    expect(result.findings).toHaveLength(1 + 1 + 1 + 1 + 1 + 12 + 2 + 1 + 1);
    const indexes = result.findings.map((f) => f.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    for (const f of result.findings) expect(highlighted(f).slice(0, 8)).toBe(f.excerpt.slice(0, 8));
    expect(Schema.decodeUnknownSync(CheckResult)(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });

  it("uses a given period and report date instead of the header", () => {
    const r = checkReport(seedText, { period: "2022-Q1", regime: "calendar", reportDate: "2022-06-20" as never });
    expect(r.period).toEqual({ code: "2022-Q1", start: "2022-01-01", end: "2022-03-31", source: "given" });
    expect(r.reportDate).toBe("2022-06-20");
    // Under Q1 the events of April (the inspection notice of 08/4/2022 is a reference, skipped) stay silent,
    // but the 28/4/2024 inspection is still outside.
    expect(r.findings.filter((f) => f.rule === "date-outside-period").map((f) => f.excerpt)).toContain("Ngày 28 tháng 4 năm 2024");
  });
});

describe.skipIf(!hasSeed)(seedBlock("checkReport on the seed in other encodings"), () => {
  const summary = (text: string) =>
    checkReport(text).findings.map((f) => [
      f.rule,
      f.line,
      f.column > 0,
      text
        .slice(f.index, f.index + f.length)
        .normalize("NFC")
        .replace(/\s+/g, " "),
    ]);

  it("gives the same findings, placed on the input, for CRLF and decomposed (NFD) text", () => {
    const plain = summary(seedText);
    expect(summary(seedText.replace(/\n/g, "\r\n"))).toEqual(plain);
    expect(summary(seedText.normalize("NFD"))).toEqual(plain);
  });
});

describe("checkReport on texts without structure", () => {
  it("returns nothing for an empty or unstructured text", () => {
    expect(checkReport("")).toEqual({ period: null, reportDate: null, findings: [] });
    expect(checkReport("Văn bản ngắn không có số liệu.\n\n1.2.3 …").findings).toEqual([]);
  });
});
