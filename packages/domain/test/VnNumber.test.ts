import { Either } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as VnNumber from "../src/VnNumber.js";

describe("VnNumber", () => {
  it("formats integers with dot separators", () => {
    expect(VnNumber.formatInteger(1788)).toBe("1.788");
    expect(VnNumber.formatInteger(335445)).toBe("335.445");
    expect(VnNumber.formatInteger(19961000000)).toBe("19.961.000.000");
    expect(VnNumber.formatInteger(0)).toBe("0");
    expect(VnNumber.formatInteger(999)).toBe("999");
    expect(VnNumber.formatInteger(-14070)).toBe("-14.070");
    expect(VnNumber.formatInteger(-0)).toBe("0");
  });

  it("formats decimals with a comma, rounding half away from zero on the written value", () => {
    expect(VnNumber.formatDecimal(12.5, 1)).toBe("12,5");
    expect(VnNumber.formatDecimal(66.66666, 1)).toBe("66,7");
    expect(VnNumber.formatDecimal(1.005, 2)).toBe("1,01");
    expect(VnNumber.formatDecimal(-2.25, 1)).toBe("-2,3");
    expect(VnNumber.formatDecimal(1234.5, 2)).toBe("1.234,50");
    expect(VnNumber.formatDecimal(99.96, 1)).toBe("100,0");
    expect(VnNumber.formatDecimal(7, 0)).toBe("7");
    expect(VnNumber.formatDecimal(-0.04, 1)).toBe("0,0");
  });

  it("parses integers: dots group thousands, leading zeros allowed", () => {
    expect(VnNumber.parseInteger("1.788")).toEqual(Either.right(1788));
    expect(VnNumber.parseInteger("335.445")).toEqual(Either.right(335445));
    expect(VnNumber.parseInteger("03")).toEqual(Either.right(3));
    expect(VnNumber.parseInteger("1788")).toEqual(Either.right(1788));
    expect(VnNumber.parseInteger(" -14.070 ")).toEqual(Either.right(-14070));
    for (const bad of ["1.78", "1,5", "", "abc", "1.7888", "1..788", "99.999.999.999.999.999"]) {
      const r = VnNumber.parseInteger(bad);
      expect(Either.isLeft(r), bad).toBe(true);
      if (Either.isLeft(r)) expect(r.left).toMatchObject({ _tag: "NumberTextInvalid", text: bad });
    }
  });

  it("parses decimals", () => {
    expect(VnNumber.parseDecimal("66,7")).toEqual(Either.right(66.7));
    expect(VnNumber.parseDecimal("1.234,5")).toEqual(Either.right(1234.5));
    expect(VnNumber.parseDecimal("12")).toEqual(Either.right(12));
    expect(VnNumber.parseDecimalParts("98,50")).toEqual(Either.right({ value: 98.5, decimals: 2 }));
    expect(Either.isLeft(VnNumber.parseDecimal("66.7"))).toBe(true);
    expect(Either.isLeft(VnNumber.parseDecimal("6,"))).toBe(true);
  });

  it("round-trips formatInteger and parseInteger", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(VnNumber.parseInteger(VnNumber.formatInteger(n))).toEqual(Either.right(n === 0 ? 0 : n));
      }),
    );
  });

  it("round-trips formatDecimal and parseDecimal at the written precision", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (scaled, decimals) => {
        const x = scaled / 10 ** decimals;
        const text = VnNumber.formatDecimal(x, decimals);
        expect(VnNumber.parseDecimalParts(text)).toEqual(Either.right({ value: x === 0 ? 0 : x, decimals }));
      }),
    );
  });
});
