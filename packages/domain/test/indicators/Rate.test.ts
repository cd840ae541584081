import { describe, expect, it } from "@effect/vitest";
import * as Catalogue from "../../src/indicators/Catalogue.js";
import { IndicatorCode } from "../../src/indicators/Indicator.js";
import * as Rate from "../../src/indicators/Rate.js";
import * as Expression from "../../src/validation/Expression.js";
import { consistent } from "../validation/SeedValues.js";

const catalogue = Catalogue.shippedFor(2022) as Catalogue.Catalogue;
const rates = Rate.computeAll(catalogue.rates, Expression.lookupOf(consistent), catalogue.indicators);
const rate = (code: string, dis = "") => rates.find((r) => r.code === code && r.disaggregation === dis);

describe("Rate", () => {
  it("computes the seed's rates half up at one decimal, with formulas", () => {
    expect(rate("tthc.pakn.tyle")).toMatchObject({ numerator: 135, denominator: 137, value: 98.5, formatted: "98,5%" });
    expect(rate("taichinh.kinhphi.tyle", "autonomy=autonomous")?.formatted).toBe("49,4%");
    expect(rate("taichinh.kinhphi.tyle", "autonomy=non-autonomous")?.formatted).toBe("46,6%");
    expect(rate("taichinh.dautu.giaingan.tyle")?.formatted).toBe("64,3%");
    expect(rate("chidao.nhiemvu.trienkhai.tyle")?.formatted).toBe("66,7%");
    expect(rate("tthc.hoso.dunghan.tyle")).toMatchObject({ numerator: 299594, denominator: 305733, value: 98 });
    expect(rate("tthc.hoso.tructuyen.tyle")?.formatted).toBe("18,9%");
    expect(rate("tthc.pakn.tyle")?.formulaVi).toBe(
      "(Số phản ánh, kiến nghị đã giải quyết xong) / (Tổng số phản ánh, kiến nghị về quy định TTHC đã tiếp nhận) × 100%",
    );
  });

  it("leaves a rate undefined when a count is missing", () => {
    expect(rate("tthc.kyso.tyle")).toMatchObject({ value: null, formatted: "—", numerator: null });
  });

  it("checks claims: exact, at-least, and unverifiable", () => {
    const c = (rate: string, stated: number, disaggregation = "", qualifier: "exact" | "at-least" = "exact") =>
      Rate.checkClaim({ rate: IndicatorCode.make(rate), disaggregation, stated, decimals: 1, qualifier }, rates);
    expect(c("tthc.pakn.tyle", 98.5)).toMatchObject({ computed: 98.5, matches: true });
    expect(c("taichinh.kinhphi.tyle", 49.5, "autonomy=autonomous")).toMatchObject({ computed: 49.4, matches: false });
    expect(c("chidao.nhiemvu.trienkhai.tyle", 66.7, "", "at-least").matches).toBe(true);
    expect(c("tthc.kyso.tyle", 100)).toMatchObject({ computed: null, matches: null });
  });
});
