import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";
import * as TotalsRule from "../../src/check/TotalsRule.js";
import { expectFinding } from "./expectFinding.js";

const check = (text: string) => TotalsRule.check(Prose.make(text));

describe("TotalsRule", () => {
  it("accepts the seed's consistent totals, parts and bracketed breakdowns", () => {
    const text = [
      "- Tổng số hồ sơ TTHC đã tiếp nhận 6 tháng đầu năm 2022: 335.445; trong đó: Số mới tiếp nhận trong kỳ: 321.375 (trực tuyến: 60.705, trực tiếp và qua dịch vụ bưu chính: 260.670); số từ kỳ trước chuyển qua: 14.070.",
      "- Số lượng hồ sơ đã giải quyết: 305.733; trong đó, giải quyết trước hạn: 265.055, đúng hạn: 34.539, quá hạn: 6.139.",
      "- Số lượng hồ sơ đang giải quyết: 29.712; trong đó, trong hạn: 27.781, quá hạn: 1.931.",
      "Tổng số TTHC thuộc thẩm quyền quản lý, theo dõi của Tỉnh tính đến thời điểm báo cáo: 1.788, trong đó: cấp tỉnh: 1.374 thủ tục, cấp huyện: 262 thủ tục, cấp xã: 152 thủ tục.",
      "Tỷ lệ giải quyết phản ánh, kiến nghị (PAKN) về quy định TTHC 98,5%, trong đó Tổng số PAKN đã tiếp nhận 137, số PAKN đã giải quyết xong 135.",
    ].join("\n\n");
    expect(check(text)).toEqual([]);
  });

  it("flags parts that exceed the total, also when the sentence is broken over lines", () => {
    const text =
      "Tỉnh có 4 nhiệm vụ được giao, trong đó có 35 nhiệm vụ giải\n\nquyết đúng hạn, 9 nhiệm vụ chưa tới hạn, không có nhiệm vụ trễ hạn.";
    const [f, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: "parts-exceed-total", severity: "error", confidence: "certain", line: 1, column: 9 });
    expect(f?.message).toContain("35 + 9 + 0 = 44 nhiệm vụ");
    expect(text.slice(f?.index, (f?.index ?? 0) + (f?.length ?? 0))).toMatch(/không có nhiệm vụ$/u);
  });

  it("flags a bracketed breakdown that does not add up, with certainty", () => {
    expectFinding(
      check("Số mới tiếp nhận: 321.375 (trực tuyến: 60.705, trực tiếp: 260.000)."),
      { rule: "total-parts-mismatch", confidence: "certain" },
      "60.705 + 260.000 = 320.705",
    );
  });

  it("flags several parts adding up to less than the total only as likely", () => {
    const [f] = check("Tổng số 100 hồ sơ, trong đó 30 hồ sơ trực tuyến, 50 hồ sơ trực tiếp.");
    expect(f).toMatchObject({ rule: "total-parts-mismatch", confidence: "likely" });
  });

  it("stays silent on a single part, parts of another unit, or a rate as total", () => {
    expect(check("Tổng số 100 hồ sơ, trong đó 30 hồ sơ trực tuyến.")).toEqual([]);
    expect(check("Cơ quan có 59 công chức, trong đó 30 nữ, 40 đảng viên.")).toEqual([]);
    expect(check("Tỷ lệ đạt 98,5%, trong đó 137 hồ sơ, 135 hồ sơ.")).toEqual([]);
    expect(check("Tiếp nhận 200 hồ sơ, trong đó có 150 hồ sơ trực tuyến, tăng 20 hồ sơ so với cùng kỳ.")).toEqual([]);
    expect(check("Năm 2022 có 5 cuộc kiểm tra. Trong đó có 3 đơn vị, 4 đơn vị được khen.")).toEqual([]);
  });

  it("reads a 'Trong đó:' paragraph followed by one part per paragraph", () => {
    const ok =
      "* Tổng số vốn được bố trí: 12.500.000.000 đồng.\n\nTrong đó:\n\nKế hoạch vốn năm 2021 là: 3.500.000.000 đồng (Giải ngân vốn đạt 100%)\n\nKế hoạch vốn năm 2022 là: 9.000.000.000 đồng (Đang thực hiện)\n\n+ Nguồn vốn đã giải ngân: 5.789.358.000 đồng.";
    expect(check(ok)).toEqual([]);
    const wrong = ok.replace("9.000.000.000", "8.000.000.000");
    expectFinding(check(wrong), { rule: "total-parts-mismatch", line: 1 }, "3.500.000.000 + 8.000.000.000 = 11.500.000.000 đồng");
  });

  it("does not take a sub-item as a part of the list (the seed's budget block)", () => {
    const text =
      "Năm 2022: Kinh phí quản lý hành chính được giao: 19.961.000.000 đồng.\n\nTrong đó:\n\n* Kinh phí thực hiện tự chủ: 9.961.000.000 đồng.\n\n(Trong đó kinh phí Cải cách tiền lương được giữ lại: 177.000.000 đồng)\n\n+ Số kinh phí thực hiện đến ngày 09/6/2022: 4.923.692.615 đồng.\n\n- Kinh phí thực hiện không tự chủ: 10.000.000.000 đồng.";
    expect(check(text)).toEqual([]);
  });
});

describe("TotalsRule: the scope of a clause", () => {
  it("ends the parts of 'trong đó' at the next total with its own verb", () => {
    const text =
      "Đã giải quyết 1.000 hồ sơ, trong đó trước hạn 600 hồ sơ, đúng hạn 400 hồ sơ, đang giải quyết 2.800 hồ sơ, trong đó quá hạn 100 hồ sơ.";
    expect(check(text)).toEqual([]);
    const wrong = text.replace("đúng hạn 400", "đúng hạn 300");
    const [f, ...rest] = check(wrong);
    expect(rest).toEqual([]);
    expect(f?.message).toContain("600 + 300 = 900 hồ sơ");
  });

  it("ends the parts at ';' unless they are a list opened by a colon", () => {
    expect(check("Tiếp nhận 500 hồ sơ, trong đó 200 hồ sơ trực tuyến, 300 hồ sơ trực tiếp; 900 hồ sơ chuyển kỳ sau.")).toEqual([]);
    const [f] = check("Tiếp nhận 500 hồ sơ, trong đó: 200 hồ sơ trực tuyến; 200 hồ sơ trực tiếp.");
    expect(f?.rule).toBe("total-parts-mismatch");
  });

  it("reads 'gồm', 'bao gồm' and 'cụ thể' like 'trong đó'", () => {
    for (const trigger of ["gồm", "bao gồm", "cụ thể"]) {
      const [f] = check(`Tổng số 100 hồ sơ, ${trigger}: 70 hồ sơ trực tuyến, 50 hồ sơ trực tiếp.`);
      expect(f, trigger).toMatchObject({ rule: "parts-exceed-total" });
    }
    expect(check("Tổng số 120 hồ sơ, gồm: 70 hồ sơ trực tuyến, 50 hồ sơ trực tiếp.")).toEqual([]);
  });
});
