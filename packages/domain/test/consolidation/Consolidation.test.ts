import { describe, expect, it } from "vitest";
import * as C from "../../src/consolidation/Consolidation.js";
import { IndicatorCode, type RateDefinition } from "../../src/indicators/Indicator.js";

const defs = [
  { code: IndicatorCode.make("tthc.pakn.tiepnhan"), timeAggregation: "sum", treeAggregation: "sum" },
  { code: IndicatorCode.make("tthc.pakn.dagiaiquyet"), timeAggregation: "sum", treeAggregation: "sum" },
  { code: IndicatorCode.make("bomay.bienche.congchuc"), timeAggregation: "last", treeAggregation: "sum" },
  { code: IndicatorCode.make("taichinh.dautu.tongmuc"), timeAggregation: "last", treeAggregation: "none" },
] as const;

const rate = {
  code: "tthc.pakn.tyle",
  disaggregation: "",
  area: "procedure",
  nameVi: "Tỷ lệ",
  nameEn: "Rate",
  numerator: "#{tthc.pakn.dagiaiquyet}",
  denominator: "#{tthc.pakn.tiepnhan}",
  factor: 100,
  decimals: 1,
  legalBasis: null,
} as unknown as RateDefinition;

describe("Consolidation.consolidate", () => {
  const result = C.consolidate(defs, [
    {
      unit: "A",
      approved: true,
      values: [
        { indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 100 },
        { indicator: "tthc.pakn.dagiaiquyet", disaggregation: "", value: 100 },
        { indicator: "bomay.bienche.congchuc", disaggregation: "", value: 10, order: 1 },
        { indicator: "bomay.bienche.congchuc", disaggregation: "", value: 12, order: 2 },
        { indicator: "taichinh.dautu.tongmuc", disaggregation: "", value: 5 },
      ],
    },
    {
      unit: "B",
      approved: true,
      values: [
        { indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 1 },
        { indicator: "tthc.pakn.dagiaiquyet", disaggregation: "", value: 0 },
        { indicator: "bomay.bienche.congchuc", disaggregation: "", value: 7 },
      ],
    },
    { unit: "C", approved: false, values: [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 1000 }] },
  ]);

  it("adds flows, takes each child's last stock, skips one body's facts and unapproved children", () => {
    const byCode = Object.fromEntries(result.values.map((v) => [v.indicator, v.value]));
    expect(byCode).toEqual({ "tthc.pakn.tiepnhan": 101, "tthc.pakn.dagiaiquyet": 100, "bomay.bienche.congchuc": 19 });
    expect(result.included).toEqual(["A", "B"]);
    expect(result.missing).toEqual(["C"]);
    expect(result.skipped).toEqual(["taichinh.dautu.tongmuc"]);
  });

  it("recomputes rates from the consolidated counts instead of averaging", () => {
    // children's rates are 100% and 0%: the average would be 50%; the counts give 100/101.
    const [r] = C.rates(result, [rate]);
    expect(r?.value).toBe(99);
  });
});
