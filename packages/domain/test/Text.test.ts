import { describe, expect, it } from "vitest";
import * as Text from "../src/Text.js";

describe("Text", () => {
  it("normalizes to NFC, trims and collapses spaces", () => {
    const decomposed = "  Đồng\u00a0 Tháp\n".normalize("NFD");
    expect(Text.normalize(decomposed)).toBe("Đồng Tháp");
    expect(Text.normalize(decomposed)).toBe("Đồng Tháp".normalize("NFC"));
  });

  it("folds diacritics for search", () => {
    expect(Text.foldDiacritics("Đồng Tháp")).toBe("dong thap");
    expect(Text.foldDiacritics("ĐỀ XUẤT")).toBe("de xuat");
    expect(Text.looselyEquals("Bản thỏa thuận", "bản thoả thuận")).toBe(true);
  });

  it("folds keeping indexes so that positions map back to the original", () => {
    const s = "Quý III năm 2022 – Ủy ban";
    const f = Text.foldKeepingIndexes(s);
    expect(f).toHaveLength(s.length);
    expect(f).toBe("quy iii nam 2022 – uy ban");
    expect(Text.foldKeepingIndexes(s, { keepCase: true })).toBe("Quy III nam 2022 – Uy ban");
  });

  it("upper-cases Vietnamese headings", () => {
    expect(Text.toUpper("nơi nhận")).toBe("NƠI NHẬN");
  });
});
