import { describe, expect, it } from "vitest";
import { fromRoman, roman } from "../../src/assembly/Numbering.js";
import * as NumberingRule from "../../src/check/NumberingRule.js";
import * as Prose from "../../src/check/Prose.js";

const check = (lines: ReadonlyArray<string>) => NumberingRule.check(Prose.make(lines.join("\n\n")));

describe("NumberingRule", () => {
  it("writes and reads Roman numerals", () => {
    expect([1, 4, 9, 14, 40].map(roman)).toEqual(["I", "IV", "IX", "XIV", "XL"]);
    expect(["IV", "VI", "IIII", "VX", "X"].map(fromRoman)).toEqual([4, 6, null, null, 10]);
  });

  it("accepts sections and items that run, items restarting under each section", () => {
    expect(check(["Số: /BC-VPUBND", "I. MỘT", "1. Một", "2. Hai", "II. HAI", "1. Một", "1.1. Tiểu mục", "2. Hai", "III. BA"])).toEqual([]);
  });

  it("reports a missing section once, with the renumbering", () => {
    const f = check(["I. A", "II. B", "III. C", "V. E", "VI. F"]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "numbering-gap", severity: "error", line: 7, suggestion: "IV. E" });
    expect(f[0]?.message).toBe("Thiếu mục IV: sau mục III là mục V. Đánh số lại: V → IV, VI → V.");
  });

  it("reports a repeated item and an item that goes back", () => {
    const f = check(["I. A", "1. Một", "2. Hai", "2. Ba", "3. Bốn", "II. B", "1. Một", "3. Ba", "2. Hai"]);
    expect(f.map((x) => [x.rule, x.excerpt])).toEqual([
      ["numbering-repeat", "2. Ba"],
      ["numbering-gap", "3. Ba"],
      ["numbering-repeat", "2. Hai"],
    ]);
  });

  it("reports a first item that is not 1", () => {
    const [f] = check(["I. A", "2. Hai"]);
    expect(f?.message).toContain("Thiếu tiểu mục 1");
  });
});
