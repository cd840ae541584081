import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ValueHistoryEntry, ValueInput } from "../src/api/Answers";
import { ApiFailure } from "../src/api/Http";
import { EntryForm } from "../src/entry/EntryForm";
import type { StoredFigure } from "../src/entry/EntryModel";
import { context } from "./support/Catalogue";
import { fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const stored: ReadonlyArray<StoredFigure> = [
  { indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "", value: 321375, version: 1 },
  { indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "channel=online", value: 60705, version: 1 },
  { indicator: "tthc.hoso.tiepnhanmoi", disaggregation: "channel=offline", value: 260670, version: 1 },
  { indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 137, version: 1 },
  { indicator: "tthc.pakn.dagiaiquyet", disaggregation: "", value: 135, version: 1 },
];

const renderForm = (
  save: (v: ReadonlyArray<ValueInput>) => Promise<ReadonlyArray<StoredFigure>> = async () => stored,
  host = fakeHost("/nhap-lieu?unit=DT&period=2022-H1"),
) => renderWithApp(() => <EntryForm context={context} values={stored} save={save} />, { fetch: fakeFetch({}).fetch, host });

describe("EntryForm", () => {
  it("shows stored values in Vietnamese notation and the computed rate", () => {
    renderForm();
    expect((screen.getByLabelText("Số hồ sơ tiếp nhận mới trong kỳ: Tổng") as HTMLInputElement).value).toBe("321.375");
    expect(screen.getByText("98,5%")).toBeTruthy();
  });

  it("shows the rule's message next to the field as soon as a value breaks it", async () => {
    renderForm();
    const online = screen.getByLabelText("Số hồ sơ tiếp nhận mới trong kỳ: trực tuyến") as HTMLInputElement;
    fireEvent.input(online, { target: { value: "60.000" } });
    const message = await screen.findByText("Hồ sơ tiếp nhận mới (321.375) khác tổng trực tuyến và trực tiếp (320.670), lệch 705.");
    expect(message.closest("fieldset")?.id).toBe("tthc.hoso.tiepnhanmoi");
    expect(online.getAttribute("aria-invalid")).toBe("true");
    fireEvent.input(online, { target: { value: "60.705" } });
    await waitFor(() => expect(screen.queryByText(/khác tổng trực tuyến/)).toBeNull());
  });

  it("says when a text is not a number and recomputes rates live", async () => {
    renderForm();
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị đã giải quyết: Tổng"), { target: { value: "1,5" } });
    expect(await screen.findByText(/Không phải số hợp lệ|không phải số nguyên/)).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị đã giải quyết: Tổng"), { target: { value: "137" } });
    expect(await screen.findByText("100,0%")).toBeTruthy();
  });

  it("fills a parts table down from a pasted spreadsheet column", async () => {
    renderForm();
    const online = screen.getByLabelText("Số hồ sơ tiếp nhận mới trong kỳ: trực tuyến") as HTMLInputElement;
    const paste = new Event("paste", { bubbles: true, cancelable: true });
    Object.defineProperty(paste, "clipboardData", { value: { getData: () => "70.000\r\n251.375\r\n" } });
    online.dispatchEvent(paste);
    await waitFor(() =>
      expect((screen.getByLabelText("Số hồ sơ tiếp nhận mới trong kỳ: trực tiếp và qua dịch vụ bưu chính") as HTMLInputElement).value).toBe(
        "251.375",
      ),
    );
    expect(online.value).toBe("70.000");
    expect(screen.getByText("2 thay đổi chưa lưu")).toBeTruthy();
  });

  it("sends only changed values with the version read", async () => {
    const sent: ValueInput[][] = [];
    renderForm(async (v) => {
      sent.push([...v]);
      return stored.map((s) => (s.indicator === "tthc.pakn.tiepnhan" ? { ...s, value: 140, version: 2 } : s));
    });
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng"), { target: { value: "140" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã lưu 1 giá trị.")).toBeTruthy();
    expect(sent).toEqual([[{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 140, version: 1 }]]);
  });

  it("asks before leaving with unsaved changes", () => {
    const host = fakeHost("/nhap-lieu?unit=DT&period=2022-H1", false);
    const { router } = renderForm(undefined, host);
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng"), { target: { value: "140" } });
    expect(router().go({ screen: "dashboard" })).toBe(false);
    expect(host.questions).toEqual(["Có số liệu chưa lưu. Rời trang này và bỏ các thay đổi?"]);
    expect(router().place().screen).toBe("entry");
  });

  it("keeps what was typed when the network fails", async () => {
    renderForm(async () => {
      throw new ApiFailure({ status: 0, code: "NETWORK", message: "Failed to fetch" });
    });
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng"), { target: { value: "140" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Không kết nối được máy chủ CCHC.")).toBeTruthy();
    expect((screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng") as HTMLInputElement).value).toBe("140");
  });

  it("reloads an open history after a save, so the new change shows", async () => {
    const loads: string[] = [];
    let saved = false;
    const entry = (newValue: number, oldValue: number | null, by: string): ValueHistoryEntry => ({
      indicator: "tthc.pakn.tiepnhan",
      disaggregation: "",
      oldValue,
      newValue,
      oldVersion: oldValue === null ? 0 : 1,
      newVersion: oldValue === null ? 1 : 2,
      source: "entered",
      comment: null,
      changedBy: by,
      changedAt: "2022-06-21T03:05:00.000Z",
    });
    renderWithApp(
      () => (
        <EntryForm
          context={context}
          values={stored}
          save={async () => {
            saved = true;
            return stored.map((s) => (s.indicator === "tthc.pakn.tiepnhan" ? { ...s, value: 140, version: 2 } : s));
          }}
          history={async (indicator) => {
            loads.push(indicator);
            return saved ? [entry(137, null, "demo"), entry(140, 137, "bientap.dt")] : [entry(137, null, "demo")];
          }}
        />
      ),
      { fetch: fakeFetch({}).fetch, host: fakeHost("/nhap-lieu?unit=DT&period=2022-H1") },
    );
    const group = screen.getByRole("group", { name: /Số phản ánh, kiến nghị tiếp nhận/ });
    fireEvent.click(within(group).getByRole("button", { name: /^Lịch sử/ }));
    expect(await within(group).findByText("1 lần thay đổi, mới nhất ở trên.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng"), { target: { value: "140" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    expect(await within(group).findByText("2 lần thay đổi, mới nhất ở trên.")).toBeTruthy();
    expect(within(group).getByText("bientap.dt")).toBeTruthy();
    expect(loads).toEqual(["tthc.pakn.tiepnhan", "tthc.pakn.tiepnhan"]);
  });

  it("has no history button when no history source is given", () => {
    renderForm();
    expect(screen.queryByRole("button", { name: /^Lịch sử/ })).toBeNull();
  });
});
