import { Schema } from "effect";
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/ExtractFigures.js";
import { ExtractionResult } from "../../src/extract/Extraction.js";
import { SEED_FINANCE_FIGURES, SEED_PROCEDURE_FIGURES } from "../fixtures/seedExpectations.js";
import { hasSeed, seedBlock, seedLine, seedText } from "../seedText.js";

const result = extractFigures(seedText);
const table = (r: ExtractionResult) => r.figures.map((f) => [f.indicator, f.disaggregation, f.value] as const);

describe.skipIf(!hasSeed)(seedBlock("extractFigures on the seed report"), () => {
  it("reads the period of the report", () => {
    expect(result.period).toMatchObject({ code: "2022-H1", start: "2021-12-15", end: "2022-06-14" });
  });

  it("finds every figure of the seed with its indicator code and disaggregation", () => {
    expect(table(result)).toEqual([
      ["chidao.nhiemvu.ubnd.giao", "", 0],
      ["chidao.nhiemvu.cp.giao", "", 4],
      ["chidao.nhiemvu.cp.giao", "status=done", 35],
      ["chidao.nhiemvu.cp.giao", "status=not-due", 9],
      ["chidao.nhiemvu.cp.giao", "status=late", 0],
      ["tthc.quyetdinh.congbo", "", 7],
      ["tthc.thutuc.congbo", "", 1788],
      ...SEED_PROCEDURE_FIGURES,
      ["bomay.bienche.congchuc", "", 59],
      ["bomay.bienche.vienchuc", "", 15],
      ["congvu.bonhiem", "", 0],
      ["congvu.nangngach.dexuat", "", 1],
      ["congvu.vipham", "", 0],
      ["congvu.daotao.luot", "", 13],
      ...SEED_FINANCE_FIGURES,
      ["cqs.hoinghitruyenhinh.xa", "", 143],
    ]);
  });

  it("gives each figure its unit, sentence and line", () => {
    const find = (indicator: string, disaggregation = "") =>
      result.figures.find((f) => f.indicator === indicator && f.disaggregation === disaggregation);
    expect(find("tthc.hoso.tiepnhanmoi", "channel=online")).toMatchObject({
      unit: "hồ sơ",
      line: seedLine("trực tuyến: 60.705"),
      confidence: "certain",
    });
    expect(find("tthc.hoso.tiepnhanmoi", "channel=online")?.sentence).toContain("trực tuyến: 60.705");
    // The status figures of the broken sentence sit on the line where each value is written.
    expect(find("chidao.nhiemvu.cp.giao", "status=done")?.line).toBe(seedLine("35 nhiệm vụ"));
    expect(find("chidao.nhiemvu.cp.giao", "status=not-due")?.line).toBe(seedLine("9 nhiệm vụ chưa"));
    expect(find("taichinh.kinhphi.dasudung", "autonomy=autonomous")).toMatchObject({ unit: "đồng", line: seedLine("4.923.692.615") });
    expect(find("congvu.daotao.luot")?.confidence).toBe("likely");
  });

  it("finds the stated rates as claims", () => {
    expect(result.claims.map((c) => [c.indicator, c.disaggregation, c.statedValue, c.decimals, c.line])).toEqual([
      ["tthc.pakn.tyle", "", 98.5, 1, seedLine("98,5%")],
      ["taichinh.kinhphi.tyle", "autonomy=autonomous", 49.5, 1, seedLine("49,5%")],
      ["taichinh.kinhphi.tyle", "autonomy=non-autonomous", 46.6, 1, seedLine("46,6%")],
      ["taichinh.dautu.giaingan.tyle", "", 64.3, 1, seedLine("64,3%")],
    ]);
  });

  it("encodes with the API schema", () => {
    expect(Schema.decodeUnknownSync(ExtractionResult)(JSON.parse(JSON.stringify(result)))).toEqual(result);
  });
});

describe("extractFigures on other phrasings", () => {
  it("reads money in millions, the year of a capital plan and nothing from unrelated text", () => {
    const text = [
      "Công tác cải cách hành chính năm 2023",
      "Kế hoạch vốn năm 2023 là: 1,5 tỷ đồng.",
      "Kế hoạch vốn năm 2020 là: 2 tỷ đồng.",
      "+ Nguồn vốn đã giải ngân: 750 triệu đồng, đạt tỷ lệ: 50%.",
      "Đơn vị tổ chức 3 hội nghị với 120 đại biểu.",
    ].join("\n\n");
    const r = extractFigures(text);
    expect(table(r)).toEqual([
      ["taichinh.dautu.kehoachnam", "", 1_500_000_000],
      ["taichinh.dautu.giaingan", "", 750_000_000],
    ]);
    expect(r.claims.map((c) => [c.indicator, c.statedValue, c.decimals])).toEqual([["taichinh.dautu.giaingan.tyle", 50, 0]]);
  });

  it("does not attribute a budget line when no budget opened before it", () => {
    expect(extractFigures("+ Số kinh phí thực hiện: 4.923.692.615 đồng.").figures).toEqual([]);
  });
});
