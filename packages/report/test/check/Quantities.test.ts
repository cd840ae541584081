import { describe, expect, it } from "vitest";
import * as Quantities from "../../src/check/Quantities.js";

describe("Quantities.find", () => {
  it("reads counts with their noun, money and percentages", () => {
    const q = Quantities.find("Tỉnh có 4 nhiệm vụ được giao, trong đó có 35 nhiệm vụ; giao: 9.961.000.000 đồng, đạt tỷ lệ: 49,5%.");
    expect(q.map((x) => [x.kind, x.value, x.noun])).toEqual([
      ["count", 4, "nhiệm vụ"],
      ["count", 35, "nhiệm vụ"],
      ["money", 9_961_000_000, "đồng"],
      ["percent", 49.5, ""],
    ]);
  });

  it("leaves out dates, years, document numbers, durations and ordinals", () => {
    const q = Quantities.find(
      "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021, đến ngày 09/6/2022, 6 tháng đầu năm 2022, mức độ 3, ISO 9001:2015, giai đoạn 2021 - 2025",
    );
    expect(q).toEqual([]);
  });

  it("scales money written in millions and billions and notes qualifiers", () => {
    const q = Quantities.find("khoảng 1,5 tỷ đồng và 250 triệu đồng, trên 66,7% nhiệm vụ");
    expect(q.map((x) => [x.kind, x.value, x.qualifier])).toEqual([
      ["money", 1_500_000_000, ""],
      ["money", 250_000_000, ""],
      ["percent", 66.7, "trên"],
    ]);
  });
});
