import { cleanup, fireEvent, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { CheckFinding } from "../src/api/Answers";
import CheckScreen from "../src/check/CheckScreen";
import { CheckView } from "../src/check/CheckView";
import { pieces } from "../src/check/Highlight";
import { fakeFetch, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const text = "Kinh phí tự chủ đã sử dụng 4.923.692.615 đồng, đạt tỷ lệ 49,5% dự toán.\nVề cai cách thể chế.";
const finding = (over: Partial<CheckFinding>): CheckFinding => ({
  rule: "rate-mismatch",
  severity: "error",
  confidence: "certain",
  line: 1,
  column: 58,
  excerpt: "49,5%",
  message: "Tỷ lệ 49,5% không khớp: 4.923.692.615 / 9.961.000.000 = 49,4%.",
  suggestion: "49,4%",
  index: text.indexOf("49,5%"),
  length: 5,
  ...over,
});
const findings = [
  finding({}),
  finding({
    rule: "term-misspelled",
    severity: "warning",
    line: 2,
    column: 5,
    excerpt: "cai cách",
    message: "Sai chính tả thuật ngữ.",
    suggestion: "cải cách",
    index: text.indexOf("cai cách"),
    length: 8,
  }),
];

describe("pieces", () => {
  it("cuts the text at the findings and clips overlaps", () => {
    const p = pieces("abcdef", [
      { index: 1, length: 3 },
      { index: 2, length: 3 },
    ]);
    expect(p.map((x) => [x.text, x.finding])).toEqual([
      ["a", null],
      ["bcd", 0],
      ["e", 1],
      ["f", null],
    ]);
  });
});

describe("CheckView", () => {
  it("highlights each finding inline with its index and length and lists its fix", () => {
    renderWithApp(() => <CheckView text={text} findings={findings} />, { fetch: fakeFetch({}).fetch });
    const marks = [...document.querySelectorAll("mark")];
    expect(marks.map((m) => m.textContent)).toEqual(["49,5%", "cai cách"]);
    expect(marks[0]?.dataset.index).toBe(String(text.indexOf("49,5%")));
    expect(marks[0]?.dataset.length).toBe("5");
    expect(marks[0]?.id).toBe("finding-1");
    expect(screen.getByText("2 phát hiện")).toBeTruthy();
    expect(screen.getByText("49,4%")).toBeTruthy();
    expect(screen.getByText("cải cách")).toBeTruthy();
    // the whole text is still there, in order
    expect(document.querySelector(".checked-text")?.textContent?.replace(/\d(?=\D*$)/g, "")).toContain("đạt tỷ lệ 49,5");
  });

  it("sends pasted text to POST /checks as plain text and shows the findings", async () => {
    const { fetch, calls } = fakeFetch({ "POST /api/v1/checks": { body: { period: null, reportDate: null, findings } } });
    let sentType = "";
    let sentBody = "";
    const spy: typeof fetch = async (input, init) => {
      sentType = new Headers(init?.headers).get("content-type") ?? "";
      sentBody = String(init?.body ?? "");
      return fetch(input, init);
    };
    renderWithApp(() => <CheckScreen />, { fetch: spy });
    fireEvent.input(screen.getByLabelText("Nội dung báo cáo"), { target: { value: text } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("2 phát hiện")).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /api/v1/checks"]);
    expect(sentType).toBe("text/plain; charset=utf-8");
    expect(sentBody).toBe(text);
    expect(document.querySelector("mark")?.textContent).toBe("49,5%");
  });

  it("highlights the findings of an uploaded .docx in the text the server read from it", async () => {
    const { fetch, calls } = fakeFetch({ "POST /api/v1/checks": { body: { period: null, reportDate: null, findings, text } } });
    let sentType = "";
    let sentBody: unknown = null;
    const spy: typeof fetch = async (input, init) => {
      sentType = new Headers(init?.headers).get("content-type") ?? "";
      sentBody = init?.body;
      return fetch(input, init);
    };
    renderWithApp(() => <CheckScreen />, { fetch: spy });
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "bao-cao-6-thang.docx", {
      type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    fireEvent.change(screen.getByLabelText("Hoặc chọn tệp .docx"), { target: { files: [file] } });
    expect(await screen.findByText(/bao-cao-6-thang\.docx/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("2 phát hiện")).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["POST /api/v1/checks"]);
    expect(sentType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(sentBody).toBe(file);
    const marks = [...document.querySelectorAll("mark")];
    expect(marks.map((m) => m.textContent)).toEqual(["49,5%", "cai cách"]);
    expect(document.querySelector(".checked-text")?.textContent).toContain("Kinh phí tự chủ đã sử dụng");
  });

  it("lists the findings of an upload without highlighting when the server does not send the text back", async () => {
    const { fetch } = fakeFetch({ "POST /api/v1/checks": { body: { period: null, reportDate: null, findings } } });
    renderWithApp(() => <CheckScreen />, { fetch });
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "cu.docx");
    fireEvent.change(screen.getByLabelText("Hoặc chọn tệp .docx"), { target: { files: [file] } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("2 phát hiện")).toBeTruthy();
    expect(document.querySelector("mark")).toBeNull();
  });

  it("asks for a text before checking", async () => {
    renderWithApp(() => <CheckScreen />, { fetch: fakeFetch({}).fetch });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra" }));
    expect(await screen.findByText("Hãy dán nội dung hoặc chọn tệp trước khi kiểm tra.")).toBeTruthy();
  });
});
