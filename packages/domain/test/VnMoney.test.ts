import { Either, Schema } from "effect";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as VnMoney from "../src/VnMoney.js";

describe("VnMoney", () => {
  it("formats đồng", () => {
    expect(VnMoney.formatMoney(19_961_000_000)).toBe("19.961.000.000 đồng");
    expect(VnMoney.formatMoney(4_923_692_615, { unit: false })).toBe("4.923.692.615");
    expect(VnMoney.formatMoney(0)).toBe("0 đồng");
  });

  it("parses amounts with and without unit and scale words", () => {
    expect(VnMoney.parseMoney("4.923.692.615 đồng")).toEqual(Either.right(4_923_692_615));
    expect(VnMoney.parseMoney("3.210.642.000")).toEqual(Either.right(3_210_642_000));
    expect(VnMoney.parseMoney("177 triệu đồng")).toEqual(Either.right(177_000_000));
    expect(VnMoney.parseMoney("1,5 tỷ đồng")).toEqual(Either.right(1_500_000_000));
    expect(VnMoney.parseMoney("12.500.000.000 VNĐ")).toEqual(Either.right(12_500_000_000));
  });

  it("rejects texts that are not whole safe đồng", () => {
    for (const bad of ["1,5 đồng", "abc đồng", "1.23 đồng", "99.999.999.999.999.999 đồng", ""]) {
      const r = VnMoney.parseMoney(bad);
      expect(Either.isLeft(r), bad).toBe(true);
      if (Either.isLeft(r)) expect(r.left).toMatchObject({ _tag: "MoneyTextInvalid", text: bad });
    }
  });

  it("checks amounts and sums exactly", () => {
    expect(Either.isRight(VnMoney.make(1))).toBe(true);
    expect(Either.isLeft(VnMoney.make(1.5))).toBe(true);
    expect(Either.isLeft(VnMoney.make(2 ** 53))).toBe(true);
    expect(VnMoney.sum([9_961_000_000, 10_000_000_000])).toEqual(Either.right(19_961_000_000));
    expect(Either.isLeft(VnMoney.sum([Number.MAX_SAFE_INTEGER, 1]))).toBe(true);
    expect(Schema.decodeUnknownEither(VnMoney.Money)(12.5)._tag).toBe("Left");
    expect(Schema.decodeUnknownEither(VnMoney.Money)(12)).toEqual(Either.right(12));
  });

  it("round-trips formatMoney and parseMoney", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(VnMoney.parseMoney(VnMoney.formatMoney(n))).toEqual(Either.right(n === 0 ? 0 : n));
      }),
    );
  });
});
