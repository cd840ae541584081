import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { ValueInput } from "../src/api/Answers";
import { ApiFailure } from "../src/api/Http";
import { ConflictDialog } from "../src/entry/ConflictDialog";
import { EntryForm, type EntryFormProps } from "../src/entry/EntryForm";
import type { StoredFigure } from "../src/entry/EntryModel";
import { context } from "./support/Catalogue";
import { fakeFetch, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const stored: ReadonlyArray<StoredFigure> = [{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 137, version: 3 }];
const theirs: StoredFigure = { indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 150, version: 4, updatedBy: "bientap.vp" };
// the details of the API's ValueConflict: the figure, the version sent and what is stored now
const conflict = () =>
  new ApiFailure({
    status: 409,
    code: "VALUE_CONFLICT",
    message: "Số liệu đã được người khác sửa.",
    details: {
      unit: "DT",
      period: "2022-H1",
      indicator: "tthc.pakn.tiepnhan",
      disaggregation: "",
      expectedVersion: 3,
      index: 0,
      current: { value: 150, version: 4, updatedBy: "bientap.vp", updatedAt: "2022-06-10T08:00:00Z" },
    },
  });

/** The entry form over the stored figures, saving through `save`. */
const renderForm = (save: EntryFormProps["save"]) =>
  renderWithApp(() => <EntryForm context={context} values={stored} save={save} />, { fetch: fakeFetch({}).fetch });

describe("ConflictDialog", () => {
  it("shows both values and reports the choice", () => {
    const chosen: string[] = [];
    renderWithApp(
      () => (
        <ConflictDialog
          figure="Số phản ánh, kiến nghị tiếp nhận"
          mine="140"
          theirs="150"
          by="bientap.vp"
          onKeepMine={() => chosen.push("mine")}
          onKeepTheirs={() => chosen.push("theirs")}
          onCancel={() => chosen.push("cancel")}
        />
      ),
      { fetch: fakeFetch({}).fetch },
    );
    const dialog = screen.getByRole("alertdialog", { name: "Số liệu đã bị người khác sửa" });
    expect(dialog.textContent).toContain("140");
    expect(dialog.textContent).toContain("150");
    expect(dialog.textContent).toContain("Người sửa: bientap.vp");
    expect(document.activeElement?.textContent).toBe("Giữ giá trị của tôi (ghi đè)");
    fireEvent.click(screen.getByRole("button", { name: "Dùng giá trị trên máy chủ" }));
    fireEvent.keyDown(document, { key: "Escape" });
    expect(chosen).toEqual(["theirs", "cancel"]);
  });

  it("opens on 409 VALUE_CONFLICT and resends with the server's version when the user keeps theirs", async () => {
    const sent: ValueInput[][] = [];
    const save = async (v: ReadonlyArray<ValueInput>) => {
      sent.push([...v]);
      if (sent.length === 1) throw conflict();
      return [{ ...theirs, value: 140, version: 5 }];
    };
    renderForm(save);
    fireEvent.input(screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng"), { target: { value: "140" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(screen.getByTestId("conflict-mine").textContent).toBe("140");
    expect(screen.getByTestId("conflict-theirs").textContent).toBe("150");
    expect(dialog).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Giữ giá trị của tôi (ghi đè)" }));
    await screen.findByText("Đã lưu 1 giá trị.");
    expect(sent[1]).toEqual([{ indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 140, version: 4 }]);
  });

  it("takes the server's value when the user chooses it", async () => {
    renderForm(async () => {
      throw conflict();
    });
    const input = screen.getByLabelText("Số phản ánh, kiến nghị tiếp nhận: Tổng") as HTMLInputElement;
    fireEvent.input(input, { target: { value: "140" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    fireEvent.click(await screen.findByRole("button", { name: "Dùng giá trị trên máy chủ" }));
    await waitFor(() => expect(input.value).toBe("150"));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(screen.getByText("Không có thay đổi.")).toBeTruthy();
  });
});
