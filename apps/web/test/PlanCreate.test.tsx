import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { readNumberSymbol } from "../src/plans/PlanCreateForm";
import PlansScreen from "../src/plans/PlansScreen";
import { SessionProvider } from "../src/shell/Session";
import { documentList, rollup as rollupOf, taskPage } from "./support/Answers";
import { answer, apiError, decodedUnits, fakeFetch, fakeHost, renderWithApp, type Wire } from "./support/Fakes";
import { d, task } from "./support/Tasks";

afterEach(cleanup);

const units: Wire<"listOrgUnits"> = {
  items: [
    {
      code: "DT.SNV",
      name: "Sở Nội vụ",
      shortName: null,
      kind: "department",
      parentCode: null,
      validFrom: "2000-01-01",
      validTo: null,
      successorCode: null,
    },
    {
      code: "DT.SNV.CCHC",
      name: "Phòng Cải cách hành chính",
      shortName: null,
      kind: "division",
      parentCode: "DT.SNV",
      validFrom: "2000-01-01",
      validTo: null,
      successorCode: null,
    },
  ],
  tree: [],
};
const rollup = rollupOf({ asOf: "2022-06-14", total: 0, started: 0, completed: 0, startedRateText: "–", completedRateText: "–" });
const planAnswer = (title: string) => answer("getPlan", { id: 7, unit: "DT.SNV", year: 2022, title, document: null, rollup });
/** The plan's document as the register answers it once stored. */
const planDocument: Wire<"createDocument"> = {
  id: 55,
  unit: "DT.SNV",
  direction: "issued",
  type: "KH",
  number: 19,
  year: null,
  symbol: "KH-SNV",
  date: "2021-12-31",
  issuer: "Sở Nội vụ",
  summary: "Kế hoạch CCHC 2022 của Sở",
  parentId: null,
  reportedIn: null,
  numberSymbol: "19/KH-SNV",
  reference: "Kế hoạch số 19/KH-SNV ngày 31 tháng 12 năm 2021 của Sở Nội vụ về Kế hoạch CCHC 2022 của Sở",
  version: 1,
};

describe("Creating the year's plan and its tasks", () => {
  it("reads the plan document's number/symbol", () => {
    expect(readNumberSymbol("")).toBeNull();
    expect(readNumberSymbol("19/KH-SNV")).toEqual({ number: 19, year: null, symbol: "KH-SNV" });
    expect(readNumberSymbol("19/BC-SNV")).toBe("invalid");
    expect(readNumberSymbol("không phải số")).toBe("invalid");
  });

  it("offers to create the plan instead of PLAN_NOT_FOUND, registers its document, then shows the plan", async () => {
    let created = false;
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/org-units": answer("listOrgUnits", units),
      "GET /api/v1/plans/DT.SNV/2022": () =>
        created ? planAnswer("Kế hoạch CCHC 2022 của Sở") : apiError(404, "PLAN_NOT_FOUND", "Đơn vị DT.SNV chưa có kế hoạch năm 2022."),
      "GET /api/v1/plans/DT.SNV/2022/tasks": () =>
        created ? answer("listPlanTasks", { ...taskPage([]), rollup }) : apiError(404, "PLAN_NOT_FOUND", "Chưa có kế hoạch."),
      "GET /api/v1/documents": answer("listDocuments", documentList([])),
      "POST /api/v1/documents": answer("createDocument", planDocument, 201),
      "POST /api/v1/plans/DT.SNV/2022": () => {
        created = true;
        return answer("createPlan", { id: 7, unit: "DT.SNV", year: 2022, title: "Kế hoạch CCHC 2022 của Sở", documentId: 55 }, 201);
      },
    });
    renderWithApp(() => <PlansScreen />, { fetch, host: fakeHost("/ke-hoach?unit=DT.SNV&period=2022-H1&lang=vi") });
    const form = (await screen.findByRole("button", { name: "Tạo kế hoạch" })).closest("form") as HTMLFormElement;
    expect(screen.queryByText(/PLAN_NOT_FOUND/)).toBeNull();
    // a wrong document type is refused before anything is sent
    fireEvent.input(within(form).getByLabelText(/Số, ký hiệu văn bản/), { target: { value: "19/BC-SNV" } });
    fireEvent.input(within(form).getByLabelText("Tên kế hoạch"), { target: { value: "Kế hoạch CCHC 2022 của Sở" } });
    fireEvent.click(within(form).getByRole("button", { name: "Tạo kế hoạch" }));
    expect(await within(form).findByText(/phải có dạng 19\/KH-VPUBND/)).toBeTruthy();
    fireEvent.input(within(form).getByLabelText(/Số, ký hiệu văn bản/), { target: { value: "19/KH-SNV" } });
    fireEvent.change(within(form).getByLabelText(/Ngày ban hành/), { target: { value: "31/12/2021" } });
    fireEvent.click(within(form).getByRole("button", { name: "Tạo kế hoạch" }));
    expect(await screen.findByRole("heading", { name: "Kế hoạch CCHC 2022 của Sở" })).toBeTruthy();
    const doc = calls.find((c) => c.method === "POST" && c.path === "/api/v1/documents")?.body as Record<string, unknown>;
    expect(doc).toMatchObject({ unit: "DT.SNV", type: "KH", number: 19, symbol: "KH-SNV", date: "2021-12-31", issuer: "Sở Nội vụ" });
    const plan = calls.find((c) => c.method === "POST" && c.path === "/api/v1/plans/DT.SNV/2022")?.body;
    expect(plan).toEqual({ title: "Kế hoạch CCHC 2022 của Sở", documentId: 55 });
  });

  it("adds a task with the lead unit chosen by name, shows leads by name, and says so on a stale delete (409)", async () => {
    const added = task({ title: "Rà soát thủ tục", leadUnit: "DT.SNV.CCHC", deadline: d("2022-09-30") });
    let items: ReadonlyArray<typeof added> = [];
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/org-units": answer("listOrgUnits", units),
      "GET /api/v1/plans/DT.SNV/2022": planAnswer("Kế hoạch"),
      "GET /api/v1/plans/DT.SNV/2022/tasks": () => answer("listPlanTasks", { ...taskPage(items), rollup }),
      "GET /api/v1/documents": answer("listDocuments", documentList([])),
      "POST /api/v1/plans/DT.SNV/2022/tasks": () => {
        items = [added];
        return answer("createPlanTask", added, 201);
      },
      [`DELETE /api/v1/tasks/${added.id}`]: apiError(409, "TASK_CONFLICT", "Phiên bản cũ."),
      [`PUT /api/v1/tasks/${added.id}`]: answer("updateTask", { ...added, leadUnit: "DT.SNV", version: 2 }),
    });
    renderWithApp(() => <PlansScreen />, { fetch, host: fakeHost("/ke-hoach?unit=DT.SNV&period=2022-H1&lang=vi") });
    const form = await screen.findByRole("form", { name: "Thêm nhiệm vụ" });
    fireEvent.input(within(form).getByLabelText("Tên nhiệm vụ"), { target: { value: "Rà soát thủ tục" } });
    const lead = within(form).getByLabelText("Đơn vị chủ trì") as HTMLSelectElement;
    await waitFor(() => expect([...lead.options].map((o) => o.text.trim())).toContain("Phòng Cải cách hành chính"));
    fireEvent.change(lead, { target: { value: "DT.SNV.CCHC" } });
    fireEvent.change(within(form).getByLabelText(/Thời hạn/), { target: { value: "30/09/2022" } });
    fireEvent.click(within(form).getByRole("button", { name: "Thêm nhiệm vụ" }));
    const row = await screen.findByRole("form", { name: "Rà soát thủ tục" });
    const sent = calls.find((c) => c.method === "POST" && c.path.endsWith("/tasks"))?.body;
    expect(sent).toMatchObject({ title: "Rà soát thủ tục", leadUnit: "DT.SNV.CCHC", deadline: "2022-09-30" });
    expect(screen.getByText("Đơn vị chủ trì: Phòng Cải cách hành chính")).toBeTruthy();
    // the lead unit is changed by name in the row's editor; only the changed fields are sent
    const rowLead = within(row).getByLabelText("Đơn vị chủ trì") as HTMLSelectElement;
    await waitFor(() => expect(rowLead.value).toBe("DT.SNV.CCHC"));
    fireEvent.change(rowLead, { target: { value: "DT.SNV" } });
    fireEvent.click(within(row).getByRole("button", { name: "Lưu" }));
    await waitFor(() => expect(calls.some((c) => c.method === "PUT")).toBe(true));
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({
      status: "not-started",
      progress: 0,
      evidence: [],
      leadUnit: "DT.SNV",
      version: 1,
    });
    expect(await screen.findByText("Đơn vị chủ trì: Sở Nội vụ")).toBeTruthy();
    window.confirm = () => true;
    const saved = await screen.findByRole("form", { name: "Rà soát thủ tục" });
    fireEvent.click(within(saved).getByRole("button", { name: "Xóa nhiệm vụ" }));
    expect(await within(saved).findByText(/vừa được người khác sửa hoặc xóa/)).toBeTruthy();
  });

  it("shows a viewer the tasks as text: no add form, no editor, no delete, and no plan creation", async () => {
    const shown = task({ title: "Công khai thủ tục", leadUnit: "DT.SNV.CCHC" });
    const viewer = {
      id: "v",
      username: "xem.snv",
      displayName: "Xem",
      mustChangePassword: false,
      disabled: false,
      grants: [{ role: "viewer" as const, unit: "DT.SNV" }],
    };
    const { fetch } = fakeFetch({
      "GET /api/v1/org-units": answer("listOrgUnits", units),
      "GET /api/v1/plans/DT.SNV/2022": planAnswer("Kế hoạch"),
      "GET /api/v1/plans/DT.SNV/2022/tasks": answer("listPlanTasks", { ...taskPage([shown]), rollup }),
      "GET /api/v1/documents": answer("listDocuments", documentList([])),
      "GET /api/v1/plans/DT.SNV/2023": apiError(404, "PLAN_NOT_FOUND", "Chưa có kế hoạch."),
      "GET /api/v1/plans/DT.SNV/2023/tasks": apiError(404, "PLAN_NOT_FOUND", "Chưa có kế hoạch."),
    });
    const view = (period: string) =>
      renderWithApp(
        () => (
          <SessionProvider user={() => viewer} units={() => decodedUnits(units.items)}>
            <PlansScreen />
          </SessionProvider>
        ),
        { fetch, host: fakeHost(`/ke-hoach?unit=DT.SNV&period=${period}&lang=vi`) },
      );
    view("2022-H1");
    expect(await screen.findByText("Công khai thủ tục")).toBeTruthy();
    expect(await screen.findByText("Đơn vị chủ trì: Phòng Cải cách hành chính")).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
    expect(screen.queryByRole("button", { name: "Lưu" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Xóa nhiệm vụ" })).toBeNull();
    cleanup();
    view("2023-H1");
    expect(await screen.findByText("Bạn không có quyền lập kế hoạch cho đơn vị này.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tạo kế hoạch" })).toBeNull();
  });
});
