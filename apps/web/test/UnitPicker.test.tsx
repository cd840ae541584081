import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/shell/App";
import { ContextBar } from "../src/shell/ContextBar";
import { PeriodPicker } from "../src/shell/PeriodPicker";
import { UnitPicker } from "../src/shell/UnitPicker";
import { demoUnits, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

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

describe("PeriodPicker", () => {
  it("shows the period with its data window", () => {
    const { fetch } = fakeFetch({});
    renderWithApp(() => <PeriodPicker />, { fetch });
    expect(screen.getByText("6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)")).toBeTruthy();
  });

  it("changes the period in the URL", () => {
    const { fetch } = fakeFetch({});
    const { router } = renderWithApp(() => <PeriodPicker />, { fetch });
    fireEvent.change(screen.getByLabelText("Kỳ trong năm"), { target: { value: "2022-Q1" } });
    expect(router().place().period).toBe("2022-Q1");
    expect(screen.getByText("Quý I năm 2022 (15/12/2021 – 14/3/2022)")).toBeTruthy();
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
    const { fetch } = fakeFetch({ "GET /api/v1/org-units": { body: demoUnits() } });
    const { router } = renderWithApp(() => <ContextBar />, { fetch });
    const bar = screen.getByRole("complementary", { name: "Đơn vị và kỳ báo cáo đang xem" });
    await waitFor(() => expect(bar.querySelector(".context-summary")?.textContent).toContain("Tỉnh Đồng Tháp"));
    expect(bar.querySelector(".context-summary")?.textContent).toContain("6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)");
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
