import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/shell/App";
import { ContextBar } from "../src/shell/ContextBar";
import { PeriodPicker } from "../src/shell/PeriodPicker";
import { UnitPicker } from "../src/shell/UnitPicker";
import { apiError, demoUnits, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

describe("UnitPicker", () => {
  it("lists the units of GET /org-units as a tree", async () => {
    const { fetch, calls } = fakeFetch({ "GET /api/v1/org-units": { body: demoUnits() } });
    renderWithApp(() => <UnitPicker />, { fetch });
    const tree = await screen.findByRole("navigation", { name: "Cây đơn vị" });
    expect(within(tree).getByText("Tỉnh Đồng Tháp")).toBeTruthy();
    expect(within(tree).getByText("Sở Nội vụ")).toBeTruthy();
    expect(within(tree).getByText("Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp")).toBeTruthy();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toContain("GET /api/v1/org-units");
  });

  it("filters by name without diacritics and puts the chosen unit in the URL", async () => {
    const { fetch } = fakeFetch({ "GET /api/v1/org-units": { body: demoUnits() } });
    const host = fakeHost();
    const { router } = renderWithApp(() => <UnitPicker />, { fetch, host });
    await screen.findByRole("navigation", { name: "Cây đơn vị" });
    fireEvent.input(screen.getByLabelText("Tìm đơn vị theo tên hoặc mã"), { target: { value: "van phong" } });
    await waitFor(() => expect(screen.queryByText("Sở Nội vụ")).toBeNull());
    fireEvent.click(screen.getByText("Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp"));
    expect(router().place().unit).toBe("DT.VPUBND");
    expect(host.urls.at(-1)).toContain("unit=DT.VPUBND");
  });

  it("says what to do when the units cannot be loaded", async () => {
    const fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    renderWithApp(() => <UnitPicker />, { fetch });
    expect(await screen.findByText("Không kết nối được máy chủ CCHC.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Thử lại" })).toBeTruthy();
  });
});

/** A window as `GET /periods/{code}` answers it. */
const periodWindow = (code: string, start: string, end: string, label: string) => ({
  code,
  regime: "nd09",
  start,
  end,
  label,
  labelEn: label,
});

describe("PeriodPicker", () => {
  it("shows the data window the API answers for the period (the domain's only while it loads)", async () => {
    // the server's answer differs from the domain's computation (15/12/2021 – 14/6/2022) on
    // purpose: the line must show what the server says
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/periods/2022-H1": { body: periodWindow("2022-H1", "2021-12-20", "2022-06-19", "6 tháng đầu năm 2022") },
    });
    renderWithApp(() => <PeriodPicker />, { fetch });
    const line = document.querySelector(".period-window output") as HTMLElement;
    expect(line.textContent).toBe("6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)");
    expect(line.dataset.source).toBe("domain");
    await waitFor(() => expect(line.textContent).toBe("6 tháng đầu năm 2022 (20/12/2021 – 19/6/2022)"));
    expect(line.dataset.source).toBe("api");
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual(["GET /api/v1/periods/2022-H1"]);
  });

  it("changes the period in the URL and asks the API for the new window", async () => {
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/periods/2022-H1": { body: periodWindow("2022-H1", "2021-12-15", "2022-06-14", "6 tháng đầu năm 2022") },
      "GET /api/v1/periods/2022-Q1": { body: periodWindow("2022-Q1", "2021-12-16", "2022-03-13", "Quý I năm 2022") },
    });
    const { router } = renderWithApp(() => <PeriodPicker />, { fetch });
    fireEvent.change(screen.getByLabelText("Kỳ trong năm"), { target: { value: "2022-Q1" } });
    expect(router().place().period).toBe("2022-Q1");
    expect(await screen.findByText("Quý I năm 2022 (16/12/2021 – 13/3/2022)")).toBeTruthy();
    expect(calls.map((c) => c.path)).toContain("/api/v1/periods/2022-Q1");
  });

  it("says why there is no window when the API refuses the period", async () => {
    const { fetch } = fakeFetch({
      "GET /api/v1/periods/2022-H1": apiError(400, "PERIOD_NOT_IN_REGIME", "Kỳ 2022-H1 không có trong chế độ báo cáo."),
    });
    renderWithApp(() => <PeriodPicker />, { fetch });
    expect(await screen.findByText("2022-H1: Kỳ 2022-H1 không có trong chế độ báo cáo.")).toBeTruthy();
    expect(screen.queryByText(/15\/12\/2021/)).toBeNull();
  });
});

describe("The web page at /", () => {
  it("lists the units", async () => {
    const { fetch } = fakeFetch({ "GET /api/v1/org-units": { body: demoUnits() } });
    renderWithApp(() => <App />, { fetch, host: fakeHost("/") });
    expect(await screen.findByText("Sở Nội vụ")).toBeTruthy();
    expect(screen.getAllByText("Tỉnh Đồng Tháp").length).toBeGreaterThan(0);
    expect(screen.getByRole("navigation", { name: "Chức năng" })).toBeTruthy();
  });
});

describe("ContextBar", () => {
  it("sums up the unit and period in one line with a “Đổi” button that unfolds the choosers and folds them on a choice", async () => {
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/org-units": { body: demoUnits() },
      "GET /api/v1/periods/2022-H1": { body: periodWindow("2022-H1", "2021-12-15", "2022-06-14", "6 tháng đầu năm 2022") },
    });
    const { router } = renderWithApp(() => <ContextBar />, { fetch });
    const bar = screen.getByRole("complementary", { name: "Đơn vị và kỳ báo cáo đang xem" });
    await waitFor(() => expect(bar.querySelector(".context-summary")?.textContent).toContain("Tỉnh Đồng Tháp"));
    await waitFor(() => expect(bar.querySelector(".context-summary-period")?.getAttribute("data-source")).toBe("api"));
    expect(bar.querySelector(".context-summary")?.textContent).toContain("6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)");
    // the summary and the picker share one request for the window
    expect(calls.filter((c) => c.path === "/api/v1/periods/2022-H1").length).toBe(1);
    const toggle = screen.getByRole("button", { name: "Đổi đơn vị hoặc kỳ báo cáo" });
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    // folded: narrow screens hide the choosers by this class (the CSS media query decides)
    expect(bar.classList.contains("context-open")).toBe(false);
    expect(document.getElementById(toggle.getAttribute("aria-controls") ?? "")?.querySelector(".unit-picker")).toBeTruthy();
    fireEvent.click(toggle);
    expect(bar.classList.contains("context-open")).toBe(true);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(toggle.textContent).toBe("Xong");
    const tree = await screen.findByRole("navigation", { name: "Cây đơn vị" });
    fireEvent.click(within(tree).getByText("Sở Nội vụ"));
    expect(router().place().unit).toBe("DT.SNV");
    await waitFor(() => expect(bar.classList.contains("context-open")).toBe(false));
    expect(document.activeElement).toBe(toggle);
    expect(bar.querySelector(".context-summary")?.textContent).toContain("Sở Nội vụ");
  });
});
