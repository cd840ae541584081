import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";
import * as TermRule from "../../src/check/TermRule.js";
import { terms } from "../../src/check/Terms.js";

const check = (text: string) => TermRule.check(Prose.make(text));

describe("TermRule", () => {
  it("finds every wrong form of the list and never flags its right form", () => {
    for (const entry of terms) {
      const found = check(`Nội dung ${entry.wrong} tiếp theo.`);
      expect(
        found.map((f) => f.suggestion),
        entry.wrong,
      ).toEqual([entry.right]);
      expect(check(`Nội dung ${entry.right} tiếp theo.`), entry.right).toEqual([]);
    }
  });

  it("leaves correct official words alone", () => {
    const text =
      "Công văn số 07/VPUBND; Sở Công Thương; công chức, viên chức; Cổng Thông tin điện tử Tỉnh; Cổng Dịch vụ công quốc gia; củng cố, kiện toàn; đơn vị cũng cố gắng; giá cũng cố định; nguồn cung cố định; Chánh Văn phòng; Uỷ ban nhân dân; xử lí; trục liên thông; trực tuyến; đề xuất; Nơi nhận; gửi báo Đồng Tháp.";
    expect(check(text)).toEqual([]);
  });

  it("carries the case of the text into the suggestion", () => {
    expect(check("VI. KIẾN NGHỊ, ĐÈ XUẤT")[0]?.suggestion).toBe("ĐỀ XUẤT");
    expect(check("Cung cố bộ máy")[0]?.suggestion).toBe("Củng cố");
    expect(check("Bổ xung")[0]?.suggestion).toBe("Bổ sung");
    expect(TermRule.carryCase("THỦ CHÉ", "thể chế")).toBe("THỂ CHẾ");
  });

  it("points at the input even when it is decomposed (NFD)", () => {
    const text = "Dòng một.\nCải cách thủ ché năm 2022".normalize("NFD");
    const [f] = check(text);
    expect(f).toMatchObject({ line: 2, column: text.indexOf("th", 10) - text.indexOf("\n"), suggestion: "thể chế" });
    expect(text.slice(f?.index, (f?.index ?? 0) + (f?.length ?? 0)).normalize("NFC")).toBe("thủ ché");
  });
});
