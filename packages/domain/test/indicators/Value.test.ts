import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as Aggregation from "../../src/indicators/Aggregation.js";
import { IndicatorCode } from "../../src/indicators/Indicator.js";
import * as Value from "../../src/indicators/Value.js";

const count = { code: IndicatorCode.make("tthc.hoso.tiepnhan"), valueType: "count" as const, dimensions: ["channel"] };
const money = { code: IndicatorCode.make("taichinh.kinhphi.giao"), valueType: "money" as const };

describe("Value", () => {
  it("accepts integers for counts and safe integer đồng for money", () => {
    expect(Either.getOrThrow(Value.checkValue(count, 335445))).toBe(335445);
    expect(Either.getOrThrow(Value.checkValue(money, 19_961_000_000))).toBe(19_961_000_000);
  });

  it("refuses fractions, negatives and unsafe numbers with a reason", () => {
    const reason = (def: typeof count | typeof money, n: number) => Either.flip(Value.checkValue(def, n)).pipe(Either.getOrThrow).reason;
    expect(reason(count, 1.5)).toBe("not-integer");
    expect(reason(count, -1)).toBe("negative");
    expect(reason(money, 2 ** 60)).toBe("unsafe");
    expect(reason(money, Number.NaN)).toBe("not-finite");
    const e = Either.flip(Value.checkValue(money, 0.5)).pipe(Either.getOrThrow);
    expect(Value.describeTypeProblem(e)).toContain("số nguyên đồng");
  });

  it("checks a disaggregation against the indicator's dimensions", () => {
    expect(Either.getOrThrow(Value.checkDisaggregation(count, "channel=online"))).toBe("channel=online");
    expect(Either.isLeft(Value.checkDisaggregation(count, "level=province"))).toBe(true);
  });

  it("keys values as code or code[disaggregation]", () => {
    expect(Value.keyText({ indicator: "a.b", disaggregation: "" })).toBe("a.b");
    expect(Value.keyText({ indicator: "a.b", disaggregation: "channel=online" })).toBe("a.b[channel=online]");
  });
});

describe("Aggregation", () => {
  it("sums flows but never a stock over time", () => {
    expect(Aggregation.overTime("sum", [100, null, 50])).toBe(150);
    expect(Aggregation.overTime("last", [59, 59])).toBe(59);
    expect(Aggregation.overTime("first", [14070, 29712])).toBe(14070);
    expect(Aggregation.overTime("last", [null, null])).toBeNull();
  });
  it("consolidates over the tree only when the indicator allows it", () => {
    expect(Aggregation.overTree("sum", [1, 2, null])).toBe(3);
    expect(Aggregation.overTree("none", [1, 2])).toBeNull();
  });
});
