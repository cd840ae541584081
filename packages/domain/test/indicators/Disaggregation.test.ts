import { describe, expect, it } from "@effect/vitest";
import { Either } from "effect";
import * as Disaggregation from "../../src/indicators/Disaggregation.js";

describe("Disaggregation", () => {
  it("canonicalises: spaces removed, pairs sorted by dimension name", () => {
    expect(Either.getOrThrow(Disaggregation.canonical(" status = done "))).toBe("status=done");
    expect(Either.getOrThrow(Disaggregation.canonical("level=province;channel=online"))).toBe("channel=online;level=province");
    expect(Either.getOrThrow(Disaggregation.canonical(""))).toBe("");
  });

  it("refuses unknown dimensions, options, repeats and dimensions the indicator lacks", () => {
    const reason = (text: string, allowed?: ReadonlyArray<string>) =>
      Either.flip(Disaggregation.canonical(text, allowed)).pipe(Either.getOrThrow).reason;
    expect(reason("colour=red")).toBe("dimension-unknown");
    expect(reason("channel=fax")).toBe("option-unknown");
    expect(reason("channel=online;channel=offline")).toBe("dimension-repeated");
    expect(reason("channel")).toBe("syntax");
    expect(reason("level=province", ["channel"])).toBe("dimension-not-allowed");
  });

  it("labels in Vietnamese", () => {
    expect(Disaggregation.labelVi("channel=offline")).toBe("trực tiếp và qua dịch vụ bưu chính");
    expect(Disaggregation.labelVi("")).toBe("tổng số");
  });
});
