import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/extract/ExtractFigures.js";
import { patterns } from "../../src/extract/FigurePatterns.js";
import { everyPhrasingReport } from "../fixtures/shortReport.js";

// The seed-free counterpart of ExtractFigures.test.ts: a short report written for the test states a
// figure in every phrasing of the pattern table, so a plain clone tests every row of the extractor.
const result = extractFigures(everyPhrasingReport);
const found = [...result.figures, ...result.claims.map((c) => ({ ...c, value: c.statedValue }))];
const key = (indicator: string, disaggregation: string) => `${indicator}|${disaggregation}`;

describe("extractFigures on a short report written for the test", () => {
  it("reads the period of the report", () => {
    expect(result.period).toMatchObject({ code: "2023-Q1", start: "2022-12-15", end: "2023-03-14" });
  });

  it("reads a figure for every row of the pattern table", () => {
    const read = new Set(found.map((f) => key(f.indicator, f.disaggregation)));
    const rowKeys = patterns.flatMap((p) =>
      p.disaggregation.includes("{autonomy}")
        ? ["autonomous", "non-autonomous"].map((a) => key(p.indicator, p.disaggregation.replace("{autonomy}", a)))
        : [key(p.indicator, p.disaggregation)],
    );
    expect(rowKeys.filter((k) => !read.has(k))).toEqual([]);
  });

  it("gives each figure the value written for it", () => {
    const value = (indicator: string, disaggregation = "") =>
      found.find((f) => f.indicator === indicator && f.disaggregation === disaggregation)?.value;
    expect(value("chidao.nhiemvu.cp.giao")).toBe(6);
    expect(value("chidao.nhiemvu.cp.giao", "status=late")).toBe(0);
    expect(value("chidao.nhiemvu.ubnd.giao")).toBe(11);
    expect(value("tthc.thutuc.tong", "level=commune")).toBe(120);
    expect(value("tthc.hoso.tiepnhanmoi", "channel=online")).toBe(9000);
    expect(value("tthc.hoso.tonkytruoc")).toBe(1000);
    expect(value("tthc.hoso.dagiaiquyet", "timeliness=late")).toBe(500);
    expect(value("tthc.hoso.danggiaiquyet", "pending=overdue")).toBe(100);
    expect(value("tthc.hoso.dagiaiquyet", "timeliness=early-or-on-time")).toBe(37_500);
    expect(value("congvu.daotao.luot")).toBe(7);
    expect(value("taichinh.kinhphi.dasudung", "autonomy=non-autonomous")).toBe(250_000_000);
    expect(value("taichinh.dautu.kehoachnamtruoc")).toBe(2_000_000_000);
    expect(value("taichinh.dautu.kehoachnam")).toBe(5_000_000_000);
    expect(value("taichinh.kinhphi.tyle", "autonomy=autonomous")).toBe(30);
    expect(value("cqs.hoinghitruyenhinh.xa")).toBe(77);
  });
});
