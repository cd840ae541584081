import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ValueHistoryEntry } from "../src/api/Answers";
import EntryScreen from "../src/entry/EntryScreen";
import { formatInstant, partLabel } from "../src/entry/ValueHistory";
import { indicatorPage, storedValue, valuesAnswer } from "./support/Answers";
import { indicators, rates } from "./support/Catalogue";
import { answer, demoUnits, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const change = (over: Partial<ValueHistoryEntry>): ValueHistoryEntry => ({
  indicator: "tthc.hoso.tiepnhanmoi",
  disaggregation: "",
  oldValue: null,
  newValue: 321375,
  oldVersion: 0,
  newVersion: 1,
  source: "imported",
  comment: null,
  changedBy: "demo",
  changedAt: "2022-06-20T02:00:00.000Z",
  ...over,
});

/** The history as the API answers it: oldest first. */
const history: ReadonlyArray<ValueHistoryEntry> = [
  change({}),
  change({ disaggregation: "channel=online", newValue: 60705, changedAt: "2022-06-20T02:00:01.000Z" }),
  change({
    disaggregation: "channel=online",
    oldValue: 60705,
    newValue: 60800,
    oldVersion: 1,
    newVersion: 2,
    source: "entered",
    comment: "Số liệu Cổng dịch vụ công cập nhật",
    changedBy: "bientap.dt",
    changedAt: "2022-06-21T03:05:00.000Z",
  }),
];

const routesWith = (historyCalls: string[], historyAnswer: () => { status?: number; body: unknown }) => ({
  "GET /api/v1/org-units": { body: demoUnits() },
  // not the shipped catalogue: the form asks for rules per indicator, which this server lacks
  "GET /api/v1/indicators": answer("listIndicators", { ...indicatorPage(indicators, rates), version: 999, titleVi: "Danh mục" }),
  "GET /api/v1/units/DT/periods/2022-H1/values": answer(
    "listValues",
    valuesAnswer("DT", "2022-H1", [storedValue("tthc.hoso.tiepnhanmoi", "", 321375)]),
  ),
  "GET /api/v1/units/DT/periods/2022-H1/values/tthc.hoso.tiepnhanmoi/history": (_init: RequestInit | undefined, url: URL) => {
    historyCalls.push(url.pathname);
    return historyAnswer();
  },
});

const openHistory = async () => {
  const group = (await screen.findByRole("group", { name: /Số hồ sơ tiếp nhận mới trong kỳ/ })) as HTMLElement;
  const button = within(group).getByRole("button", { name: /^Lịch sử/ });
  return { group, button };
};

describe("A value's history in data entry", () => {
  it("opens from the field's “Lịch sử” button with old → new, who, when (vi-VN), source and comment, newest first", async () => {
    const calls: string[] = [];
    renderWithApp(() => <EntryScreen />, {
      fetch: fakeFetch(routesWith(calls, () => ({ body: { items: history, total: history.length } }))).fetch,
      host: fakeHost("/nhap-lieu?unit=DT&period=2022-H1&lang=vi"),
    });
    const { group, button } = await openHistory();
    expect(button.getAttribute("aria-expanded")).toBe("false");
    expect(button.textContent).toContain("thay đổi của “Số hồ sơ tiếp nhận mới trong kỳ”");
    fireEvent.click(button);
    const panel = await within(group).findByRole("region", { name: "Lịch sử thay đổi: Số hồ sơ tiếp nhận mới trong kỳ" });
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(button.getAttribute("aria-controls")).toBe(panel.id);
    const items = await within(panel).findAllByRole("listitem");
    expect(items).toHaveLength(3);
    // newest first: the edit by bientap.dt, on the online part
    expect(items[0]?.textContent).toContain("trực tuyến: 60.705 → thành 60.800");
    expect(within(items[0] as HTMLElement).getByText("bientap.dt")).toBeTruthy();
    expect(items[0]?.querySelector("time")?.textContent).toBe("10:05 21/6/2022");
    expect(items[0]?.textContent).toContain("Nhập tay");
    expect(items[0]?.textContent).toContain("Số liệu Cổng dịch vụ công cập nhật");
    expect(items[2]?.textContent).toContain("Tổng: (chưa có) → thành 321.375");
    expect(items[2]?.textContent).toContain("Nhập từ tệp hoặc hệ thống khác");
    expect(calls).toEqual(["/api/v1/units/DT/periods/2022-H1/values/tthc.hoso.tiepnhanmoi/history"]);
    // the panel takes the focus; Escape closes it and gives the focus back to the button
    expect(document.activeElement?.id).toBe(`${panel.id}-title`);
    fireEvent.keyDown(document.activeElement as Element, { key: "Escape" });
    await waitFor(() => expect(within(group).queryByRole("region")).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute("aria-expanded")).toBe("false");
  });

  it("says when nothing was recorded and shows a failure with a retry", async () => {
    const calls: string[] = [];
    let fail = true;
    renderWithApp(() => <EntryScreen />, {
      fetch: fakeFetch(
        routesWith(calls, () =>
          fail ? { status: 500, body: { error: { code: "INTERNAL", message: "Lỗi máy chủ." } } } : { body: { items: [], total: 0 } },
        ),
      ).fetch,
      host: fakeHost("/nhap-lieu?unit=DT&period=2022-H1&lang=vi"),
    });
    const { group, button } = await openHistory();
    fireEvent.click(button);
    expect(await within(group).findByText("Lỗi máy chủ.")).toBeTruthy();
    fail = false;
    fireEvent.click(within(group).getByRole("button", { name: "Thử lại" }));
    expect(await within(group).findByText("Chưa có thay đổi nào được ghi lại.")).toBeTruthy();
    fireEvent.click(within(group).getByRole("button", { name: "Đóng" }));
    await waitFor(() => expect(within(group).queryByRole("region")).toBeNull());
  });
});

describe("partLabel and formatInstant", () => {
  it("names parts by their options and writes instants in Vietnam time", () => {
    expect(partLabel("", "vi", "Tổng")).toBe("Tổng");
    expect(partLabel("channel=offline", "vi", "Tổng")).toBe("trực tiếp và qua dịch vụ bưu chính");
    expect(partLabel("channel=online", "en", "Total")).toBe("online");
    // 23:30 UTC is already the next day in Vietnam (UTC+7)
    expect(formatInstant("2022-06-14T23:30:00.000Z", "vi")).toBe("06:30 15/6/2022");
  });
});
