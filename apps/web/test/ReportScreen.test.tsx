import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ReportJson } from "../src/api/Api";
import type { FetchLike } from "../src/api/Http";
import ReportScreen from "../src/report/ReportScreen";
import { apiError, demoUnits, type FakeReply, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const REPORT = "GET /api/v1/reports/DT.VPUBND/2022-H1";
const html = "<html><body><h1>BÁO CÁO</h1><p>Tổng số hồ sơ đã tiếp nhận: 335.445</p></body></html>";
const warnings: ReportJson = {
  warnings: [
    {
      code: "date-outside-period",
      message: "Cuộc kiểm tra ghi ngày 28/4/2024, ngoài kỳ báo cáo (15/12/2021 – 14/6/2022).",
      sectionId: "direction.office",
    },
  ],
  findings: [],
};
/** The report route answers HTML or JSON by `format`; `json` says how the JSON request is answered. */
const reportRoutes = (json: () => FakeReply) => ({
  "GET /api/v1/org-units": { body: demoUnits() },
  [REPORT]: (_init: RequestInit | undefined, url: URL): FakeReply =>
    url.searchParams.get("format") === "html" ? { text: html, contentType: "text/html; charset=utf-8" } : json(),
});
const host = () => fakeHost("/bao-cao?unit=DT.VPUBND&period=2022-H1&lang=vi");

describe("ReportScreen", () => {
  it("lists the report's warnings", async () => {
    const { fetch } = fakeFetch(reportRoutes(() => ({ body: warnings })));
    renderWithApp(() => <ReportScreen />, { fetch, host: host() });
    expect(await screen.findByText(/ngày 28\/4\/2024, ngoài kỳ báo cáo/)).toBeTruthy();
    expect(screen.queryByText("Không có cảnh báo.")).toBeNull();
  });

  it("says the warnings could not be read (never “no warnings”) and reads them again on “Thử lại”", async () => {
    let down = true;
    const { fetch: answer } = fakeFetch(reportRoutes(() => ({ body: warnings })));
    // the network fails for the JSON report only, until the person retries
    const fetch: FetchLike = async (input, init) => {
      if (down && input.includes("format=json")) throw new TypeError("Failed to fetch");
      return answer(input, init);
    };
    renderWithApp(() => <ReportScreen />, { fetch, host: host() });
    const notice = await screen.findByRole("alert");
    expect(notice.textContent).toContain("Không đọc được danh sách cảnh báo của báo cáo.");
    expect(notice.textContent).toContain("Không kết nối được máy chủ CCHC.");
    expect(screen.queryByText("Không có cảnh báo.")).toBeNull();
    // the preview and the downloads are still there
    expect(await screen.findByTitle("Bản xem trước")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Tải .docx (Word)" })).toBeTruthy();
    down = false;
    fireEvent.click(within(notice).getByRole("button", { name: "Thử lại" }));
    expect(await screen.findByText(/ngày 28\/4\/2024, ngoài kỳ báo cáo/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("alert")).toBeNull());
  });

  it("shows the API's message when the server fails to assemble the warnings", async () => {
    const { fetch } = fakeFetch(reportRoutes(() => apiError(500, "INTERNAL", "Lỗi máy chủ khi lập báo cáo.")));
    renderWithApp(() => <ReportScreen />, { fetch, host: host() });
    const notice = await screen.findByRole("alert");
    expect(notice.textContent).toContain("Lỗi máy chủ khi lập báo cáo.");
    expect(notice.textContent).toContain("INTERNAL");
  });
});
