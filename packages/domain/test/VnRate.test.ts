import { Either } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as VnRate from "../src/VnRate.js";

describe("VnRate", () => {
  it("computes rates rounded half up at the stated decimals", () => {
    expect(VnRate.computeRate(135, 137, 1)).toBe(98.5);
    expect(VnRate.computeRate(2, 3, 1)).toBe(66.7);
    expect(VnRate.computeRate(1, 3, 1)).toBe(33.3);
    expect(VnRate.computeRate(4_923_692_615, 9_961_000_000, 1)).toBe(49.4);
    expect(VnRate.computeRate(4_658_798_648, 10_000_000_000, 1)).toBe(46.6);
    expect(VnRate.computeRate(5_789_358_000, 9_000_000_000, 1)).toBe(64.3);
    expect(VnRate.computeRate(1, 8, 1)).toBe(12.5);
    expect(VnRate.computeRate(1, 16, 1)).toBe(6.3); // 6,25 → 6,3 (half up, not banker's)
    expect(VnRate.computeRate(1, 200, 0)).toBe(1); // 0,5 → 1
    expect(VnRate.computeRate(-1, 16, 1)).toBe(-6.3);
    expect(VnRate.computeRate(3, 3, 0)).toBe(100);
    expect(VnRate.computeRate(5, 0, 1)).toBeNull();
  });

  it("is exact where floating point is not", () => {
    // 1.005 / 1 × 100 = 100,5 exactly: float division would give 100.49999…
    expect(VnRate.computeRate(1.005, 1, 0)).toBe(101);
    expect(VnRate.computeRate(0.145, 1, 1)).toBe(14.5);
  });

  it("formats percentages and rates", () => {
    expect(VnRate.formatPercent(98.5, 1)).toBe("98,5%");
    expect(VnRate.formatPercent(100, 0)).toBe("100%");
    expect(VnRate.formatRate(135, 137, { decimals: 1 })).toBe("98,5%");
    expect(VnRate.formatRate(2, 3)).toBe("66,7%");
    expect(VnRate.formatRate(3, 3, { decimals: 0 })).toBe("100%");
    expect(VnRate.formatRate(3, 0)).toBe("—");
    expect(VnRate.formatRate(3, 0, { undefinedText: "không có" })).toBe("không có");
  });

  it("parses stated rates with their precision", () => {
    expect(VnRate.parseRate("66,7%")).toEqual(Either.right({ value: 66.7, decimals: 1 }));
    expect(VnRate.parseRate("100%")).toEqual(Either.right({ value: 100, decimals: 0 }));
    expect(VnRate.parseRate("49,50 %")).toEqual(Either.right({ value: 49.5, decimals: 2 }));
    const bad = VnRate.parseRate("66.7%");
    expect(Either.isLeft(bad) && bad.left._tag).toBe("RateTextInvalid");
    expect(Either.isLeft(VnRate.parseRate("66,7"))).toBe(true);
  });

  it("matches stated rates against their counts (the seed's 49,5% is wrong)", () => {
    expect(VnRate.matches(98.5, 1, 135, 137)).toBe(true);
    expect(VnRate.matches(49.5, 1, 4_923_692_615, 9_961_000_000)).toBe(false);
    expect(VnRate.matches(49.4, 1, 4_923_692_615, 9_961_000_000)).toBe(true);
    expect(VnRate.matches(66.7, 1, 2, 3)).toBe(true);
    expect(VnRate.matches(66.6, 1, 2, 3)).toBe(false);
    expect(VnRate.matches(100, 0, 3_500_000_000, 3_500_000_000)).toBe(true);
    expect(VnRate.matches(0, 1, 0, 0)).toBe(false);
  });

  it("tells a truncated rate from a wrong one", () => {
    expect(VnRate.check({ value: 66.6, decimals: 1 }, 2, 3)).toEqual({
      stated: { value: 66.6, decimals: 1 },
      computed: 66.7,
      matches: false,
      matchesIfTruncated: true,
    });
    expect(VnRate.check({ value: 49.5, decimals: 1 }, 4_923_692_615, 9_961_000_000).matchesIfTruncated).toBe(false);
  });

  it("agrees with a formatted-and-parsed rate for any counts", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 3 }), (num, den, decimals) => {
        const text = VnRate.formatRate(num, den, { decimals });
        const stated = Either.getOrThrow(VnRate.parseRate(text));
        expect(VnRate.matches(stated.value, stated.decimals, num, den)).toBe(true);
        // the computed rate is within half a unit of the exact quotient
        const exact = (num / den) * 100;
        expect(Math.abs((VnRate.computeRate(num, den, decimals) ?? Number.NaN) - exact)).toBeLessThanOrEqual(
          0.5 / 10 ** decimals + 1e-12 * Math.max(1, exact),
        );
      }),
    );
  });
});
