import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { runsText, type Section } from "../../src/assembly/ReportDocument.js";
import type { ReportInput } from "../../src/assembly/ReportInput.js";
import { seedInput } from "../fixtures/seedInput.js";

const paragraphs = (sections: ReadonlyArray<Section>, id: string): ReadonlyArray<string> => {
  for (const s of sections) {
    if (s.id === id) return s.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : []));
    const inner = paragraphs(s.children, id);
    if (inner.length > 0) return inner;
  }
  return [];
};

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

const withNarratives = (extra: Record<string, ReadonlyArray<string>>): ReportInput => ({
  ...seedInput,
  narratives: { ...seedInput.narratives, ...extra },
});

describe("section body", () => {
  it("joins the author's paragraph and the generated figures that share a label into one paragraph", () => {
    const input = withNarratives({
      "direction.province": [
        "Tiến độ, kết quả thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: Các nhiệm vụ được Lãnh đạo Ủy ban nhân dân Tỉnh chỉ đạo triển khai kịp thời.",
      ],
    });
    const ps = paragraphs(assemble(input).document.sections, "direction.province");
    expect(ps).toEqual([
      "Tiến độ, kết quả thực hiện các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao: Các nhiệm vụ được Lãnh đạo Ủy ban nhân dân Tỉnh chỉ đạo triển khai kịp thời. 6 tháng đầu năm 2022, trong số các nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao, Tỉnh có 35 nhiệm vụ giải quyết đúng hạn và trước hạn, 9 nhiệm vụ chưa tới hạn giải quyết, không có nhiệm vụ trễ hạn.",
    ]);
  });

  it("keeps only the author's words when they already state every figure of the generated sentence", () => {
    const own =
      "Đánh giá về tình hình quản lý, sử dụng biên chế công chức, viên chức: Thực hiện quản lý, sử dụng đúng số lượng biên chế công chức (59 biên chế), viên chức (15 biên chế) do Ủy ban nhân dân Tỉnh giao.";
    const ps = paragraphs(assemble(withNarratives({ apparatus: [own] })).document.sections, "apparatus");
    const all = ps.join("\n");
    expect(count(all, "Đánh giá về tình hình quản lý, sử dụng biên chế")).toBe(1);
    expect(ps).toContain(`- ${own}`);
  });

  it("appends the generated sentence when a figure differs from the author's words", () => {
    const own = "Đánh giá về tình hình quản lý, sử dụng biên chế công chức, viên chức: Sử dụng 60 biên chế công chức.";
    const all = paragraphs(assemble(withNarratives({ apparatus: [own] })).document.sections, "apparatus").join("\n");
    expect(all).toContain("Sử dụng 60 biên chế công chức. Thực hiện quản lý, sử dụng đúng số lượng biên chế công chức (59 biên chế)");
  });

  it("does not repeat the lead of a narrative that starts with the same words", () => {
    const input = withNarratives({
      procedure: ["Kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC: Văn phòng tham mưu ban hành Kế hoạch số 06/KH-UBND-HC."],
    });
    const all = paragraphs(assemble(input).document.sections, "procedure").join("\n");
    expect(count(all, "Kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC:")).toBe(1);
    expect(all).toContain("- Kết quả rà soát, đề xuất cắt giảm, đơn giản hóa TTHC: Văn phòng tham mưu");
  });

  it("cites the plan's document and the one it implements when the author has not", () => {
    const input: ReportInput = {
      ...withNarratives({ "direction.office": ["Lãnh đạo Văn phòng duy trì việc họp định kỳ hàng tháng."] }),
      plan: { title: "Kế hoạch cải cách hành chính năm 2022", documentId: "kh19" },
    };
    const first = paragraphs(assemble(input).document.sections, "direction.office")[0] ?? "";
    expect(first).toMatch(
      /^- Tiến độ thực hiện Kế hoạch cải cách hành chính: Thực hiện Kế hoạch số 367\/KH-UBND ngày 25 tháng 12 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp .*, Văn phòng ban hành Kế hoạch số 19\/KH-VPUBND ngày 31 tháng 12 năm 2021 .*; Kế hoạch có 6 nhiệm vụ; đến nay đã triển khai thực hiện 5\/6 nhiệm vụ \(đạt 83,3%\)/u,
    );
  });

  it("lists an activity or an inspection once when the author already tells it", () => {
    const input = withNarratives({
      "e-government": ["Thực hiện Hội nghị truyền hình trực tuyến kết nối từ Tỉnh đến các huyện, thành phố và 143 xã, phường, thị trấn."],
    });
    const all = paragraphs(assemble(input).document.sections, "e-government").join("\n");
    expect(count(all, "143 xã")).toBe(1);
    const told = withNarratives({ "direction.office": ["Ngày 28 tháng 4 năm 2022, Tổ Kiểm tra của Văn phòng đã kiểm tra."] });
    const office = paragraphs(assemble(told).document.sections, "direction.office").join("\n");
    expect(count(office, "28 tháng 4 năm 2022")).toBe(1);
  });

  it("states the count of a fact that is not a course", () => {
    const input: ReportInput = {
      ...seedInput,
      activities: [{ kind: "it", title: "Hội nghị truyền hình trực tuyến đến cấp xã", count: 143, countUnit: "xã, phường, thị trấn" }],
    };
    const all = paragraphs(assemble(input).document.sections, "e-government").join("\n");
    expect(all).toContain("+ Hội nghị truyền hình trực tuyến đến cấp xã (143 xã, phường, thị trấn).");
  });
});
