import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { CompletenessBody, MissingReasonInput } from "../src/api/Answers";
import { EntryForm } from "../src/entry/EntryForm";
import type { StoredFigure } from "../src/entry/EntryModel";
import { context } from "./support/Catalogue";
import { fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const stored: ReadonlyArray<StoredFigure> = [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 137, version: 1 }];

const completeness = (reason: CompletenessBody["compulsory"][number]["reason"] = null): CompletenessBody => ({
  compulsory: [
    { indicator: "tthc.pakn.tiepnhan", nameVi: "PAKN tiếp nhận", hasValue: true, reason: null },
    { indicator: "tthc.pakn.dagiaiquyet", nameVi: "PAKN đã giải quyết", hasValue: false, reason },
  ],
  reasons: reason ? [reason] : [],
  missing: reason ? [] : [{ indicator: "tthc.pakn.dagiaiquyet", nameVi: "PAKN đã giải quyết" }],
});

const render = (body: CompletenessBody, saved: Array<[string, MissingReasonInput]>, readOnly = false) =>
  renderWithApp(
    () => (
      <EntryForm
        context={context}
        values={stored}
        save={async () => stored}
        completeness={body}
        readOnly={readOnly}
        saveReason={async (indicator, input) => {
          saved.push([indicator, input]);
        }}
      />
    ),
    { fetch: fakeFetch({}).fetch, host: fakeHost("/nhap-lieu?unit=DT&period=2022-H1") },
  );

describe("compulsory indicators in data entry", () => {
  it("marks compulsory indicators and asks a reason only where there is no value", async () => {
    const saved: Array<[string, MissingReasonInput]> = [];
    render(completeness(), saved);
    const empty = document.getElementById("tthc.pakn.dagiaiquyet") as HTMLElement;
    const filled = document.getElementById("tthc.pakn.tiepnhan") as HTMLElement;
    expect(within(empty).getByText("bắt buộc")).toBeTruthy();
    expect(within(filled).getByText("bắt buộc")).toBeTruthy();
    expect(within(filled).queryByLabelText("Lý do không có số liệu")).toBeNull();
    const reason = within(empty).getByLabelText("Lý do không có số liệu") as HTMLTextAreaElement;

    fireEvent.click(within(empty).getByText("Lưu lý do"));
    expect(await within(empty).findByText("Cần nêu lý do.")).toBeTruthy();
    expect(saved).toEqual([]);

    fireEvent.input(reason, { target: { value: "  Không phát sinh phản ánh trong kỳ " } });
    fireEvent.click(within(empty).getByText("Lưu lý do"));
    await waitFor(() => expect(saved).toEqual([["tthc.pakn.dagiaiquyet", { reason: "Không phát sinh phản ánh trong kỳ", version: 0 }]]));
  });

  it("withdraws a stated reason with its version, and shows it as text when read-only", async () => {
    const stated = {
      indicator: "tthc.pakn.dagiaiquyet",
      reason: "Chưa tổng hợp",
      version: 3,
      updatedBy: "bientap.vp",
      updatedAt: "2022-06-10T00:00:00Z",
    };
    const saved: Array<[string, MissingReasonInput]> = [];
    render(completeness(stated), saved);
    fireEvent.click(screen.getByText("Bỏ lý do"));
    await waitFor(() => expect(saved).toEqual([["tthc.pakn.dagiaiquyet", { reason: null, version: 3 }]]));
    cleanup();
    render(completeness(stated), [], true);
    expect(screen.queryByLabelText("Lý do không có số liệu")).toBeNull();
    expect(screen.getByText(/Chưa tổng hợp/)).toBeTruthy();
  });
});
