import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import DocumentsScreen from "../src/documents/DocumentsScreen";
import { documentList } from "./support/Answers";
import { answer, apiError, fakeFetch, fakeHost, renderWithApp, type Wire } from "./support/Fakes";

afterEach(cleanup);

type Doc = Wire<"getDocument">;

const doc = (id: number, number: number, summary: string): Doc => ({
  id,
  unit: "DT.VPUBND",
  direction: "issued",
  type: "KH",
  number,
  year: null,
  symbol: "KH-VPUBND",
  date: "2021-12-31",
  issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
  summary,
  parentId: null,
  reportedIn: null,
  numberSymbol: `${number}/KH-VPUBND`,
  reference: `Kế hoạch số ${number}/KH-VPUBND ngày 31 tháng 12 năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về ${summary}`,
  version: 1,
});

describe("Correcting and removing a document of the register", () => {
  it("corrects a document from its reference sentence, keeping its unit and period; a taken number is refused in the form", async () => {
    let items = [
      { ...doc(19, 19, "cải cách hành chính năm 2022"), reportedIn: "2022-H1" },
      doc(25, 25, "tuyên truyền cải cách hành chính"),
    ];
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/documents": () => answer("listDocuments", documentList(items)),
      "PUT /api/v1/documents/19": (init) => {
        const body = JSON.parse(String(init?.body)) as { number: number; summary: string };
        if (body.number === 25)
          return apiError(409, "DOCUMENT_DUPLICATE", "Văn bản số 25/KH-VPUBND của Văn phòng Ủy ban nhân dân Tỉnh đã có trong sổ.");
        const saved = { ...doc(19, body.number, body.summary), reportedIn: "2022-H1", version: 2 };
        items = [saved, ...items.slice(1)];
        return answer("updateDocument", saved);
      },
    });
    renderWithApp(() => <DocumentsScreen />, { fetch, host: fakeHost("/van-ban?unit=DT.VPUBND&period=2022-H2&lang=vi") });
    const table = (await screen.findByText("19/KH-VPUBND")).closest("table") as HTMLTableElement;
    fireEvent.click(within(table).getByRole("button", { name: "Sửa văn bản 19/KH-VPUBND" }));
    const form = (await screen.findByRole("heading", { name: "Sửa văn bản 19/KH-VPUBND" })).closest("form") as HTMLFormElement;
    const reference = within(form).getByLabelText("Trích dẫn đầy đủ") as HTMLTextAreaElement;
    expect(reference.value).toBe(
      "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính năm 2022",
    );
    expect((within(form).getByRole("checkbox") as HTMLInputElement).checked).toBe(true);

    // a number another document holds: refused, said in the form, the form kept
    fireEvent.input(reference, { target: { value: reference.value.replace("số 19/", "số 25/") } });
    fireEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    expect((await within(form).findByRole("alert")).textContent).toContain(
      "25/KH-VPUBND của Văn phòng Ủy ban nhân dân Tỉnh đã có trong sổ",
    );

    // the summary corrected: sent with the document's own unit and period (not the period on screen)
    fireEvent.input(reference, {
      target: {
        value: "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính tỉnh năm 2022",
      },
    });
    fireEvent.click(within(form).getByRole("button", { name: "Lưu" }));
    expect(await screen.findByText("Đã sửa văn bản 19/KH-VPUBND.")).toBeTruthy();
    const sent = calls.filter((c) => c.method === "PUT").at(-1)?.body;
    expect(sent).toMatchObject({ unit: "DT.VPUBND", number: 19, summary: "cải cách hành chính tỉnh năm 2022", reportedIn: "2022-H1" });
    expect(await screen.findByText("cải cách hành chính tỉnh năm 2022")).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Thêm văn bản" })).toBeTruthy();
  });

  it("asks first, says why a document cited as evidence stays, and removes one that is not cited", async () => {
    let items = [doc(19, 19, "cải cách hành chính năm 2022"), doc(25, 25, "tuyên truyền cải cách hành chính")];
    const inUse = `Văn bản mã 19 đang là minh chứng của nhiệm vụ «Rà soát thủ tục nội bộ» (mã 7). Gỡ minh chứng ở đó rồi mới xóa được văn bản; chưa có gì bị xóa.`;
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/documents": () => answer("listDocuments", documentList(items)),
      "DELETE /api/v1/documents/19": apiError(409, "DOCUMENT_IN_USE", inUse),
      "DELETE /api/v1/documents/25": () => {
        items = items.filter((d) => d.id !== 25);
        return answer("deleteDocument", { deleted: true, id: 25 });
      },
    });
    const questions: string[] = [];
    let answerYes = false;
    window.confirm = (q?: string) => {
      questions.push(q ?? "");
      return answerYes;
    };
    renderWithApp(() => <DocumentsScreen />, { fetch, host: fakeHost("/van-ban?unit=DT.VPUBND&period=2022-H1&lang=vi") });
    const table = (await screen.findByText("19/KH-VPUBND")).closest("table") as HTMLTableElement;
    const deletes = () => calls.filter((c) => c.method === "DELETE");

    // "no" to the question: nothing is sent
    fireEvent.click(within(table).getByRole("button", { name: "Xóa văn bản 19/KH-VPUBND khỏi sổ" }));
    expect(questions).toEqual(["Xóa văn bản 19/KH-VPUBND khỏi sổ? Kế hoạch, cuộc kiểm tra, hoạt động trỏ tới văn bản sẽ mất liên kết."]);
    expect(deletes()).toEqual([]);

    // cited as evidence: refused, the answer says where and what to do; the document is still listed
    answerYes = true;
    fireEvent.click(within(table).getByRole("button", { name: "Xóa văn bản 19/KH-VPUBND khỏi sổ" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Chưa xóa được văn bản 19/KH-VPUBND.");
    expect(alert.textContent).toContain(inUse);
    expect(alert.textContent).toContain("bỏ văn bản khỏi minh chứng");
    expect(screen.getByText("19/KH-VPUBND")).toBeTruthy();

    // not cited: removed, said, and the list read again without it
    fireEvent.click(within(table).getByRole("button", { name: "Xóa văn bản 25/KH-VPUBND khỏi sổ" }));
    expect(await screen.findByText("Đã xóa văn bản 25/KH-VPUBND khỏi sổ.")).toBeTruthy();
    await waitFor(() => expect(screen.queryByText("25/KH-VPUBND")).toBeNull());
    expect(screen.queryByRole("alert")).toBeNull();
    expect(deletes().map((c) => c.path)).toEqual(["/api/v1/documents/19", "/api/v1/documents/25"]);
  });
});
