import { describe, expect, it } from "vitest";
import * as Prose from "../../src/check/Prose.js";

describe("Prose", () => {
  it("joins a paragraph broken mid-sentence and keeps the original positions", () => {
    const text = "Tiêu đề:\n\nTỉnh có 4 nhiệm vụ giải\n\nquyết đúng hạn.\n\nĐoạn mới.";
    const prose = Prose.make(text);
    expect(prose.paragraphs.map((p) => [p.text, p.line])).toEqual([
      ["Tiêu đề:", 1],
      ["Tỉnh có 4 nhiệm vụ giải quyết đúng hạn.", 3],
      ["Đoạn mới.", 7],
    ]);
    const p = prose.paragraphs[1] as Prose.Paragraph;
    const at = p.text.indexOf("quyết");
    expect(Prose.span(prose, p, at, 5)).toEqual({ index: text.indexOf("quyết"), length: 5, line: 5, column: 1 });
    const across = Prose.span(prose, p, p.text.indexOf("giải"), "giải quyết".length);
    expect(text.slice(across.index, across.index + across.length)).toBe("giải\n\nquyết");
  });

  it("does not join a new item or a capitalised sentence", () => {
    const prose = Prose.make("- Một việc\n- Hai việc\nBa việc");
    expect(prose.paragraphs).toHaveLength(3);
  });
});
