import { cleanup, screen, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { Dashboard } from "../src/dashboard/Dashboard";
import { indicators, rates } from "./support/Catalogue";
import { demoUnits, fakeFetch, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const value = (indicator: string, disaggregation: string, v: number) => ({ indicator, disaggregation, value: v, version: 1 });
const routes = {
  "GET /api/v1/org-units": { body: demoUnits() },
  "GET /api/v1/indicators": {
    body: { year: 2022, version: 1, titleVi: "Danh mục 2022", items: indicators, total: indicators.length, limit: 1000, offset: 0, rates },
  },
  "GET /api/v1/units/DT/periods/2022-H1/values": {
    body: {
      items: [
        value("tthc.hoso.tiepnhanmoi", "", 321375),
        value("tthc.hoso.tiepnhanmoi", "channel=online", 60705),
        value("tthc.hoso.tiepnhanmoi", "channel=offline", 260670),
        value("tthc.pakn.tiepnhan", "", 137),
        value("tthc.pakn.dagiaiquyet", "", 135),
      ],
    },
  },
  "GET /api/v1/units/DT/periods/2022-H1/validation": {
    body: {
      findings: [
        {
          rule: "x",
          kind: "comparison",
          area: "procedure",
          importance: "error",
          message: "Tổng không khớp các phần.",
          operator: "==",
          left: 1,
          right: 2,
          values: [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 137 }],
          subject: null,
        },
      ],
    },
  },
};

describe("Dashboard", () => {
  it("shows each area's figures in Vietnamese notation, computed rates, the charts' text and the findings", async () => {
    renderWithApp(() => <Dashboard />, { fetch: fakeFetch(routes).fetch });
    expect(await screen.findByText("321.375")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Cải cách thủ tục hành chính" })).toBeTruthy();
    expect(screen.getByText("98,5%")).toBeTruthy();
    const chart = screen.getByRole("img", { name: /Tỷ lệ tiếp nhận trực tuyến: 18,9%/ });
    expect(chart.getAttribute("aria-label")).toContain("Trực tuyến 60.705");
    expect(screen.getByText("Tổng không khớp các phần.")).toBeTruthy();
    const link = screen.getByRole("link", { name: /Xem chỉ tiêu: Số phản ánh, kiến nghị tiếp nhận/ });
    expect(link.getAttribute("href")).toBe("/nhap-lieu?unit=DT&period=2022-H1&lang=vi#tthc.pakn.tiepnhan");
    expect(within(screen.getByRole("article")).getByRole("heading", { level: 1 }).textContent).toContain("Tỉnh Đồng Tháp");
  });

  it("says the feature is not there yet when the server lacks the route", async () => {
    renderWithApp(() => <Dashboard />, { fetch: fakeFetch({ "GET /api/v1/org-units": routes["GET /api/v1/org-units"] }).fetch });
    expect(await screen.findByText("Chức năng này chưa có trên máy chủ (chưa có).")).toBeTruthy();
  });
});
