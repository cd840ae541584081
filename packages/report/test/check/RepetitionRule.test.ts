import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";
import * as RepetitionRule from "../../src/check/RepetitionRule.js";

const check = (text: string) => RepetitionRule.check(Prose.make(text));
const rules = (text: string) => check(text).map((f) => f.rule);

describe("RepetitionRule", () => {
  it("flags a phrase repeated back to back, as the seed writes it", () => {
    const text = "các cuộc họp của lãnh đạo Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh.";
    const [f, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "phrase-repeated", excerpt: "Ủy ban nhân dân Tỉnh, Ủy ban nhân dân Tỉnh" });
  });

  it("keeps standing expressions and different phrases", () => {
    expect(check("Thực hiện cơ chế một cửa, một cửa liên thông.")).toEqual([]);
    expect(check("Cử 05 công chức khóa 27, khóa 31 và khóa 32; cấp huyện, cấp xã.")).toEqual([]);
    expect(check("Chủ tịch, Phó Chủ tịch Ủy ban nhân dân Tỉnh; ngày ngày cập nhật.")).toEqual([]);
  });

  it("flags a doubled word and a quantifier repeated around a verb", () => {
    expect(rules("Hồ sơ được được giải quyết.")).toEqual(["word-doubled"]);
    const [f] = check("Hiện tại đơn vị đang triển khai các sử dụng các ứng dụng quản lý tài sản.");
    expect(f).toMatchObject({ rule: "word-doubled", severity: "warning", excerpt: "các sử dụng các" });
    expect(check("Tại cơ quan hành chính các cấp; các sở, các ngành; các cơ quan các cấp.")).toEqual([]);
  });

  it("flags a parenthesis or a quotation mark left open in its paragraph", () => {
    const [f] = check("- Kết quả thực hiện Kế hoạch giải ngân vốn đầu tư công (Dự án: Kho lưu trữ, nhà xe:");
    expect(f).toMatchObject({ rule: "bracket-unclosed", severity: "error" });
    expect(f?.excerpt.startsWith("(Dự án")).toBe(true);
    expect(rules("Đề án “Tổ chức lại các phòng, ban.")).toEqual(["bracket-unclosed"]);
    expect(check("(Dự án: Kho lưu trữ): Đề án “Tổ chức lại” được duyệt.")).toEqual([]);
  });
});
