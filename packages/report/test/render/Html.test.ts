import { describe, expect, it } from "vitest";
import { assemble } from "../../src/assembly/Assemble.js";
import { renderHtml } from "../../src/render/Html.js";
import { seedInput } from "../fixtures/seedInput.js";

describe("renderHtml", () => {
  it("is a self-contained Vietnamese page with the same content", () => {
    const html = renderHtml(assemble(seedInput).document);
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("<style>");
    expect(html).not.toMatch(/<(script|link)\b/);
    expect(html).toContain("<h1>BÁO CÁO</h1>");
    expect(html).toContain("<h2>V. KIẾN NGHỊ, ĐỀ XUẤT</h2>");
    expect(html).toContain('data-indicator="tthc.hoso.tiepnhan" data-disaggregation="" value="335445">335.445</data>');
    expect(html).toContain("<caption>Biểu 2. Cải cách thủ tục hành chính</caption>");
  });

  it("escapes everything and marks missing figures", () => {
    const input = {
      ...seedInput,
      values: seedInput.values.filter((v) => v.indicator !== "tthc.pakn.tiepnhan"),
      narratives: { ...seedInput.narratives, assessment: ['<script>alert("x")</script> & “ok”'] },
    };
    const html = renderHtml(assemble(input).document);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “ok”");
    expect(html).toMatch(/<data class="figure missing" data-indicator="tthc.pakn.tiepnhan"[^>]*>\[chưa có số liệu\]<\/data>/);
  });
});
