import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { escapeMarkdown, renderMarkdown } from "../../src/render/Markdown.js";
import { seedInput } from "../fixtures/seedInput.js";

describe("renderMarkdown", () => {
  const md = renderMarkdown(assemble(seedInput).document);

  it("starts with the two-column header and the type", () => {
    expect(md.split("\n")[0]).toBe(
      "| ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP<br>**VĂN PHÒNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
    );
    expect(md).toContain("*Đồng Tháp, ngày 10 tháng 6 năm 2022*");
    expect(md).toContain("# BÁO CÁO");
  });

  it("keeps list markers of the report as text and renders the appendix tables", () => {
    expect(md).toContain("\n\\- Số lượng hồ sơ đã giải quyết: 305.733;");
    expect(md).toContain("| STT | Tỷ lệ | Đơn vị báo cáo | Công thức và số liệu | Kết quả |");
    expect(md).toContain("***Nơi nhận:***");
  });

  it("escapes what an author typed", () => {
    expect(escapeMarkdown("a*b_c|d<e>")).toBe("a\\*b\\_c\\|d\\<e\\>");
    expect(escapeMarkdown("[chưa có số liệu]")).toBe("[chưa có số liệu]");
    expect(escapeMarkdown("[x](http://a)")).toBe("[x]\\(http://a)");
  });
});
