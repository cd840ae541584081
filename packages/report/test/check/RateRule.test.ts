import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";
import * as RateRule from "../../src/check/RateRule.js";
import { expectFinding } from "./expectFinding.js";

const check = (text: string) => RateRule.check(Prose.make(text));

const budget = (spent: string, rate: string) =>
  `* Kinh phí thực hiện tự chủ: 9.961.000.000 đồng.\n\n(Trong đó kinh phí Cải cách tiền lương được giữ lại: 177.000.000 đồng)\n\n+ Số kinh phí thực hiện đến ngày 09/6/2022: ${spent} đồng.\n\n+ Kinh phí đã sử dụng so với kinh phí được giao đạt tỷ lệ: ${rate}.`;

describe("RateRule", () => {
  it("flags a budget rate that its amounts do not give, proposing the right one", () => {
    const [f, ...rest] = check(budget("4.923.692.615", "49,5%"));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: "rate-mismatch",
      severity: "error",
      confidence: "likely",
      excerpt: "49,5%",
      suggestion: "49,4%",
      line: 7,
    });
  });

  it("accepts right rates: budget, disbursement in the same sentence, counts after the rate", () => {
    expect(check(budget("4.923.692.615", "49,4%"))).toEqual([]);
    expect(
      check(
        "Kế hoạch vốn đã cấp năm 2022 là: 9.000.000.000 đồng\n\n+ Nguồn vốn đã giải ngân đến ngày 09/6/2022: 5.789.358.000 đồng, đạt tỷ lệ: 64,3%.",
      ),
    ).toEqual([]);
    expect(
      check("Tỷ lệ giải quyết PAKN về quy định TTHC 98,5%, trong đó Tổng số PAKN đã tiếp nhận 137, số PAKN đã giải quyết xong 135."),
    ).toEqual([]);
  });

  it("flags a rate stated before its counts", () => {
    expectFinding(
      check("Tỷ lệ giải quyết PAKN 97,5%, trong đó tổng số PAKN đã tiếp nhận 137, số PAKN đã giải quyết xong 135."),
      { rule: "rate-mismatch", suggestion: "98,5%" },
      "135 / 137 = 98,5%",
    );
  });

  it("says when the stated rate was truncated instead of rounded", () => {
    const [f] = check("Đã giải quyết 2 hồ sơ trong tổng số 3 hồ sơ, đạt 66,6%.");
    expect(f?.suggestion).toBe("66,7%");
    expect(f?.message).toContain("cắt bớt");
  });

  it("stays silent when no pair is close, when bounds are stated, or when another pair fits", () => {
    expect(check(budget("4.923.692.615", "80%"))).toEqual([]);
    expect(check("Đến nay trên 66,7% các nhiệm vụ đã được triển khai; mức tự bảo đảm chi dưới 10%.")).toEqual([]);
    expect(check("Kế hoạch vốn năm 2021 là: 3.500.000.000 đồng (Giải ngân vốn đạt 100%)")).toEqual([]);
    expect(check("Kế hoạch 200 hồ sơ, đã giải quyết 100 hồ sơ, giảm 49% so với cùng kỳ.")).toEqual([]);
    expect(check("Kế hoạch 200 hồ sơ, đã giải quyết 100 hồ sơ, đạt 49%.")).toHaveLength(1);
    expect(check("Đảm bảo 100% TTHC có kết quả đầu ra được cấu hình ký số.")).toEqual([]);
  });
});
