import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";
import * as ReferenceRule from "../../src/check/ReferenceRule.js";

const check = (text: string) => ReferenceRule.check(Prose.make(text));

describe("ReferenceRule", () => {
  it("accepts complete references and normative ones cited by number and year", () => {
    const text =
      "Thực hiện Kế hoạch số 367/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh, Công văn số 07/VPUBND-KSTTHC ngày 13 tháng 01 năm 2022, Kế hoạch số 06/KH-UBND-HC ngày 10 tháng 01 năm 2022. Căn cứ Nghị định số 60/2021/NĐ-CP quy định cơ chế tự chủ.";
    expect(check(text)).toEqual([]);
  });

  it("ignores generic mentions that are not references", () => {
    expect(
      check(
        "Đơn vị ban hành Kế hoạch và Thông báo tuyển dụng viên chức; kế hoạch ứng dụng công nghệ thông tin năm 2022; Kế hoạch số hóa kết quả.",
      ),
    ).toEqual([]);
  });

  it("flags a reference without number, symbol or date", () => {
    expect(check("Thực hiện Kế hoạch số /KH-UBND ngày 10/01/2022 của Ủy ban.").map((f) => [f.rule, f.message])).toEqual([
      ["document-reference-incomplete", expect.stringContaining("thiếu số văn bản")],
    ]);
    expect(check("Thực hiện Kế hoạch số 19 ngày 31/12/2021 của Văn phòng.")[0]?.message).toContain("thiếu ký hiệu");
    expect(check("Đơn vị ban hành Quyết định số 36/QĐ-VPUBND của Văn phòng.")[0]).toMatchObject({
      rule: "document-reference-incomplete",
      severity: "warning",
      message: expect.stringContaining("thiếu ngày ban hành"),
    });
  });

  it("flags a symbol that does not suit the type, and a number without its leading zero", () => {
    expect(check("Thực hiện Kế hoạch số 19/QĐ-UBND ngày 31/12/2021 của Văn phòng.")[0]?.rule).toBe("document-reference-malformed");
    const [f] = check("Thực hiện Kế hoạch số 5/KH-UBND ngày 31/12/2021 của Văn phòng.");
    expect(f).toMatchObject({ rule: "document-reference-malformed", severity: "info" });
    expect(f?.suggestion).toMatch(/^Kế hoạch số 05\/KH-UBND ngày 31\/12\/2021/u);
  });

  it("notes a header number left blank (draft) as info", () => {
    expect(check("Số: /BC-VPUBND").map((f) => [f.rule, f.severity])).toEqual([["document-reference-incomplete", "info"]]);
    expect(check("Số: 19/BC-VPUBND")).toEqual([]);
  });
});
