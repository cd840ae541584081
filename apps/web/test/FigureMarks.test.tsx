import { describe, expect, it } from "vitest";
import { figuresOf, markedPieces } from "../src/narratives/FigureMarks";

const text =
  "Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021, đến nay trên 66,7% các nhiệm vụ đã triển khai; tiếp nhận 335.445 hồ sơ, 98,5 % đúng hạn, kết nối 03 cấp.";
const shown = (t: string) => figuresOf(t).map((f) => [t.slice(f.index, f.index + f.length), f.kind]);

describe("figuresOf", () => {
  it("finds counts and percentages written the Vietnamese way, not document numbers or dates", () => {
    expect(shown(text)).toEqual([
      ["66,7%", "percent"],
      ["335.445", "count"],
      ["98,5 %", "percent"],
      ["03", "count"],
    ]);
  });

  it("leaves out numbers glued to codes and dd/mm/yyyy dates", () => {
    expect(shown("Quyết định 19/QĐ-UBND, ngày 31/12/2021, mã 2.000123, lần thứ 2")).toEqual([["2", "count"]]);
  });
});

describe("markedPieces", () => {
  it("marks the figures and lets a finding's span win over the figure it covers", () => {
    const t = "Tỷ lệ 97,0%, tiếp nhận 137, giải quyết 135.";
    const finding = { index: t.indexOf("97,0%"), length: 5 };
    const pieces = markedPieces(t, [finding]);
    expect(pieces.filter((p) => p.mark !== "plain").map((p) => [p.text, p.mark])).toEqual([
      ["97,0%", "finding"],
      ["137", "figure"],
      ["135", "figure"],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(t);
  });
});
